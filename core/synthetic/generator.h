#pragma once
/// @file Synthetic dermoscopy images with exact lesion masks, for tests, demos and a first
/// training run without real data. Skin texture and tone, the dermoscope's dark vignette, an
/// irregular lesion with colour variegation and a soft border, and hairs that are drawn on the
/// image but not in the mask: enough that colour thresholding alone does not solve it.

#include <QString>
#include <QtGlobal>
#include <functional>
#include <opencv2/core.hpp>

namespace dermask::core {

/// One generated image and its ground-truth mask.
struct SyntheticSample
{
    cv::Mat image;  ///< CV_8UC3 RGB
    cv::Mat mask;   ///< CV_8UC1 0/255
};

/// What the generator drew besides the lesion mask (for tests and diagnostics).
struct SyntheticDetails
{
    int lesions = 0;        ///< 1 or 2
    int hairs = 0;          ///< number of hair strands drawn
    double skinTone = 0.0;  ///< 0 = lightest skin, 1 = darkest
    cv::Mat hairMask;       ///< CV_8UC1 0/255: pixels covered by a hair
    cv::Mat fieldMask;      ///< CV_8UC1 0/255: pixels inside the dermoscope's circle of light
};

/// Deterministic for a given seed and size: the same bytes on every run and machine
/// (std::mt19937_64 with our own distributions and trigonometry; no
/// std::*_distribution, whose output is implementation-defined). About 25 ms at 768x576.
SyntheticSample generateSample(quint64 seed, cv::Size size = cv::Size(768, 576));

/// As generateSample(), and fills @p details (if given) with what was drawn.
/// Returns empty Mats for a size below 32x32.
SyntheticSample generateSample(quint64 seed, cv::Size size, SyntheticDetails *details);

/// Writes `count` samples in the paired layout: DIR/images/synth_0001.jpg (quality 95) and
/// DIR/masks/synth_0001.png, plus a README.txt saying what this is. Sample i (0-based; file
/// synth_<i+1>) uses seed (seed * 1000003 + i). Atomic writes. Returns false with an error
/// naming the file on failure.
/// @p progress(done, total) is called after each sample; returning false stops the run
/// (the samples written so far stay, the function returns false and says it was cancelled).
bool writeSyntheticDataset(const QString &dir, int count, quint64 seed, QString *error,
                           cv::Size size = cv::Size(768, 576),
                           const std::function<bool(int done, int total)> &progress = {});

/// The id (file stem) of sample @p index (0-based) in writeSyntheticDataset(): "synth_0001".
QString syntheticSampleId(int index);

} // namespace dermask::core
