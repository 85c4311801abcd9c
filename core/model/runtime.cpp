#include "core/model/runtime.h"

#include <QThread>

#include <algorithm>
#include <malloc.h>
#include <mutex>

namespace dermask::core {

void tuneAllocatorForTensors()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Activations of a batch are tens of MB: glibc would mmap and munmap each of them,
        // and every step would page-fault them in again (half the reference's CPU time is
        // system time). Serving them from the heap and never trimming it keeps the pages.
        mallopt(M_MMAP_MAX, 0);
        mallopt(M_TRIM_THRESHOLD, 1 << 30);
    });
}

bool cpuHasNativeBf16()
{
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
    return __builtin_cpu_supports("avx512bf16");
#else
    return false;
#endif
}

int resolveThreads(int requested)
{
    return requested > 0 ? requested : std::max(1, QThread::idealThreadCount());
}

} // namespace dermask::core
