// The releasedesk executable: the command line, and either a headless command or the editor.
// It links core alone, so that `releasedesk export` loads no widget library; the editor lives in
// a module of its own (app/editor), loaded only when a window is to open.
#include "checkcommand.h"
#include "commandline.h"
#include "comparecommand.h"
#include "editorlauncher.h"
#include "exportcommand.h"

#include "util/interfacelanguage.h"

#include <QCoreApplication>

#include <cstdio>
#include <optional>

namespace {

// The commands that run without a display; their summaries are translated when help is shown.
const QList<rd::HeadlessCommand> headlessCommands {
    {QStringLiteral("export"),
        QT_TRANSLATE_NOOP("CommandLine",
            "Export a release as PDF, PDF/A, DOCX, ODT, HTML, Markdown, text or a media kit"),
        rd::runExportCommand},
    {QStringLiteral("check"),
        QT_TRANSLATE_NOOP(
            "CommandLine", "Check releases against the house style and print what is found"),
        rd::runCheckCommand},
    {QStringLiteral("compare"),
        QT_TRANSLATE_NOOP("CommandLine",
            "Compare two versions of a release and print what changed, field by field"),
        rd::runCompareCommand},
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

} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = argumentsOf(argc, argv);
    rd::CommandLineRequest request = rd::parseCommandLine(arguments, headlessCommands);
    std::optional<QCoreApplication> application;
    if (request.action == rd::CommandLineRequest::Action::PrintAndExit
        || request.action == rd::CommandLineRequest::Action::Fail) {
        // What is printed is in the interface language, whose catalogues need an application
        // object; the commands and the editor make their own.
        application.emplace(argc, argv);
        rd::setApplicationIdentity();
        rd::installInterfaceTranslations();
        request = rd::parseCommandLine(arguments, headlessCommands);
    }
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
    return rd::launchEditor(argc, argv, request.file, request.fileAsNew);
}
