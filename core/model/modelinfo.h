#pragma once
/// @file What a model file is: the network and its preprocessing, and where it came from.
/// Written as the JSON sidecar <model>.json beside <model>.pt and embedded in the .pt itself,
/// so a sidecar that belongs to another file is caught.

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <array>

namespace dermask::core {

/// How a model file stores its network.
enum class ModelKind {
    Native,       ///< a Dermask network (networkNames()) with its weights
    TorchScript,  ///< a TorchScript module: Nx3xHxW floats in [0,1] -> Nx1xHxW logits
};

/// What a model's network answers.
enum class ModelTask {
    Segment,  ///< image -> lesion mask (the segmentation model)
    Click,    ///< image + clicks + current mask -> corrected mask (core/click/clickinput.h)
};

/// "segment", "click".
QString taskName(ModelTask task);

/// A click model's input channels after RGB: positive clicks, negative clicks and the current
/// mask (drawn by core/click/clickinput.h).
constexpr int kGuidanceChannels = 3;

/// The description of a trained model (the sidecar's content).
struct ModelInfo
{
    static constexpr int kFormatVersion = 1;

    ModelKind kind = ModelKind::Native;
    ModelTask task = ModelTask::Segment;
    QString network;                ///< networkNames() entry (Native) or "torchscript"
    double width = 1.0;             ///< width multiplier
    int inputSize = 256;            ///< the network sees inputSize x inputSize images
    /// Per-channel normalisation of RGB values in [0,1]: (x - mean) / std.
    std::array<double, 3> mean{{0.0, 0.0, 0.0}};
    std::array<double, 3> std{{1.0, 1.0, 1.0}};
    double threshold = 0.5;         ///< probability at which a pixel becomes lesion
    /// Logits are divided by it before the sigmoid: fitted on the validation pixels at the end
    /// of training so the probabilities are calibrated (core/metrics/calibration.h).
    double temperature = 1.0;

    // Provenance.
    QString parent;                 ///< model this one was fine-tuned from (file name), or empty
    QDateTime created;              ///< UTC
    double validationDice = -1.0;   ///< best validation Dice, -1 when unknown
    int epochs = 0;                 ///< epochs trained
    QJsonObject training;           ///< data summary and configuration of the training run

    QJsonObject toJson() const;
    /// Parses toJson()'s output; false with @p error naming the bad field.
    static bool fromJson(const QJsonObject &json, ModelInfo *info, QString *error);
    /// Channels of the network's input: RGB, and for a click model the guidance after it.
    int inputChannels() const;
    /// True when @p other describes the same network and preprocessing.
    bool sameArchitecture(const ModelInfo &other) const;
};

/// "<dir>/<stem>.json" for "<dir>/<stem>.pt".
QString sidecarPath(const QString &modelPath);

/// Reads the sidecar of @p modelPath. False (and @p error naming the file) when it is
/// missing, unreadable or not a Dermask model description.
bool readSidecar(const QString &modelPath, ModelInfo *info, QString *error);

/// Writes the sidecar of @p modelPath atomically.
bool writeSidecar(const QString &modelPath, const ModelInfo &info, QString *error);

} // namespace dermask::core
