// The checks of a bilingual release: a field missing or out of date in its second language, and
// the rules that read words run again over the second language with its own conventions.
#include "checks/checks.h"
#include "checks/findingplace.h"
#include "model/release.h"
#include "model/translation.h"
#include "support/checking.h"

#include <QTest>

using namespace rd;

namespace {

const FieldKey headline {Field::Headline, {}};
const FieldKey body {Field::Body, {}};

FieldKey translated(FieldKey key)
{
    key.translated = true;
    return key;
}

// A release with nothing to find in English, and a French version of its headline and statement.
Release englishAndFrench()
{
    Release release = test::releaseSaying(
        QStringLiteral("Police closed Wharf 3 in Kestrel Bay on Thursday after a fuel spill."));
    release.translation.language = QStringLiteral("fr-CA");
    for (const FieldKey &key : translatableKeys(release)) {
        const QVariant source = fieldValue(release, key);
        if (!source.toString().isEmpty() || key.field == Field::Body)
            setFieldValue(release, translated(key), source);
    }
    setFieldValue(release, translated(body),
        QVariant::fromValue(Body::fromPlainText(QStringLiteral(
            "La police a fermé le quai 3 de Kestrel Bay jeudi après un déversement."))));
    return release;
}

bool hasFinding(const QList<Finding> &findings, const QString &rule, const FieldKey &field)
{
    return std::any_of(findings.begin(), findings.end(),
        [&](const Finding &finding) { return finding.rule == rule && finding.field == field; });
}

} // namespace

class TestTranslationChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCompleteTranslationHasNothingToFind();
    void aMissingTranslationIsAnError();
    void anOutOfDateTranslationIsAWarning();
    void formattingAloneLeavesATranslationCurrent();
    void theSecondLanguageIsHeldToItsOwnConventions();
    void findingsInTheFirstLanguageAreNotRepeated();
    void aReleaseInOneLanguageHasNoTranslationFindings();
};

void TestTranslationChecks::aCompleteTranslationHasNothingToFind()
{
    const QList<Finding> findings = test::findingsOf(englishAndFrench());
    QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).message));
}

void TestTranslationChecks::aMissingTranslationIsAnError()
{
    Release release = englishAndFrench();
    release.translation.texts.remove(headline);
    const QList<Finding> findings = test::findingsOf(release, QStringLiteral("translation"));
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().field, translated(headline));
    QCOMPARE(findings.first().severity, Finding::Severity::Error);
    QCOMPARE(findings.first().rule, QStringLiteral("translation.missing"));
    QVERIFY2(findings.first().message.contains(QStringLiteral("French")),
        qPrintable(findings.first().message));

    // A translation of nothing but spaces is as missing as none.
    setFieldValue(release, translated(headline), QStringLiteral("  "));
    QCOMPARE(test::findingsOf(release, QStringLiteral("translation.missing")).size(), 1);
}

void TestTranslationChecks::anOutOfDateTranslationIsAWarning()
{
    Release release = englishAndFrench();
    release.headline += QStringLiteral(" again");
    const QList<Finding> findings = test::findingsOf(release, QStringLiteral("translation"));
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().rule, QStringLiteral("translation.out-of-date"));
    QCOMPARE(findings.first().field, translated(headline));
    QCOMPARE(findings.first().severity, Finding::Severity::Warning);
}

void TestTranslationChecks::formattingAloneLeavesATranslationCurrent()
{
    Release release = englishAndFrench();
    Body bold = release.body;
    bold.blocks.first().runs.first().bold = true;
    release.body = bold;
    QVERIFY(test::findingsOf(release, QStringLiteral("translation")).isEmpty());
}

void TestTranslationChecks::theSecondLanguageIsHeldToItsOwnConventions()
{
    Release release = englishAndFrench();
    // English quotation marks and a wrong weekday in the French statement: found there, on the
    // translated field, in French terms.
    setFieldValue(release, translated(body),
        QVariant::fromValue(Body::fromPlainText(
            QStringLiteral("La police a fermé le quai 3 mardi 26 novembre 2026. "
                           "« Nous sommes prudents, a dit l’inspectrice."))));
    const QList<Finding> findings = test::findingsOf(release);
    QVERIFY(hasFinding(findings, QStringLiteral("dates.weekday"), translated(body)));
    QVERIFY(hasFinding(findings, QStringLiteral("quotes.marks"), translated(body)));
    QVERIFY(!hasFinding(findings, QStringLiteral("dates.weekday"), body));
    for (const Finding &finding : findings) {
        if (finding.rule != QLatin1String("dates.weekday"))
            continue;
        QVERIFY2(finding.message.contains(QStringLiteral("jeudi")), qPrintable(finding.message));
        // `releasedesk check` names the place in the French text.
        const FindingPlace place = placeOf(release, finding);
        QCOMPARE(place.field, QStringLiteral("fr-CA:body[0]"));
        QCOMPARE(place.column, 29); // "mardi"
    }
}

void TestTranslationChecks::findingsInTheFirstLanguageAreNotRepeated()
{
    Release release = englishAndFrench();
    // A headline ending in a full stop with no French version yet: found once, in English; the
    // French version reads the English there and must not report it twice.
    release.headline = QStringLiteral("Wharf 3 closed after a fuel spill.");
    release.translation.texts.remove(headline);
    const QList<Finding> findings = test::findingsOf(release, QStringLiteral("headline"));
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().field, headline);
    // Nor is a finding about something that is not words, such as an embargo's time.
    const QList<Finding> all = test::findingsOf(release);
    for (const Finding &finding : all)
        QVERIFY2(!finding.field.translated || isTranslatable(finding.field.field),
            qPrintable(finding.rule));
}

void TestTranslationChecks::aReleaseInOneLanguageHasNoTranslationFindings()
{
    Release release = englishAndFrench();
    release.translation = {};
    QVERIFY(test::findingsOf(release).isEmpty());
}

QTEST_GUILESS_MAIN(TestTranslationChecks)
#include "tst_translationchecks.moc"
