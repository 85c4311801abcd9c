// Fuzz target: decodeImage() (core/image/codecs.h), in-memory decoding with each flag core
// uses: the plain-PNG decoder first, OpenCV's decoders through the codecs part for the rest.

#include "core/image/codecs.h"

#include <opencv2/imgcodecs.hpp>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // decodeImage() is called on files whose header was checked (readImageHeader()); without
    // that check OpenCV would allocate what any header asks, up to 2^30 pixels, which is
    // OpenCV's limit and not what this target is about.
    setenv("CV_IO_MAX_IMAGE_PIXELS", "16777216", /*overwrite=*/1);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int flags[] = {
        cv::IMREAD_UNCHANGED,
        cv::IMREAD_GRAYSCALE | cv::IMREAD_ANYDEPTH,
        cv::IMREAD_COLOR | cv::IMREAD_IGNORE_ORIENTATION,
        cv::IMREAD_REDUCED_COLOR_4 | cv::IMREAD_IGNORE_ORIENTATION,
    };
    for (int flag : flags) {
        QString error;
        const cv::Mat image = dermask::core::decodeImage(reinterpret_cast<const char *>(data), size, flag, &error);
        if (!image.empty() && (image.cols <= 0 || image.rows <= 0 || !image.data))
            std::abort();
    }
    return 0;
}
