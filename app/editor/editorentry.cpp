// The editor module: the application object and main window of Release Desk's editor, loaded by
// the releasedesk executable when a window is to open (app/editorlauncher.cpp).
#include "editorentry.h"

#include "main/documentcontroller.h"
#include "main/mainwindow.h"
#include "releasedesk_version.h"
#include "render/fonts.h"

#include <QApplication>

extern "C" Q_DECL_EXPORT int releasedeskRunEditor(int argc, char **argv, const char *file)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Release Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("releasedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELEASEDESK_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Release Desk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("releasedesk"));
    rd::loadBundledFonts();

    rd::MainWindow window;
    window.show();
    // A file that cannot be opened is explained in a message box, and the window stays open on a
    // new release.
    // Work left by an editor that stopped comes first; otherwise the file asked for.
    if (!window.controller()->offerRecovery() && file)
        window.controller()->openFile(QString::fromLocal8Bit(file));
    return app.exec();
}
