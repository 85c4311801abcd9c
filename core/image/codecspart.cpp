// The codecs part's door: OpenCV's image codecs behind the one function the programs look up.

#include "core/image/codecs_p.h"

#include <opencv2/imgcodecs.hpp>

namespace {

bool decode(const char *data, size_t size, int flags, cv::Mat *out, std::string *error)
{
    try {
        const cv::Mat buffer(1, int(size), CV_8UC1, const_cast<char *>(data));
        *out = cv::imdecode(buffer, flags);
        return true;
    } catch (const cv::Exception &e) {
        *error = e.msg;
        return false;
    }
}

bool encode(const char *extension, const cv::Mat &image, const std::vector<int> &params,
            std::vector<uchar> *out, std::string *error)
{
    try {
        if (cv::imencode(extension, image, *out, params))
            return true;
        *error = "the encoder refused the image";
    } catch (const cv::Exception &e) {
        *error = e.msg;
    }
    return false;
}

} // namespace

extern "C" __attribute__((visibility("default"))) const dermask::core::CodecsPart *dermask_codecs_part()
{
    static const dermask::core::CodecsPart part{dermask::core::kCodecsPartVersion, &decode, &encode};
    return &part;
}
