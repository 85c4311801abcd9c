#pragma once
/// @file What a prediction is, apart from the network that makes it: how to make one, and what
/// comes back. Header only and torch-free, so the session layer can store predictions without
/// linking the engine.

#include <QString>
#include <opencv2/core.hpp>

namespace dermask::core {

/// How a prediction is made and cleaned up.
struct PredictOptions
{
    double threshold = -1.0;        ///< probability for lesion; < 0: the model's (0.5 by default)
    bool flipTta = false;           ///< average the four flips (slower x4, steadier borders)
    bool fillHoles = false;         ///< fill holes inside the lesion
    bool largestComponent = false;  ///< keep only the largest lesion region
    /// "cpu", "cuda" or "cuda:N"; empty: CUDA when LibTorch has it and a GPU is present, else
    /// the CPU. Read when a model is loaded.
    QString device;
};

/// One image's prediction.
struct Prediction
{
    cv::Mat probability;            ///< CV_32FC1 in [0,1] at the image's size
    cv::Mat mask;                   ///< CV_8UC1 0/255 at the image's size
    double uncertainty = 0.0;       ///< expectedDiceLoss() (0 confident .. 1 no lesion found)
    double disagreement = -1.0;     ///< with flipTta: fraction of pixels the flips disagree on
};

} // namespace dermask::core
