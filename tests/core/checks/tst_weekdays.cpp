#include "checks/checks.h"
#include "model/release.h"
#include "support/checking.h"
#include "support/corpus.h"

#include <QTest>

using namespace rd;

namespace {

Release releaseSaying(const QString &text, const QString &language = QStringLiteral("en-NZ"),
    const QDate &dateline = QDate(2026, 11, 26))
{
    Release release;
    release.language = language;
    release.dateline.date = dateline;
    release.body = Body::fromPlainText(QStringLiteral("Police closed the wharf.\n\n") + text);
    return release;
}

QList<Finding> weekdayFindings(const Release &release)
{
    return test::findingsOf(release, QStringLiteral("dates.weekday"));
}

} // namespace

// "Tuesday 26 November 2026" when the 26th is a Thursday: the mistake a copied-forward release
// makes, caught in the document's own language.
class TestWeekdays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weekdayMustMatchItsDate_data();
    void weekdayMustMatchItsDate();
    void findingPointsAtTheDate();
    void everyProseFieldIsRead();
    void theCorpusNamesItsDaysRightly();
};

void TestWeekdays::weekdayMustMatchItsDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDate>("dateline");
    QTest::addColumn<QString>("message"); // empty: nothing to find
    const QDate thursday(2026, 11, 26);
    const QString en = QStringLiteral("en-NZ");

    QTest::newRow("wrong weekday")
        << QStringLiteral("The court sits on Tuesday 26 November 2026.") << en << thursday
        << QStringLiteral("“Tuesday 26 November 2026”: that date is a "
                          "Thursday.");
    QTest::newRow("right weekday") << QStringLiteral("The court sits on Thursday 26 November 2026.")
                                   << en << thursday << QString();
    QTest::newRow("American order, right")
        << QStringLiteral("On Thursday, November 26, 2026, police said.") << QStringLiteral("en-US")
        << thursday << QString();
    QTest::newRow("American order, no year, wrong")
        << QStringLiteral("Doors open Tuesday, November 26.") << QStringLiteral("en-US") << thursday
        << QStringLiteral("“Tuesday, November 26”: that date is a Thursday.");
    QTest::newRow("ordinal, no year")
        << QStringLiteral("from Thursday 26th November onwards") << en << thursday << QString();
    QTest::newRow("short names") << QStringLiteral("Thu 26 Nov: road closed. Sun 26 Nov: open.")
                                 << en << thursday
                                 << QStringLiteral("“Sun 26 Nov”: that date is a Thursday.");
    QTest::newRow("next year, nearest the dateline")
        << QStringLiteral("The hearing is on Friday 2 January.") << en << QDate(2026, 12, 30)
        << QStringLiteral("“Friday 2 January”: that date is a Saturday.");
    QTest::newRow("next year, right") << QStringLiteral("The hearing is on Friday 1 January.") << en
                                      << QDate(2026, 12, 30) << QString();
    QTest::newRow("no such date") << QStringLiteral("Monday 31 February 2026") << en << thursday
                                  << QStringLiteral("“Monday 31 February 2026”: there is no such "
                                                    "date.");
    QTest::newRow("French, right") << QStringLiteral("L'audience aura lieu jeudi 26 novembre 2026.")
                                   << QStringLiteral("fr-FR") << thursday << QString();
    QTest::newRow("French, wrong") << QStringLiteral("L'audience aura lieu mardi 26 novembre 2026.")
                                   << QStringLiteral("fr-FR") << thursday
                                   << QStringLiteral("“mardi 26 novembre 2026”: that date is a "
                                                     "jeudi.");
    QTest::newRow("weekday without a date")
        << QStringLiteral("On Tuesday 26 people were moved.") << en << thursday << QString();
    QTest::newRow("weekday before a possessive")
        << QStringLiteral("Tuesday's meeting on 26 November was cancelled.") << en << thursday
        << QString();
    QTest::newRow("a name that contains a weekday")
        << QStringLiteral("Sundays 26 November market.") << en << thursday << QString();
}

void TestWeekdays::weekdayMustMatchItsDate()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QDate, dateline);
    QFETCH(QString, message);
    const QList<Finding> findings = weekdayFindings(releaseSaying(text, language, dateline));
    if (message.isEmpty()) {
        QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).message));
        return;
    }
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().message, message);
    QCOMPARE(findings.first().rule, QStringLiteral("dates.weekday"));
    QCOMPARE(findings.first().severity, Finding::Severity::Warning);
}

void TestWeekdays::findingPointsAtTheDate()
{
    const Release release = releaseSaying(QStringLiteral("It opens on Tuesday 26 November."));
    const QList<Finding> findings = weekdayFindings(release);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().field, (FieldKey {Field::Body, {}}));
    const QString text = release.body.plainText();
    QCOMPARE(text.mid(findings.first().position, findings.first().length),
        QStringLiteral("Tuesday 26 November"));
    // And in the checklist with the rest.
    const QList<Finding> all = releaseFindings(release);
    QVERIFY(std::any_of(all.begin(), all.end(),
        [](const Finding &finding) { return finding.rule == QStringLiteral("dates.weekday"); }));
}

void TestWeekdays::everyProseFieldIsRead()
{
    Release release = releaseSaying(QString());
    release.headline = QStringLiteral("Court date set for Monday 26 November");
    release.quotes = {Quote {
        QStringLiteral("q"), QStringLiteral("We meet on Friday 26 November."), {}, {}, {}, 0, {}}};
    release.notesToEditors = QStringLiteral("Briefing: Wednesday 26 November 2026, 10am.");
    QList<Field> fields;
    for (const Finding &finding : weekdayFindings(release))
        fields.append(finding.field.field);
    QCOMPARE(fields, (QList {Field::Headline, Field::QuoteText, Field::NotesToEditors}));
}

// The corpus's releases name weekdays with their dates in several languages and orders, all
// rightly: a finding there is a false alarm.
void TestWeekdays::theCorpusNamesItsDaysRightly()
{
    for (const QString &name : test::corpusNames()) {
        const QList<Finding> findings = weekdayFindings(test::corpusRelease(name));
        QVERIFY2(findings.isEmpty(),
            qPrintable(name + QStringLiteral(": ") + findings.value(0).message));
    }
}

QTEST_MAIN(TestWeekdays)
#include "tst_weekdays.moc"
