// Fuzz target: a workspace's project.json (core/workspace/workspace.h). The input becomes
// <workspace>/project.json and Workspace::openAt() loads it (moving it aside when it is broken);
// then every reader of the stored fields runs and one change of each kind is written back,
// since those merge into whatever the file held.

#include "core/workspace/workspace.h"
#include "tests/fuzz/fuzzinput.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dermask::core;
    static const QString root = QDir(dermask::fuzz::scratchDir()).filePath(QStringLiteral("dataset"));
    static const QString folder = QDir(root).filePath(QStringLiteral(".dermask"));
    static const Dataset dataset = [] {
        Dataset d;
        d.root = root;
        for (const char *id : {"IMD002", "ISIC_0000000", "a"}) {
            Sample s;
            s.id = QString::fromLatin1(id);
            s.imagePath = QDir(root).filePath(s.id + QStringLiteral(".jpg"));
            s.maskPath = s.id == QLatin1String("a") ? QString() : QDir(root).filePath(s.id + QStringLiteral("_mask.png"));
            d.samples.append(s);
        }
        d.reindex();
        return d;
    }();
    // A fresh folder each time: a broken file is moved aside beside it.
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    dermask::fuzz::writeInput(QStringLiteral("dataset/.dermask/project.json"), data, size);

    Workspace workspace;
    QString error, warning;
    if (!workspace.openAt(dataset, folder, &error, &warning))
        std::abort();  // the folder is writable: a bad file is moved aside, never fatal
    const QStringList ids{QStringLiteral("IMD002"), QStringLiteral("ISIC_0000000"), QStringLiteral("a")};
    for (const QString &id : ids) {
        (void)workspace.status(id);
        (void)workspace.splitSide(id);
    }
    const QString active = workspace.activeModel();
    (void)workspace.modelScore(active);
    (void)workspace.modelScore(QStringLiteral("m"));
    workspace.setStatus(QStringLiteral("IMD002"), SampleStatus::Approved, &error);
    workspace.assignSplit(ids, /*validationFraction=*/0.34, /*seed=*/7, &error);
    workspace.setModelScore(QStringLiteral("m"), ModelScore{0.5, 3, QStringLiteral("v")}, &error);
    workspace.renameModelRecord(active.isEmpty() ? QStringLiteral("m") : active, QStringLiteral("n"), &error);

    // What was written must open again without being moved aside.
    Workspace again;
    warning.clear();
    if (!again.openAt(dataset, folder, &error, &warning) || !warning.isEmpty())
        std::abort();
    return 0;
}
