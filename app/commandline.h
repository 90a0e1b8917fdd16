#pragma once

#include "render/pagesetup.h"
#include "util/error.h"

#include <QString>
#include <QStringList>

class QCommandLineOption;
class QCommandLineParser;

namespace rd {

// What the command line asks for. `releasedesk [FILE]` opens the editor; `releasedesk COMMAND
// ...` runs a headless command (such as `export`), each parsing its own
// options, so that a file named like a command is still opened with `releasedesk ./export`.
struct CommandLineRequest
{
    enum class Action { OpenEditor, RunCommand, PrintAndExit, Fail };

    Action action = Action::OpenEditor;
    QString file; // OpenEditor: the project to open, if any
    bool fileAsNew = false; // OpenEditor: open file as a new, untitled release (--as-new)
    QString command; // RunCommand: its name
    QStringList commandArguments; // RunCommand: everything after its name
    QString output; // PrintAndExit: text for stdout; Fail: one line for stderr
};

// A headless command: its name, one line for --help, and what runs it.
// The parser's help, naming the program as the user types it ("releasedesk export") rather than
// by the path it was started with.
QString helpNamingProgram(const QCommandLineParser &parser, const QString &program);

struct HeadlessCommand
{
    QString name;
    const char *summary; // in English; help translates it in the context "CommandLine"
    int (*run)(int argc, char **argv, const QStringList &arguments);
};

// The paper a --paper option names (a4 or letter), the locale's paper when it is not given, and
// an error naming what was given otherwise.
Result<Paper> paperOption(const QCommandLineParser &parser, const QCommandLineOption &option);

CommandLineRequest parseCommandLine(
    const QStringList &arguments, const QList<HeadlessCommand> &commands);

} // namespace rd
