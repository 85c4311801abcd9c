// Fuzz target: loadModelFile() (core/model/modelfile_p.h, in the network part), the .pt of a
// trained model or of a TorchScript module brought from elsewhere: the input is the .pt file,
// without a sidecar, so both the embedded description and the TorchScript path are tried.
//
// With DERMASK_MODEL_SEEDS defined this file is instead the program that writes the seeds:
// tiny Dermask models of each network (scripts/fuzz).

#include "core/model/modelfile_p.h"
#include "core/model/networks.h"
#include "tests/fuzz/fuzzinput.h"

#include <cstdio>
#include <cstdlib>

#ifndef DERMASK_MODEL_SEEDS

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // One thread: the probe of a TorchScript module runs a forward pass.
    at::set_num_threads(1);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dermask::core;
    const QString path = dermask::fuzz::writeInput(QStringLiteral("model.pt"), data, size);
    ModelInfo info;
    QString error;
    const NetworkPtr net = loadModelFile(path, &info, &error);
    if (!net && error.isEmpty())
        std::abort();  // a refusal always says why
    return 0;
}

#else

int main(int argc, char **argv)
{
    using namespace dermask::core;
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <folder>\n", argv[0]);
        return 2;
    }
    const QString dir = QFile::decodeName(argv[1]);
    QDir().mkpath(dir);
    for (const QString &name : networkNames()) {
        QString error;
        const NetworkPtr net = createNetwork(name, /*width=*/0.0625, 3, &error);
        ModelInfo info;
        info.network = name;
        info.width = 0.0625;
        info.inputSize = 32;
        QByteArray bytes;
        if (!net || !serializeNetwork(*net, info, &bytes, &error)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(name), qPrintable(error));
            return 1;
        }
        QFile file(QDir(dir).filePath(name + QStringLiteral(".pt")));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return 1;
    }
    return 0;
}

#endif
