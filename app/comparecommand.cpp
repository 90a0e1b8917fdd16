#include "comparecommand.h"

#include "commandline.h"
#include "compare/changesummary.h"
#include "export/redline.h"
#include "headlessapplication.h"
#include "project/projectfile.h"
#include "render/fonts.h"
#include "util/atomicfile.h"
#include "util/interfacelanguage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <optional>

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

// Whether the arguments ask for a redline, which is laid out on pages and so needs Qt Gui; a
// comparison printed to the terminal starts without it.
bool asksForOutput(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--"))
            break;
        if (argument.startsWith(QLatin1String("-o")) || argument.startsWith(QLatin1String("--o")))
            return true;
    }
    return false;
}

} // namespace

int runCompareCommand(int argc, char **argv, const QStringList &arguments)
{
    std::optional<HeadlessApplication> guiApp;
    std::optional<QCoreApplication> coreApp;
    if (asksForOutput(arguments))
        guiApp.emplace(argc, argv);
    else
        coreApp.emplace(argc, argv);
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
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        Tr::tr("Also write the changes to FILE: a redline PDF (the later version with insertions "
               "underlined and deletions struck through) for .pdf, the list of changes for .txt."),
        Tr::tr("FILE", "a placeholder in the command line's help"));
    parser.addOption(output);
    const QCommandLineOption paper(QStringLiteral("paper"),
        Tr::tr("a4 or letter, for the redline (default: the locale's paper)."),
        Tr::tr("SIZE", "a placeholder in the command line's help"));
    parser.addOption(paper);
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
    const QString out = parser.value(output);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (parser.isSet(output) && suffix != QLatin1String("pdf") && suffix != QLatin1String("txt"))
        return fail(Tr::tr("%1: the redline is a .pdf file, the list of changes a .txt file")
                        .arg(QFileInfo(out).fileName()));
    ExportOptions options;
    const Result<Paper> chosenPaper = paperOption(parser, paper);
    if (!chosenPaper)
        return fail(chosenPaper.error().message);
    options.paper = *chosenPaper;
    if (suffix == QLatin1String("pdf"))
        loadBundledFontsInBackground();
    Result<LoadedRelease> earlier = loadProject(files.at(0));
    if (!earlier)
        return fail(earlier.error().message);
    Result<LoadedRelease> later = loadProject(files.at(1));
    if (!later)
        return fail(later.error().message);
    const QList<Difference> differences = compareReleases(earlier->release, later->release);
    print(changeSummary(differences));
    if (suffix == QLatin1String("txt")) {
        if (Status written = saveFileAtomically(out, changeSummary(differences).toUtf8()); !written)
            return fail(written.error().message);
    } else if (suffix == QLatin1String("pdf")) {
        const QString legend
            = redlineLegend(QFileInfo(files.at(0)).fileName(), QFileInfo(files.at(1)).fileName());
        const Result<QByteArray> redline
            = exportRedlinePdf(earlier->release, later->release, options, legend);
        if (!redline)
            return fail(redline.error().message);
        if (Status written = saveFileAtomically(out, *redline); !written)
            return fail(written.error().message);
    }
    return differences.isEmpty() ? same : different;
}

} // namespace rd
