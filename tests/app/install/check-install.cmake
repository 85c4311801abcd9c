# cmake -DBUILD=<build dir> -DPREFIX=<empty dir> -DVERSION=x.y.z -P check-install.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD}" --prefix "${PREFIX}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${out}${err}")
endif()
set(id org.dermask.Dermask)
set(expected
  bin/dermask bin/dermask-cli
  share/applications/${id}.desktop share/metainfo/${id}.metainfo.xml
  share/icons/hicolor/scalable/apps/${id}.svg
  share/man/man1/dermask.1 share/man/man1/dermask-cli.1)
foreach(size IN ITEMS 16 32 48 64 128 256)
  list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${id}.png)
endforeach()
set(missing "")
foreach(file IN LISTS expected)
  if(NOT EXISTS "${PREFIX}/${file}")
    string(APPEND missing " ${file}")
  endif()
endforeach()
if(missing)
  message(FATAL_ERROR "not installed:${missing}")
endif()
# The menu entry starts the installed program and names the installed icon.
file(READ "${PREFIX}/share/applications/${id}.desktop" desktop)
if(NOT desktop MATCHES "\nExec=dermask " OR NOT desktop MATCHES "\nIcon=${id}\n")
  message(FATAL_ERROR "the menu entry does not start dermask with its icon:\n${desktop}")
endif()
foreach(program IN ITEMS dermask dermask-cli)
  execute_process(COMMAND "${PREFIX}/bin/${program}" --version RESULT_VARIABLE rc OUTPUT_VARIABLE out
                  ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR NOT out MATCHES "${program} ${VERSION}")
    message(FATAL_ERROR "${PREFIX}/bin/${program} --version printed '${out}${err}' (exit ${rc})")
  endif()
endforeach()
# The parts are installed privately, and the installed programs find them (their run path),
# not the build's: sample writes images (codecs part), predict reads a model (network part)
# and must fail on the missing file, not on a missing part.
foreach(part IN ITEMS net codecs)
  if(NOT EXISTS "${PREFIX}/${LIBDIR}/dermask/libdermask-${part}.so")
    message(FATAL_ERROR "not installed: ${LIBDIR}/dermask/libdermask-${part}.so")
  endif()
endforeach()
set(data "${PREFIX}/../sample")
file(REMOVE_RECURSE "${data}")
execute_process(COMMAND "${PREFIX}/bin/dermask-cli" sample "${data}" --count 2 --size 64x48
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT EXISTS "${data}/masks")
  message(FATAL_ERROR "the installed dermask-cli cannot write images: ${out}${err}")
endif()
execute_process(COMMAND "${PREFIX}/bin/dermask-cli" predict "${data}" --model "${data}/none.pt"
                        --out "${data}/out"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR err MATCHES "cannot load Dermask" OR NOT err MATCHES "none.pt")
  message(FATAL_ERROR "the installed dermask-cli did not reach its network part: ${out}${err}")
endif()
# Validators where the machine has them (desktop-file-utils, appstream).
find_program(desktop_validate desktop-file-validate)
if(desktop_validate)
  execute_process(COMMAND "${desktop_validate}" "${PREFIX}/share/applications/${id}.desktop"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "desktop-file-validate: ${out}${err}")
  endif()
endif()
message(STATUS "installed layout complete in ${PREFIX}")
