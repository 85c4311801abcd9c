#pragma once
// Private to core: the codecs part, libdermask-codecs.so (codecspart.cpp), as codecs.cpp
// loads it.

#include <opencv2/core.hpp>

#include <string>
#include <vector>

namespace dermask::core {

struct CodecsPart
{
    int version;  ///< kCodecsPartVersion of the build that made it
    /// False with @p error when OpenCV threw; true with an empty @p out when it could not decode.
    bool (*decode)(const char *data, size_t size, int flags, cv::Mat *out, std::string *error);
    bool (*encode)(const char *extension, const cv::Mat &image, const std::vector<int> &params,
                   std::vector<uchar> *out, std::string *error);
};

constexpr int kCodecsPartVersion = 1;

} // namespace dermask::core

extern "C" const dermask::core::CodecsPart *dermask_codecs_part();
