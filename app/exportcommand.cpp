#include "exportcommand.h"

#include "commandline.h"
#include "export/projectexport.h"
#include "headlessapplication.h"
#include "project/projectlock.h"
#include "render/fonts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

int fail(const QString &message)
{
    std::fprintf(stderr, "releasedesk export: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int runExportCommand(int argc, char **argv, const QStringList &arguments)
{
    // First, so that help and every message are in the interface language.
    HeadlessApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Exports a release without a display. The format follows OUT's extension (.pdf, "
               ".docx, .odt, .html, .md, .txt; a name without one, or .zip, makes a media kit) "
               "unless --format says otherwise."));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help and exit."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        Tr::tr("The file (or media kit folder) to write."),
        Tr::tr("OUT", "a placeholder in the command line's help"));
    const QCommandLineOption format(QStringLiteral("format"),
        Tr::tr("pdf, pdfa, docx, odt, html, md, txt or kit."),
        Tr::tr("FORMAT", "a placeholder in the command line's help"));
    const QCommandLineOption paper(QStringLiteral("paper"),
        Tr::tr("a4 or letter (default: the locale's paper)."),
        Tr::tr("PAPER", "a placeholder in the command line's help"));
    const QCommandLineOption append(QStringLiteral("append-attachments"),
        Tr::tr("Append attached PDFs as pages and attached images as "
               "figures after the release (PDF only)."));
    const QCommandLineOption issuedBy(QStringLiteral("issued-by"),
        Tr::tr("Who issues an approved release, as the project's issue log records it (default: "
               "your user name). Exporting an approved release records the issue in the project."),
        Tr::tr("NAME", "a placeholder in the command line's help"));
    const QCommandLineOption language(QStringLiteral("language"),
        Tr::tr("Of a bilingual release, export only the version in this language (its tag, such "
               "as mi-NZ, or the language alone, such as mi). By default both languages are "
               "exported together."),
        Tr::tr("TAG", "a placeholder in the command line's help"));
    const QCommandLineOption eachLanguage(QStringLiteral("each-language"),
        Tr::tr("Of a bilingual release, export one release per language, each in a file named "
               "with its language (OUT.en-NZ.pdf, OUT.mi-NZ.pdf)."));
    const QCommandLineOption layout(QStringLiteral("layout"),
        Tr::tr("Of a bilingual release exported with both languages: one-after-the-other or "
               "side-by-side (default: as the release is set)."),
        Tr::tr("LAYOUT", "a placeholder in the command line's help"));
    parser.addOptions(
        {help, output, format, paper, append, language, eachLanguage, layout, issuedBy});
    parser.addPositionalArgument(Tr::tr("FILE", "a placeholder in the command line's help"),
        Tr::tr("The .releasedesk project."));

    if (!parser.parse(QStringList {QStringLiteral("releasedesk export")} + arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        std::fputs(
            qPrintable(helpNamingProgram(parser, QStringLiteral("releasedesk export"))), stdout);
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(Tr::tr("name one .releasedesk file to export (see releasedesk export --help)"));
    if (!parser.isSet(output))
        return fail(Tr::tr("say where to write the export with -o OUT"));
    const QString out = parser.value(output);

    ExportOptions options;
    if (parser.isSet(format)) {
        const auto named = formatNamed(parser.value(format));
        if (!named)
            return fail(Tr::tr("'%1' is not an export format (pdf, pdfa, docx, odt, html, md, "
                               "txt or kit)")
                            .arg(parser.value(format)));
        options.format = *named;
    } else if (const auto implied = formatForPath(out)) {
        options.format = *implied;
    } else {
        return fail(Tr::tr("%1: the format cannot be told from the extension; add --format")
                        .arg(QFileInfo(out).fileName()));
    }
    options.kitAsZip = options.format == ExportFormat::Kit
        && QFileInfo(out).suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0;

    const Result<Paper> chosenPaper = paperOption(parser, paper);
    if (!chosenPaper)
        return fail(chosenPaper.error().message);
    options.paper = *chosenPaper;
    options.appendAttachments = parser.isSet(append);
    if (parser.isSet(language) && parser.isSet(eachLanguage))
        return fail(Tr::tr("--language and --each-language cannot be used together"));
    options.language = parser.value(language);
    options.eachLanguage = parser.isSet(eachLanguage);
    if (parser.isSet(layout)) {
        const QString named = parser.value(layout);
        if (named == QLatin1String("side-by-side"))
            options.layout = BilingualLayout::SideBySide;
        else if (named == QLatin1String("one-after-the-other"))
            options.layout = BilingualLayout::OneAfterOther;
        else
            return fail(
                Tr::tr("'%1' is not a layout (one-after-the-other or side-by-side)").arg(named));
    }

    // Formats laid out on pages need the fonts, which can be registered while the project is
    // read: nothing before the layout needs one. (Not before the arguments are read, as help and
    // bad arguments end the process at once.)
    if (options.format == ExportFormat::Pdf || options.format == ExportFormat::PdfA
        || options.format == ExportFormat::Kit)
        loadBundledFontsInBackground();
    const QString issuer = parser.isSet(issuedBy) ? parser.value(issuedBy) : currentUserName();
    if (Status exported = exportProject(files.first(), out, options, issuer); !exported)
        return fail(exported.error().message);
    return 0;
}

} // namespace rd
