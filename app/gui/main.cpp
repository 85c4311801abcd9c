// dermask: the desktop viewer. Everything but the start-up lives in ui/.

#include "ui/common/translations.h"
#include "ui/mainwindow/launcher.h"
#include "ui/mainwindow/startupoptions.h"

#include <QApplication>
#include <cstdio>
#include <cstring>

namespace {

void setNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Dermask"));
    QCoreApplication::setApplicationName(QStringLiteral("dermask"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DERMASK_VERSION));
}

bool asksForHelp(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    if (asksForHelp(argc, argv)) {
        // Help and version need no display (a server, an SSH session).
        QCoreApplication app(argc, argv);
        setNames();
        dermask::ui::parseStartupOptions(app.arguments());  // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    setNames();
    const dermask::ui::StartupOptions options = dermask::ui::parseStartupOptions(app.arguments());
    if (!options.ok()) {
        std::fprintf(stderr, "dermask: %s\nTry 'dermask --help'.\n", qPrintable(options.error));
        return 2;
    }
    // --lang wins over the language chosen in the Language menu last time; a screenshot reads no
    // settings (the same command draws the same picture).
    const bool chosen = !options.language.isEmpty() || !options.screenshotFile.isEmpty();
    dermask::ui::installTranslations(&app, chosen ? options.language : dermask::ui::savedLanguage());
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Dermask"));
    return dermask::ui::runGui(app, options);
}
