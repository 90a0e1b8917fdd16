// The editor module: the application object and main window of Release Desk's editor, loaded by
// the releasedesk executable when a window is to open (app/editorlauncher.cpp).
#include "editorentry.h"

#include "main/documentcontroller.h"
#include "main/mainwindow.h"
#include "main/welcometour.h"
#include "releasedesk_version.h"
#include "render/fonts.h"
#include "util/interfacelanguage.h"
#include "util/privatefolders.h"
#include "util/sidebyside.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <utility>
#include <vector>

namespace {

// While the application object connects to the display, Qt's own messages are held back: when
// the display named by DISPLAY cannot be reached, Qt prints a page about platform plugins and
// aborts with a core dump. One line that says what happened, and how to export without a display,
// serves the user better, with the exit code of any other error.
class DisplayConnectionGuard
{
public:
    DisplayConnectionGuard() { s_previous = qInstallMessageHandler(&DisplayConnectionGuard::hold); }
    // Connected: what Qt said meanwhile goes where it would have gone.
    ~DisplayConnectionGuard()
    {
        qInstallMessageHandler(s_previous);
        for (const auto &[type, message] : std::exchange(s_held, {}))
            qt_message_output(type, QMessageLogContext(), message);
    }

private:
    static void hold(QtMsgType type, const QMessageLogContext &, const QString &message)
    {
        if (type != QtFatalMsg) {
            s_held.emplace_back(type, message);
            return;
        }
        const QByteArray display = qgetenv("DISPLAY");
        std::fprintf(stderr,
            "releasedesk: no display could be opened (%s), so the editor cannot open; to export "
            "without one, run: releasedesk export FILE.releasedesk -o release.pdf\n",
            display.isEmpty() ? "no DISPLAY is set" : ("DISPLAY is " + display).constData());
        std::fflush(stderr);
        std::_Exit(1);
    }

    static inline QtMessageHandler s_previous = nullptr;
    static inline std::vector<std::pair<QtMsgType, QString>> s_held;
};

} // namespace

extern "C" Q_DECL_EXPORT int releasedeskRunEditor(
    int argc, char **argv, const char *file, int fileAsNew)
{
    std::optional<DisplayConnectionGuard> guard(std::in_place);
    QApplication app(argc, argv);
    guard.reset();
    rd::setApplicationIdentity();
    rd::makeUserFoldersPrivate();
    rd::installInterfaceTranslations();
    rd::keepWorkerThreads();
    QCoreApplication::setApplicationVersion(QStringLiteral(RELEASEDESK_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Release Desk"));
    QGuiApplication::setDesktopFileName(QStringLiteral(RELEASEDESK_APP_ID));
    // The theme's icon once installed; the program's own copy from the build tree.
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral(RELEASEDESK_APP_ID), QIcon(QStringLiteral(":/about/releasedesk.png"))));
    rd::loadBundledFonts();

    rd::MainWindow window;
    window.show();
    // A file that cannot be opened is explained in a message box, and the window stays open on a
    // new release. Work left by an editor that stopped comes first; otherwise the file asked for.
    if (!window.controller()->offerRecovery() && file) {
        const QString path = QString::fromLocal8Bit(file);
        if (fileAsNew)
            window.controller()->openAsNew(path);
        else
            window.controller()->openFile(path);
    }
    // The first time: a short tour, which the person may skip.
    if (rd::WelcomeTour::isDue()) {
        auto *tour = new rd::WelcomeTour(&window);
        tour->setAttribute(Qt::WA_DeleteOnClose);
        tour->open();
    }
    return app.exec();
}
