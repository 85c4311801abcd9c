// Fuzz target: parsePh2Diagnoses() (core/dataset/ph2.h), the PH2_dataset.txt table and its
// .csv / .tsv conversions: the input is the file's text.

#include "core/dataset/ph2.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QHash<QString, QString> diagnoses = dermask::core::scan::parsePh2Diagnoses(text);
    for (auto it = diagnoses.cbegin(); it != diagnoses.cend(); ++it)
        if (it.key().isEmpty())
            __builtin_trap();  // an id is never empty
    return 0;
}
