#include "commandline.h"
#include "exportcommand.h"
#include "main/documentcontroller.h"
#include "main/mainwindow.h"
#include "project/projectfile.h"
#include "releasedesk_version.h"
#include "render/fonts.h"

#include <QApplication>
#include <QFileInfo>

#include <cstdio>

namespace {

// The commands that run without a display; part 4 adds check.
const QList<rd::HeadlessCommand> headlessCommands {
    {QStringLiteral("export"),
        QStringLiteral("Export a release as PDF, PDF/A, DOCX, ODT, HTML, Markdown, text or a media "
                       "kit"),
        rd::runExportCommand},
};

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void printTo(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stream);
}

// Qt aborts with a page about platform plugins when it finds no display; say it in one line.
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Release Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("releasedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELEASEDESK_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Release Desk"));
}

int runEditor(int argc, char **argv, const QString &file)
{
    if (!hasDisplay()) {
        printTo(stderr,
            QStringLiteral("releasedesk: no display is available (DISPLAY is not set), so the "
                           "editor cannot open; start it in a desktop session, or run it "
                           "under xvfb-run"));
        return 1;
    }
    QApplication app(argc, argv);
    setApplicationIdentity();
    rd::loadBundledFonts();
    app.setDesktopFileName(QStringLiteral("releasedesk"));

    rd::MainWindow window;
    if (!file.isEmpty()) {
        if (!QFileInfo::exists(file)) {
            printTo(stderr, QStringLiteral("releasedesk: %1: the file does not exist").arg(file));
            return 1;
        }
        window.show();
        // A file that cannot be opened is explained in a message box, and the window stays
        // open on a new release.
        window.controller()->openFile(file);
    }
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = argumentsOf(argc, argv);
    const rd::CommandLineRequest request = rd::parseCommandLine(arguments, headlessCommands);
    switch (request.action) {
    case rd::CommandLineRequest::Action::PrintAndExit:
        printTo(stdout, request.output);
        return 0;
    case rd::CommandLineRequest::Action::Fail:
        printTo(stderr, request.output);
        return 2;
    case rd::CommandLineRequest::Action::RunCommand:
        for (const rd::HeadlessCommand &command : headlessCommands) {
            if (command.name == request.command)
                return command.run(argc, argv, request.commandArguments);
        }
        return 2;
    case rd::CommandLineRequest::Action::OpenEditor:
        break;
    }
    return runEditor(argc, argv, request.file);
}
