#pragma once

#include <QString>
#include <QStringList>

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

CommandLineRequest parseCommandLine(
    const QStringList &arguments, const QList<HeadlessCommand> &commands);

} // namespace rd
