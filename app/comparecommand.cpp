#include "comparecommand.h"

#include "commandline.h"
#include "compare/changesummary.h"
#include "project/projectfile.h"
#include "util/interfacelanguage.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)
};

constexpr int same = 0;
constexpr int different = 1;
constexpr int badInput = 2;

int fail(const QString &message)
{
    std::fprintf(stderr, "releasedesk compare: %s\n", qPrintable(message));
    return badInput;
}

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
}

} // namespace

int runCompareCommand(int argc, char **argv, const QStringList &arguments)
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    installInterfaceTranslations();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Compares two versions of a release and prints one line for each changed field, "
               "paragraph or item, with the words removed and added. Exits 0 when the contents "
               "are the same, 1 when they differ, 2 when a file cannot be read."));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help and exit."));
    parser.addOption(help);
    parser.addPositionalArgument(QStringLiteral("OLD"), Tr::tr("The earlier version."),
        Tr::tr("OLD.releasedesk", "a placeholder in the command line's help"));
    parser.addPositionalArgument(QStringLiteral("NEW"), Tr::tr("The later version."),
        Tr::tr("NEW.releasedesk", "a placeholder in the command line's help"));

    if (!parser.parse(QStringList {QStringLiteral("releasedesk compare")} + arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        print(helpNamingProgram(parser, QStringLiteral("releasedesk compare")));
        return same;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2)
        return fail(Tr::tr("name two .releasedesk files, the earlier version first (see "
                           "releasedesk compare --help)"));
    Result<LoadedRelease> earlier = loadProject(files.at(0));
    if (!earlier)
        return fail(earlier.error().message);
    Result<LoadedRelease> later = loadProject(files.at(1));
    if (!later)
        return fail(later.error().message);
    const QList<Difference> differences = compareReleases(earlier->release, later->release);
    print(changeSummary(differences));
    return differences.isEmpty() ? same : different;
}

} // namespace rd
