#include "checks/checks.h"
#include "checks/findingplace.h"
#include "project/formatversion.h"
#include "project/manifestreader.h"
#include "support/checking.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace rd;

namespace {

// One release of tests/data/checks: the release, the moment and style it is checked with, and
// the findings an editor would make of it.
struct CorpusCase
{
    QString name;
    Release release;
    QDateTime checkedAt;
    HouseStyle style;

    struct Expected
    {
        QString rule;
        QString field;
        QString text; // the flagged text; empty when the finding concerns the field as a whole
    };
    QList<Expected> expected;
};

QDir checksCorpus()
{
    return QDir(QStringLiteral(RELEASEDESK_TEST_DATA "/checks"));
}

CorpusCase readCase(const QString &fileName)
{
    QFile file(checksCorpus().filePath(fileName));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("%s cannot be read", qPrintable(fileName));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    CorpusCase corpusCase;
    corpusCase.name = fileName.chopped(5);
    const QJsonObject manifest {{QStringLiteral("formatVersion"), format::version},
        {QStringLiteral("minReaderVersion"), 1},
        {QStringLiteral("release"), json.value(QStringLiteral("release"))}};
    // The attachments' bytes do not matter to the checks, only that they are there.
    const auto anyFile = [](const QString &, qint64, const QString &) {
        return Result<EmbeddedFile>(EmbeddedFile::fromData(QByteArrayLiteral("attached")));
    };
    Result<Release> release = releaseFromManifest(manifest, anyFile);
    if (!release)
        qFatal("%s: %s", qPrintable(fileName), qPrintable(release.error().message));
    corpusCase.release = release.value();
    corpusCase.checkedAt
        = QDateTime::fromString(json.value(QStringLiteral("checkedAt")).toString(), Qt::ISODate);
    Result<HouseStyle> style
        = houseStyleFromJson(json.value(QStringLiteral("style")).toObject(), fileName);
    if (!style)
        qFatal("%s", qPrintable(style.error().message));
    corpusCase.style = style.value();
    for (const QJsonValue &value : json.value(QStringLiteral("expected")).toArray()) {
        const QJsonObject expected = value.toObject();
        corpusCase.expected.append({expected.value(QStringLiteral("rule")).toString(),
            expected.value(QStringLiteral("field")).toString(),
            expected.value(QStringLiteral("text")).toString()});
    }
    return corpusCase;
}

bool matches(const CorpusCase::Expected &expected, const Release &release, const Finding &finding)
{
    return expected.rule == finding.rule && expected.field == placeOf(release, finding).field
        && (expected.text.isEmpty() || expected.text == flaggedTextOf(release, finding));
}

struct Tally
{
    int found = 0; // expected and found
    int falseAlarms = 0; // found, not expected
    int missed = 0; // expected, not found

    double precision() const
    {
        return found + falseAlarms == 0 ? 1.0 : double(found) / (found + falseAlarms);
    }
    double recall() const { return found + missed == 0 ? 1.0 : double(found) / (found + missed); }
};

} // namespace

// Thirty releases in the shapes of published ones (joint statements, appeals, advisories,
// updates, holding statements; British, American, Australian, Canadian, Irish and New Zealand
// English, French, Spanish, German, te reo Māori), each with the findings an editor would make.
// Checked as a whole, so that each rule's precision and recall are visible; docs/house-style.md
// states them.
class TestChecksCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpusIsLargeAndVaried();
    void everyRuleMeetsItsTarget();
};

void TestChecksCorpus::corpusIsLargeAndVaried()
{
    const QStringList files = checksCorpus().entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(files.size() >= 25);
    QSet<QString> languages;
    QSet<ReleaseType> types;
    for (const QString &file : files) {
        const CorpusCase corpusCase = readCase(file);
        languages.insert(corpusCase.release.language.section(QLatin1Char('-'), 0, 0));
        types.insert(corpusCase.release.type);
    }
    for (const char *language : {"en", "fr", "es", "mi", "de"})
        QVERIFY2(languages.contains(QLatin1String(language)), language);
    QVERIFY(types.size() >= 5);
}

void TestChecksCorpus::everyRuleMeetsItsTarget()
{
    QMap<QString, Tally> tallies;
    for (const CheckRule &rule : checkRules())
        tallies.insert(rule.id, {});
    QStringList mistakes;
    for (const QString &file : checksCorpus().entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const CorpusCase corpusCase = readCase(file);
        QList<Finding> findings
            = checkRelease(corpusCase.release, corpusCase.style, corpusCase.checkedAt);
        for (const CorpusCase::Expected &expected : corpusCase.expected) {
            QVERIFY2(tallies.contains(expected.rule), qPrintable(expected.rule));
            const auto found
                = std::find_if(findings.begin(), findings.end(), [&](const Finding &finding) {
                      return matches(expected, corpusCase.release, finding);
                  });
            if (found != findings.end()) {
                ++tallies[expected.rule].found;
                findings.erase(found);
            } else {
                ++tallies[expected.rule].missed;
                mistakes.append(
                    QStringLiteral("%1: missed %2 at %3 “%4”")
                        .arg(corpusCase.name, expected.rule, expected.field, expected.text));
            }
        }
        for (const Finding &finding : findings) {
            ++tallies[finding.rule].falseAlarms;
            mistakes.append(
                QStringLiteral("%1: false alarm %2 at %3 “%4”: %5")
                    .arg(corpusCase.name, finding.rule, placeOf(corpusCase.release, finding).field,
                        flaggedTextOf(corpusCase.release, finding), finding.message));
        }
    }

    // The table of docs/house-style.md, printed so that it can be kept up to date.
    QString table
        = QStringLiteral("| rule | expected | found | false alarms | precision | recall |\n"
                         "|---|---|---|---|---|---|\n");
    for (auto it = tallies.begin(); it != tallies.end(); ++it)
        table += QStringLiteral("| `%1` | %2 | %3 | %4 | %5 | %6 |\n")
                     .arg(it.key())
                     .arg(it->found + it->missed)
                     .arg(it->found)
                     .arg(it->falseAlarms)
                     .arg(it->precision(), 0, 'f', 2)
                     .arg(it->recall(), 0, 'f', 2);
    qInfo().noquote() << "\n" << table;
    for (const QString &mistake : mistakes)
        qInfo().noquote() << mistake;

    // A rule that only a release being edited can break: a project file cannot hold an
    // embargo without its lift time and zone. Its tests are in tst_releasechecks.
    const QStringList onlyWhileEditing {QStringLiteral("embargo.time")};
    for (auto it = tallies.begin(); it != tallies.end(); ++it) {
        if (onlyWhileEditing.contains(it.key()))
            continue;
        QVERIFY2(it->found + it->missed > 0,
            qPrintable(QStringLiteral("the corpus has no case of %1").arg(it.key())));
        QVERIFY2(it->precision() >= 0.9 && it->recall() >= 0.9,
            qPrintable(QStringLiteral("%1: precision %2, recall %3")
                           .arg(it.key())
                           .arg(it->precision())
                           .arg(it->recall())));
    }
}

QTEST_GUILESS_MAIN(TestChecksCorpus)
#include "tst_checkscorpus.moc"
