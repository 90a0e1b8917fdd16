// The releasedesk executable: the command line, and either a headless command or the editor.
// It links core alone, so that `releasedesk export` loads no widget library; the editor lives in
// a module of its own (app/editor), loaded only when a window is to open.
#include "checkcommand.h"
#include "commandline.h"
#include "editorlauncher.h"
#include "exportcommand.h"

#include <cstdio>

namespace {

// The commands that run without a display.
const QList<rd::HeadlessCommand> headlessCommands {
    {QStringLiteral("export"),
        QStringLiteral("Export a release as PDF, PDF/A, DOCX, ODT, HTML, Markdown, text or a media "
                       "kit"),
        rd::runExportCommand},
    {QStringLiteral("check"),
        QStringLiteral("Check releases against the house style and print what is found"),
        rd::runCheckCommand},
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
    const rd::CommandLineRequest request
        = rd::parseCommandLine(argumentsOf(argc, argv), headlessCommands);
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
