#include "headlessapplication.h"

#include "util/interfacelanguage.h"
#include "util/sidebyside.h"

#include <QHashSeed>
#include <QThreadPool>

namespace rd {

namespace {

QtMessageHandler qtHandler = nullptr;

// A headless command prints nothing but its one line of error. Qt warns when XDG_RUNTIME_DIR is
// not set (as under cron or su) and then uses a private folder of its own, which is all an export
// needs: that warning is left out, every other message goes through.
void filterMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg
        && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    qtHandler(type, context, message);
}

// Before the QGuiApplication: the platform is chosen in its constructor.
char **prepared(char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QHashSeed::setDeterministicGlobalSeed();
    qtHandler = qInstallMessageHandler(filterMessages);
    return argv;
}

} // namespace

HeadlessApplication::HeadlessApplication(int &argc, char **argv)
    : m_application(new QGuiApplication(argc, prepared(argv)))
{
    setApplicationIdentity();
    installInterfaceTranslations();
    keepWorkerThreads();
}

HeadlessApplication::~HeadlessApplication()
{
    // No pool thread may be using fonts or images when Qt Gui is torn down; QCoreApplication
    // waits for the pool only after QGuiApplication has taken its font database away.
    QThreadPool::globalInstance()->waitForDone();
    delete m_application;
}

} // namespace rd
