#include "commandline.h"

#include "releasedesk_version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QString helpText(const QCommandLineParser &parser, const QList<HeadlessCommand> &commands)
{
    QString text = helpNamingProgram(parser, QStringLiteral("releasedesk"));
    if (!commands.isEmpty()) {
        text += QLatin1Char('\n') + Tr::tr("Commands (run without a display):") + QLatin1Char('\n');
        for (const HeadlessCommand &command : commands)
            text
                += QStringLiteral("  %1  %2\n").arg(command.name, -10).arg(Tr::tr(command.summary));
        text += Tr::tr("Run 'releasedesk COMMAND --help' for a command's options.")
            + QLatin1Char('\n');
    }
    return text;
}

} // namespace

QString helpNamingProgram(const QCommandLineParser &parser, const QString &program)
{
    // The parser names the program by the path it was started with, or by a placeholder when
    // there is no application object.
    const QString started = QCoreApplication::instance() && !QCoreApplication::arguments().isEmpty()
        ? QCoreApplication::arguments().constFirst()
        : QStringLiteral("<executable_name>");
    QString text = parser.helpText();
    if (const qsizetype at = text.indexOf(started); at >= 0)
        text.replace(at, started.size(), program);
    return text;
}

Result<Paper> paperOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return defaultPaper(QLocale::system());
    if (const std::optional<Paper> named = paperNamed(parser.value(option)))
        return *named;
    return Error {Tr::tr("'%1' is not a paper size (a4 or letter)").arg(parser.value(option))};
}

CommandLineRequest parseCommandLine(
    const QStringList &arguments, const QList<HeadlessCommand> &commands)
{
    CommandLineRequest request;
    if (arguments.size() > 1) {
        for (const HeadlessCommand &command : commands) {
            if (arguments.at(1) == command.name) {
                request.action = CommandLineRequest::Action::RunCommand;
                request.command = command.name;
                request.commandArguments = arguments.mid(2);
                return request;
            }
        }
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Release Desk: draft, review and export media releases and joint statements."));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
        Tr::tr("Show this help and exit."));
    const QCommandLineOption version(QStringList {QStringLiteral("v"), QStringLiteral("version")},
        Tr::tr("Show the version and exit."));
    const QCommandLineOption asNew(QStringLiteral("as-new"),
        Tr::tr("Open FILE as a new, untitled release: FILE itself is never written, and saving "
               "asks where (for the example release and files on read-only media)."));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOption(asNew);
    parser.addPositionalArgument(Tr::tr("FILE", "a placeholder in the command line's help"),
        Tr::tr("A .releasedesk project to open in the editor."),
        Tr::tr("[FILE]", "a placeholder in the command line's help"));

    if (!parser.parse(arguments)) {
        request.action = CommandLineRequest::Action::Fail;
        QString problem = parser.errorText();
        if (problem.endsWith(QLatin1Char('.')))
            problem.chop(1);
        request.output = Tr::tr("releasedesk: %1 (see releasedesk --help)").arg(problem);
        return request;
    }
    if (parser.isSet(help)) {
        request.action = CommandLineRequest::Action::PrintAndExit;
        request.output = helpText(parser, commands);
        return request;
    }
    if (parser.isSet(version)) {
        request.action = CommandLineRequest::Action::PrintAndExit;
        request.output
            = QStringLiteral("Release Desk %1\n").arg(QLatin1String(RELEASEDESK_VERSION));
        return request;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        request.action = CommandLineRequest::Action::Fail;
        request.output
            = Tr::tr("releasedesk: one file at a time, please (got %1)").arg(files.size());
        return request;
    }
    request.file = files.value(0);
    request.fileAsNew = parser.isSet(asNew);
    if (request.fileAsNew && request.file.isEmpty()) {
        request.action = CommandLineRequest::Action::Fail;
        request.output = Tr::tr("releasedesk: --as-new needs a FILE (see releasedesk --help)");
    }
    return request;
}

} // namespace rd
