// dermask-cli sample DIR [--count N] [--seed S] [--size WxH]: the synthetic dataset.

#include "app/cli/cli.h"
#include "core/synthetic/generator.h"

#include <QDir>
#include <QRegularExpression>

namespace dermask::cli {

int runSample(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes the synthetic dermoscopy sample dataset (images/ and masks/, paired layout). "
        "The same seed always gives the same files."));
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Folder to write into."));
    parser.addOptions({
        {QStringLiteral("count"), QStringLiteral("Number of images (default 24)."), QStringLiteral("N")},
        {QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("S")},
        {QStringLiteral("size"), QStringLiteral("Image size WxH (default 768x576)."), QStringLiteral("WxH")},
    });
    int code = Ok;
    if (!parseArguments(parser, args, 1, &code))
        return code;
    int count = 24;
    int seed = 1;
    if (!intOption(parser, QStringLiteral("count"), 1, 100000, &count)
        || !intOption(parser, QStringLiteral("seed"), 0, 2147483647, &seed))
        return UsageError;
    cv::Size size(768, 576);
    if (parser.isSet(QStringLiteral("size"))) {
        const auto m = QRegularExpression(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"))
                           .match(parser.value(QStringLiteral("size")));
        if (!m.hasMatch() || m.captured(1).toInt() < 32 || m.captured(2).toInt() < 32
            || m.captured(1).toInt() > 8000 || m.captured(2).toInt() > 8000) {
            printError(QStringLiteral("--size must be WxH between 32 and 8000, not '%1'")
                           .arg(parser.value(QStringLiteral("size"))));
            return UsageError;
        }
        size = cv::Size(m.captured(1).toInt(), m.captured(2).toInt());
    }

    const QString dir = parser.positionalArguments().first();
    QString error;
    const bool ok = core::writeSyntheticDataset(dir, count, quint64(seed), &error, size,
                                                [](int done, int total) {
                                                    printProgress(QStringLiteral("sample: %1/%2")
                                                                      .arg(done).arg(total));
                                                    return true;
                                                });
    finishProgress();
    if (!ok) {
        printError(error);
        return RuntimeError;
    }
    printLine(QStringLiteral("wrote %1 images with masks to %2")
                  .arg(count).arg(QDir::toNativeSeparators(QDir(dir).absolutePath())));
    return Ok;
}

} // namespace dermask::cli
