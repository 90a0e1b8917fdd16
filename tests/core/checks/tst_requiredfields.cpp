#include "checks/checks.h"
#include "model/templates.h"
#include "support/checking.h"
#include "support/pdftext.h"
#include "support/samplerelease.h"

#include <QTest>

using namespace rd;

namespace {

bool has(const QList<Finding> &findings, Finding::Severity severity, Field field)
{
    return std::any_of(findings.begin(), findings.end(), [&](const Finding &finding) {
        return finding.severity == severity && finding.field.field == field;
    });
}

// The parts a release must have, and the checks that once stood with them.
QList<Finding> requiredFieldFindings(const Release &release)
{
    return test::findingsOf(release);
}

} // namespace

class TestRequiredFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeReleaseHasNoError();
    void emptyReleaseListsWhatIsMissing();
    void problemsDistributorsRefuse();
    void templatesAreStructured();
    void appealTemplateTextIsFlaggedUntilFilledIn();
    void followUpUpdateCarriesTheReference();
};

void TestRequiredFields::completeReleaseHasNoError()
{
    for (const Finding &finding : requiredFieldFindings(test::sampleReleaseInOneLanguage()))
        QVERIFY2(finding.severity != Finding::Severity::Error, qPrintable(finding.message));
}

void TestRequiredFields::emptyReleaseListsWhatIsMissing()
{
    const QList<Finding> findings = requiredFieldFindings(Release {});
    using S = Finding::Severity;
    for (Field field : {Field::AgencyName, Field::Headline, Field::Language, Field::DatelinePlace,
             Field::DatelineDate, Field::Body, Field::ContactName})
        QVERIFY2(has(findings, S::Error, field), qPrintable(fieldId(field)));
}

void TestRequiredFields::problemsDistributorsRefuse()
{
    Release release = test::sampleReleaseInOneLanguage();
    release.headline = QStringLiteral("HARBOUR CLOSED AFTER SPILL");
    release.quotes[0].speaker.clear();
    release.contacts[0].phone.clear();
    release.contacts[0].email.clear();
    release.embargo.zone = QTimeZone();
    const QList<Finding> findings = requiredFieldFindings(release);
    using S = Finding::Severity;
    QVERIFY(has(findings, S::Warning, Field::Headline));
    QVERIFY(has(findings, S::Error, Field::QuoteSpeaker));
    QVERIFY(has(findings, S::Error, Field::ContactPhone));
    QVERIFY(has(findings, S::Error, Field::Embargo));

    release = test::sampleReleaseInOneLanguage();
    release.headline = QString(101, QLatin1Char('a'));
    QVERIFY(has(requiredFieldFindings(release), S::Warning, Field::Headline));
}

void TestRequiredFields::templatesAreStructured()
{
    const QLocale locale(QLocale::English, QLocale::NewZealand);
    const QDate today(2026, 11, 26);
    const Release joint = releaseFromTemplate(ReleaseTemplate::JointStatement, locale, today);
    QCOMPARE(joint.type, ReleaseType::JointStatement);
    QCOMPARE(joint.agencies.size(), 2);
    QCOMPARE(joint.quotes.size(), 2);
    QCOMPARE(joint.contacts.size(), 2);
    QCOMPARE(joint.quotes.at(1).agencyId, joint.agencies.at(1).id);
    QCOMPARE(joint.contacts.at(0).agencyId, joint.agencies.at(0).id);
    QCOMPARE(joint.dateline.date, today);
    QCOMPARE(joint.language, QStringLiteral("en-NZ"));
    const Release media = releaseFromTemplate(ReleaseTemplate::MediaRelease, locale, today);
    QCOMPARE(media.agencies.size(), 1);
    QCOMPARE(media.quotes.size(), 1);

    // Every template lays out its kind of release, with prompts the checks flag until replaced.
    for (ReleaseTemplate kind : releaseTemplates()) {
        const Release release = releaseFromTemplate(kind, locale, today);
        QVERIFY2(release.body.blocks.size() >= 3, qPrintable(templateName(kind)));
        QVERIFY(hasTemplatePlaceholder(release.body.plainText()));
        QVERIFY(has(requiredFieldFindings(release), Finding::Severity::Error, Field::Body));
        QVERIFY(!templateName(kind).isEmpty());
    }
    QVERIFY(media.body.plainText().startsWith(QStringLiteral("[Lede: who did what")));
    QVERIFY(has(requiredFieldFindings(media), Finding::Severity::Error, Field::QuoteText));
    QVERIFY(has(requiredFieldFindings(media), Finding::Severity::Error, Field::QuoteSpeaker));
    const Release advisory = releaseFromTemplate(ReleaseTemplate::MediaAdvisory, locale, today);
    QCOMPARE(advisory.type, ReleaseType::MediaAdvisory);
    const QString plan = advisory.body.plainText();
    QVERIFY(test::inOrder(plan,
        {QStringLiteral("What:"), QStringLiteral("When:"), QStringLiteral("Where:"),
            QStringLiteral("Who:")}));
    const QString appeal = releaseFromTemplate(ReleaseTemplate::AppealForInformation, locale, today)
                               .body.plainText();
    QVERIFY(appeal.contains(QStringLiteral("quoting reference [reference number]")));
    QVERIFY(appeal.contains(QStringLiteral("Crimestoppers")));
}

void TestRequiredFields::appealTemplateTextIsFlaggedUntilFilledIn()
{
    Release appeal = releaseFromTemplate(
        ReleaseTemplate::AppealForInformation, QLocale(), QDate(2026, 11, 26));
    QCOMPARE(appeal.type, ReleaseType::AppealForInformation);
    QVERIFY(appeal.body.plainText().contains(QStringLiteral("[what happened]")));
    QVERIFY(has(requiredFieldFindings(appeal), Finding::Severity::Error, Field::Body));
    appeal.body = Body::fromPlainText(QStringLiteral("Police are appealing for information."));
    QVERIFY(!has(requiredFieldFindings(appeal), Finding::Severity::Error, Field::Body));
    // Only the templates' own prompts: square brackets are also an editor's insertion in a quote.
    QVERIFY(hasTemplatePlaceholder(
        QStringLiteral("Ring [105, or the local non-emergency number] now")));
    QVERIFY(!hasTemplatePlaceholder(QStringLiteral("He said [the driver] had stopped.")));
}

void TestRequiredFields::followUpUpdateCarriesTheReference()
{
    Release holding = test::sampleReleaseInOneLanguage();
    holding.type = ReleaseType::HoldingStatement;
    const Release update = followUpUpdate(holding, QDate(2026, 11, 27));
    QCOMPARE(update.type, ReleaseType::Update);
    QCOMPARE(update.reference, holding.reference);
    QCOMPARE(update.relatesTo, holding.reference);
    QVERIFY(update.agencies == holding.agencies);
    QVERIFY(update.contacts == holding.contacts);
    QVERIFY(update.headline.isEmpty());
    QVERIFY(update.body.isEmpty());
    QCOMPARE(update.workflow.state, WorkflowState::Draft);
    QCOMPARE(update.dateline.date, QDate(2026, 11, 27));
}

QTEST_GUILESS_MAIN(TestRequiredFields)
#include "tst_requiredfields.moc"
