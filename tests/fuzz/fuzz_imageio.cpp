// Fuzz target: the path-based readers of images and masks (core/image/imageio.h), header
// check, truncation checks and decoders together, as a scan, the browser and the mask editor
// read a file: the input is the whole file.

#include "core/image/imageio.h"
#include "tests/fuzz/fuzzinput.h"

#include <cstdlib>

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dermask::core;
    const QString path = dermask::fuzz::writeInput(QStringLiteral("input.img"), data, size);
    QString error;
    const cv::Mat rgb = readImageRgb(path, &error);
    // The promises of the header: 8-bit RGB, or empty with a reason.
    check(rgb.empty() ? !error.isEmpty() : rgb.type() == CV_8UC3);
    if (!rgb.empty()) {
        const int reduction = reductionFor(rgb.size(), 64);
        if (reduction > 1) {
            error.clear();
            const cv::Mat reduced = readImageRgb(path, &error, reduction);
            check(reduced.empty() ? !error.isEmpty() : reduced.size() == reducedSize(rgb.size(), reduction));
        }
    }
    error.clear();
    const cv::Mat mask = readMask(path, &error);
    check(mask.empty() ? !error.isEmpty() : mask.type() == CV_8UC1);
    if (!mask.empty()) {
        // Only 0 and 255.
        check(cv::countNonZero(mask == 0) + cv::countNonZero(mask == 255) == int(mask.total()));
        if (!rgb.empty())
            check(mask.size() == rgb.size());
        error.clear();
        check(readMask(path, &error, cv::Size(mask.cols + 1, mask.rows)).empty() && !error.isEmpty());
    }
    error.clear();
    const cv::Mat grey = readGrey(path, &error);
    check(grey.empty() ? !error.isEmpty() : grey.type() == CV_8UC1);
    return 0;
}
