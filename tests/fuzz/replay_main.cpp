// Replays the inputs kept in tests/fuzz/regressions/<target>/ through a fuzz target's
// LLVMFuzzerTestOneInput, so every input that once crashed a target stays a test of the normal
// g++ build (no clang, no libFuzzer): a crash or a sanitizer report fails the test.

#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
// Optional in a target, as in libFuzzer.
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s <folder or file>...\n", argv[0]);
        return 2;
    }
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    int count = 0;
    for (int a = 1; a < argc; ++a) {
        const QString arg = QFile::decodeName(argv[a]);
        QStringList files;
        if (QFileInfo(arg).isDir()) {
            const QDir dir(arg);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
                files << dir.filePath(name);
        } else {
            files << arg;
        }
        if (files.isEmpty()) {
            // An empty or missing folder would make a test that proves nothing.
            std::fprintf(stderr, "%s: no inputs\n", argv[a]);
            return 1;
        }
        for (const QString &path : files) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "%s: cannot read\n", qPrintable(path));
                return 1;
            }
            const QByteArray data = file.readAll();
            std::printf("%s (%lld bytes)\n", qPrintable(QFileInfo(path).fileName()),
                        static_cast<long long>(data.size()));
            std::fflush(stdout);
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
            ++count;
        }
    }
    std::printf("%d inputs replayed\n", count);
    return 0;
}
