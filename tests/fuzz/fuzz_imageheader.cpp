// Fuzz target: readImageHeader() and checkImageLimits() (core/image/imageheader.h), the first
// thing every scan and every read does with a file: the input is the whole file.

#include "core/image/imageheader.h"
#include "tests/fuzz/fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dermask::core;
    const QString path = dermask::fuzz::writeInput(QStringLiteral("header.img"), data, size);
    ImageHeader header;
    QString error;
    if (readImageHeader(path, &header, &error)) {
        (void)checkImageLimits(header);
        (void)formatName(header.format);
    }
    return 0;
}
