#include "checkcommand.h"

#include "checks/acknowledging.h"
#include "checks/checks.h"
#include "checks/findingplace.h"
#include "commandline.h"
#include "project/projectfile.h"

#include "util/interfacelanguage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

constexpr int noErrors = 0;
constexpr int errorsFound = 1;
constexpr int badInput = 2;

int fail(const QString &message)
{
    std::fprintf(stderr, "releasedesk check: %s\n", qPrintable(message));
    return badInput;
}

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
}

QJsonObject findingToJson(const QString &file, const Release &release, const Finding &finding)
{
    const FindingPlace place = placeOf(release, finding);
    QJsonObject object {
        {QStringLiteral("file"), file},
        {QStringLiteral("field"), place.field},
        {QStringLiteral("line"), place.line},
        {QStringLiteral("column"), place.column},
        {QStringLiteral("length"), double(finding.length)},
        {QStringLiteral("severity"), severityName(finding.severity)},
        {QStringLiteral("rule"), finding.rule},
        {QStringLiteral("message"), finding.message},
    };
    // A warning someone let stand is still reported, with their decision beside it.
    if (const Acknowledgement *given = acknowledgementOf(release, finding))
        object.insert(QStringLiteral("letStand"),
            QJsonObject {{QStringLiteral("by"), given->by},
                {QStringLiteral("at"), given->at.toString(Qt::ISODate)},
                {QStringLiteral("reason"), given->reason}});
    return object;
}

} // namespace

int runCheckCommand(int argc, char **argv, const QStringList &arguments)
{
    // First, so that help and every message are in the interface language.
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    installInterfaceTranslations();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Checks releases against the house style and the rules of a release, and prints "
               "what it finds as FILE:FIELD:LINE:COL: SEVERITY: MESSAGE [RULE-ID]. Exits 0 "
               "without errors, 1 with errors, 2 when a file or option cannot be read."));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help and exit."));
    const QCommandLineOption style(QStringLiteral("style"),
        Tr::tr("Check against this house-style file (docs/house-style.md) instead of the style "
               "each release's lead agency carries."),
        Tr::tr("STYLE.json", "a placeholder in the command line's help"));
    const QCommandLineOption format(QStringLiteral("format"), Tr::tr("text (the default) or json."),
        Tr::tr("FORMAT", "a placeholder in the command line's help"));
    const QCommandLineOption at(QStringLiteral("at"),
        Tr::tr("Check as at this moment (ISO 8601 with a time zone, such as "
               "2026-11-26T09:00+13:00) instead of now."),
        Tr::tr("TIME", "a placeholder in the command line's help"));
    parser.addOptions({help, style, format, at});
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The .releasedesk projects."),
        Tr::tr("FILE...", "a placeholder in the command line's help"));

    if (!parser.parse(QStringList {QStringLiteral("releasedesk check")} + arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        print(helpNamingProgram(parser, QStringLiteral("releasedesk check")));
        return noErrors;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return fail(Tr::tr("name one or more .releasedesk files to check (see releasedesk check "
                           "--help)"));
    const QString outputFormat
        = parser.value(format).isEmpty() ? QStringLiteral("text") : parser.value(format);
    if (outputFormat != QLatin1String("text") && outputFormat != QLatin1String("json"))
        return fail(Tr::tr("'%1' is not an output format (text or json)").arg(outputFormat));
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(at)) {
        now = QDateTime::fromString(parser.value(at), Qt::ISODate);
        if (!now.isValid() || now.timeSpec() == Qt::LocalTime)
            return fail(Tr::tr("'%1' is not a moment with a time zone, such as "
                               "2026-11-26T09:00+13:00")
                            .arg(parser.value(at)));
    }

    std::optional<HouseStyle> givenStyle;
    if (parser.isSet(style)) {
        Result<HouseStyle> read = readHouseStyleFile(parser.value(style));
        if (!read)
            return fail(read.error().message);
        givenStyle = read.value();
    }

    int exitCode = noErrors;
    QJsonArray json;
    for (const QString &file : files) {
        Result<LoadedRelease> loaded = loadProject(file);
        if (!loaded) {
            std::fprintf(stderr, "releasedesk check: %s\n", qPrintable(loaded.error().message));
            exitCode = badInput;
            continue;
        }
        const Release &release = loaded->release;
        const QList<Finding> findings
            = checkRelease(release, givenStyle ? *givenStyle : houseStyleOf(release), now);
        for (const Finding &finding : findings) {
            if (finding.severity == Finding::Severity::Error && exitCode == noErrors)
                exitCode = errorsFound;
            if (outputFormat == QLatin1String("json")) {
                json.append(findingToJson(file, release, finding));
                continue;
            }
            const FindingPlace place = placeOf(release, finding);
            print(QStringLiteral("%1:%2:%3:%4: %5: %6 [%7]\n")
                      .arg(file, place.field)
                      .arg(place.line)
                      .arg(place.column)
                      .arg(severityName(finding.severity), finding.message, finding.rule));
        }
    }
    if (outputFormat == QLatin1String("json"))
        print(QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("findings"), json}})
                                    .toJson(QJsonDocument::Indented)));
    return exitCode;
}

} // namespace rd
