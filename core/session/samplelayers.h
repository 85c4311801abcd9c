#pragma once
/// @file The layers of one sample behind one call: the image, the effective mask and where it
/// came from (the user's correction or the dataset's mask), the dataset's own mask beside a
/// correction, the prediction and the probability map of one model, their agreement and the
/// model's uncertainty. Every problem is collected as a message naming the file; nothing
/// throws. The viewer turns the layers into its display pyramid; scoring reads them without
/// the image.

#include "core/image/previewcache.h"
#include "core/metrics/metrics.h"
#include "core/session/datasetsession.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <opencv2/core.hpp>

namespace dermask::core {

/// Where the effective mask of a sample comes from.
enum class MaskOrigin {
    None,        ///< the sample has no mask
    Dataset,     ///< the dataset's own mask
    Correction,  ///< the user's corrected mask in the workspace
};

/// What is known of one sample's layers apart from their pixels: which sample and model, where
/// each layer came from, how the prediction agrees with the mask, how unsure the model was,
/// and what could not be read.
struct SampleFacts
{
    quint64 sessionSerial = 0;
    int index = -1;
    QString id;
    QString model;                 ///< the prediction layers come from predictions/<model>/
    QString maskPath;              ///< the effective mask's file, empty without one
    MaskOrigin maskOrigin = MaskOrigin::None;
    QString predictionPath;        ///< empty without a readable prediction
    QString probabilityPath;       ///< empty without a readable probability map
    bool hasMetrics = false;       ///< mask and prediction both present
    MaskMetrics metrics;           ///< the prediction against the effective mask
    double uncertainty = -1.0;     ///< expectedDiceLoss() of the map; -1 without one
    QString imageError;            ///< why the image could not be decoded (names the file)
    QStringList maskErrors;        ///< masks and maps refused (each names the file)
};

/// The layers themselves, at the image's own size.
struct SampleLayers : SampleFacts
{
    cv::Size size;                 ///< the image's size: decoded, else from its header
    /// 1, or the fraction the pixels below were read at (a preview): every layer is then at
    /// reducedSize(size, reduction), masks as the fraction of lesion per pixel (0..255), and
    /// the metrics and areas are estimates from those.
    int reduction = 1;
    bool imageDecoded = false;     ///< the image's pixels were read (see imageError otherwise)
    cv::Mat image;                 ///< CV_8UC3 RGB; empty when not asked for, not kept or not decodable
    cv::Mat mask;                  ///< the effective mask, CV_8UC1 0/255
    /// The dataset's own mask when the effective one is a correction (what "revert" goes
    /// back to); empty otherwise.
    cv::Mat sourceMask;
    cv::Mat prediction;            ///< CV_8UC1 0/255, empty without a prediction
    cv::Mat probability;           ///< CV_8UC1 probability x 255, empty without a map

    bool imageOk() const { return imageDecoded; }
};

/// What to read, and work a caller wants done as each layer arrives.
struct LayerRequest
{
    bool image = true;        ///< decode the image (scoring needs only its size)
    /// Keep the decoded pixels in SampleLayers::image. A caller that takes what it needs in
    /// onImage says no, and the memory (72 MB for a 6000x4000 photo) goes at once.
    bool keepImage = true;
    bool sourceMask = true;   ///< the dataset's mask beside a correction
    /// Runs on the thread that decoded the image, right after decoding, while the masks may
    /// still be read on the calling thread (the viewer builds its display pyramid here).
    std::function<void(const cv::Mat &rgb)> onImage;
    /// Runs on the calling thread once the masks are read, while the image may still be
    /// decoding. Runs again if the decoded image's size differs from its header's.
    std::function<void(const SampleLayers &layers)> onMasks;
    /// 2, 4 or 8: a preview, every layer read at that fraction (see SampleLayers::reduction),
    /// through @c previews when given; needs the image's size from the scan, else reads in full.
    int reduction = 1;
    /// Reduced copies of files without a fast reduced decode: a preview reads them, a full
    /// read with @c storeReduction > 1 leaves them for the next preview of the same files.
    std::shared_ptr<const PreviewCache> previews;
    int storeReduction = 1;
    /// Polled between the layers: once true the rest is skipped and the result is incomplete
    /// (the user moved on; the caller drops it). The call then returns without waiting for
    /// an image decode under way, which ends on its own thread: with @c cancelled, @c onImage
    /// may run after the call returned, so it must own what it writes to.
    std::function<bool()> cancelled;
};

/// Reads the layers of sample @p index of @p session with the predictions of @p model (may be
/// empty). The image decodes on a helper thread while the masks are read. Never throws.
SampleLayers loadSampleLayers(const DatasetSession &session, int index, const QString &model,
                              const LayerRequest &request = LayerRequest());

} // namespace dermask::core
