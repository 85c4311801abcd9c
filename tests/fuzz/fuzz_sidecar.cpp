// Fuzz target: readSidecar() (core/model/modelinfo.h), the <model>.json beside every model
// file: the input is the sidecar. What it accepts must write back and read again the same.

#include "core/model/modelinfo.h"
#include "tests/fuzz/fuzzinput.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dermask::core;
    static const QString model = QDir(dermask::fuzz::scratchDir()).filePath(QStringLiteral("model.pt"));
    dermask::fuzz::writeInput(QStringLiteral("model.json"), data, size);
    ModelInfo info;
    QString error;
    if (!readSidecar(model, &info, &error))
        return 0;
    ModelInfo again;
    if (!ModelInfo::fromJson(info.toJson(), &again, &error) || !again.sameArchitecture(info))
        __builtin_trap();  // a description it accepted does not survive a save
    return 0;
}
