#include "checks/approval.h"
#include "checks/findingplace.h"
#include "model/releasedocument.h"
#include "support/checking.h"

#include <QTest>

using namespace rd;

namespace {

Release releaseMarkedAsADeath()
{
    Release release = test::releaseAboutADeath();
    release.sensitivity = release.sensitivity.withMatter(SensitiveMatter::Death, true);
    return release;
}

const QDateTime confirmedAt(QDate(2026, 11, 25), QTime(22, 0), Qt::UTC);

} // namespace

// What stands between a sensitive release and its approval, and the warnings let stand.
class TestSafeguards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachMissingSafeguardIsAnError();
    void approvalWaitsForEverySafeguard();
    void withdrawingAConfirmationWithdrawsTheApproval();
    void wordsOfAnUnmarkedMatterArePointedAt_data();
    void wordsOfAnUnmarkedMatterArePointedAt();
    void onlyAWarningCanBeAcknowledged();
    void anAcknowledgementFollowsItsText();
};

void TestSafeguards::eachMissingSafeguardIsAnError()
{
    Release release = releaseMarkedAsADeath();
    QList<Finding> findings = test::findingsOf(release, QStringLiteral("sensitive"));
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).severity, Finding::Severity::Error);
    QCOMPARE(placeOf(release, findings.at(0)).field, QStringLiteral("sensitivity"));
    QVERIFY2(findings.at(0).message.contains(QStringLiteral("a death"))
            && findings.at(0).message.contains(QStringLiteral("next of kin told")),
        qPrintable(findings.at(0).message));

    // One safeguard that two matters need is asked for once, naming both.
    release.sensitivity = release.sensitivity.withMatter(SensitiveMatter::Arrest, true);
    findings = test::findingsOf(release, QStringLiteral("sensitive"));
    QCOMPARE(findings.size(), 3);
    QVERIFY2(findings.at(2).message.contains(QStringLiteral("a death and an arrest")),
        qPrintable(findings.at(2).message));

    release.sensitivity
        = release.sensitivity
              .confirmed({Safeguard::NextOfKinTold, QStringLiteral("Aroha Ngata"), confirmedAt, {}})
              .confirmed(
                  {Safeguard::NameReleaseCleared, QStringLiteral("Aroha Ngata"), confirmedAt, {}})
              .confirmed(
                  {Safeguard::NoSuppressionOrder, QStringLiteral("Sam Rivera"), confirmedAt, {}});
    QVERIFY(test::findingsOf(release, QStringLiteral("sensitive")).isEmpty());

    // Nothing marked, nothing asked.
    QVERIFY(test::findingsOf(
        test::releaseSaying(QStringLiteral("Harbour Road reopened.")), QStringLiteral("sensitive"))
                .isEmpty());
}

void TestSafeguards::approvalWaitsForEverySafeguard()
{
    ReleaseDocument document(releaseMarkedAsADeath());
    Status refused = approveRelease(document, QStringLiteral("Sam"), test::checkingMoment());
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("next of kin told"))
            && refused.error().message.contains(QStringLiteral("name release cleared")),
        qPrintable(refused.error().message));

    const Sensitivity halfway = document.release().sensitivity.confirmed(
        {Safeguard::NextOfKinTold, QStringLiteral("Aroha Ngata"), confirmedAt, {}});
    document.setField({Field::Sensitivity, {}}, QVariant::fromValue(halfway));
    refused = approveRelease(document, QStringLiteral("Sam"), test::checkingMoment());
    QVERIFY(!refused);
    QVERIFY(!refused.error().message.contains(QStringLiteral("next of kin told")));

    document.setField({Field::Sensitivity, {}},
        QVariant::fromValue(halfway.confirmed(
            {Safeguard::NameReleaseCleared, QStringLiteral("Aroha Ngata"), confirmedAt, {}})));
    QVERIFY(approveRelease(document, QStringLiteral("Sam"), test::checkingMoment()));
    QCOMPARE(document.release().workflow.state, WorkflowState::Approved);
}

void TestSafeguards::withdrawingAConfirmationWithdrawsTheApproval()
{
    Release release = releaseMarkedAsADeath();
    release.sensitivity
        = release.sensitivity
              .confirmed({Safeguard::NextOfKinTold, QStringLiteral("Aroha"), confirmedAt, {}})
              .confirmed({Safeguard::NameReleaseCleared, QStringLiteral("Aroha"), confirmedAt, {}});
    ReleaseDocument document(release);
    QVERIFY(approveRelease(document, QStringLiteral("Sam"), test::checkingMoment()));
    document.setField({Field::Sensitivity, {}},
        QVariant::fromValue(document.release().sensitivity.withdrawn(Safeguard::NextOfKinTold)));
    QCOMPARE(document.release().workflow.state, WorkflowState::Draft);
    QCOMPARE(document.release().workflow.history.last().kind, WorkflowEvent::Kind::WithdrawnByEdit);
}

void TestSafeguards::wordsOfAnUnmarkedMatterArePointedAt_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("flagged");

    const auto row = [](const char *name, const char *statement, const char *language,
                         std::initializer_list<const char *> flagged) {
        QStringList texts;
        for (const char *text : flagged)
            texts.append(QString::fromUtf8(text));
        QTest::newRow(name) << QString::fromUtf8(statement) << QString::fromUtf8(language) << texts;
    };
    row("a death", "A man has died after a crash on Harbour Road.", "en-NZ", {"died"});
    row("each matter once", "A man died. A second man died later. A teenager was arrested.",
        "en-NZ", {"died", "teenager", "arrested"});
    row("a court case", "The man will appear in the Kestrel Bay District Court on Friday.", "en-NZ",
        {"District Court"});
    row("charged", "Two men have been charged over the importation.", "en-AU", {"been charged"});
    row("a young person", "A 15-year-old was taken to hospital.", "en-GB", {"15-year-old"});
    row("a victim in French", "Les victimes sont invitées à porter plainte.", "fr-FR",
        {"victimes"});
    row("an arrest in Spanish", "Detenidas dos personas por estafa.", "es-ES", {"Detenidas"});
    row("a death in te reo Māori", "Kua mate tētahi tangata i te ara.", "mi-NZ", {"Kua mate"});
    // Statistics count many people, not a person the release concerns.
    row("a road toll", "This year 41 people died in crashes on the highway.", "en-AU", {});
    row("a battery charged", "The drone's battery was fully charged before the search.", "en-NZ",
        {});
    row("nothing sensitive", "Harbour Road has reopened after a slip.", "en-NZ", {});
}

void TestSafeguards::wordsOfAnUnmarkedMatterArePointedAt()
{
    QFETCH(QString, statement);
    QFETCH(QString, language);
    QFETCH(QStringList, flagged);
    Release release = test::releaseSaying(statement, language);
    QStringList texts;
    for (const Finding &finding : test::findingsOf(release, QStringLiteral("sensitive.unmarked"))) {
        QCOMPARE(finding.severity, Finding::Severity::Warning);
        texts.append(flaggedTextOf(release, finding));
    }
    QCOMPARE(texts, flagged);

    // Marked, the release asks for its safeguards instead.
    for (SensitiveMatter matter : allSensitiveMatters())
        release.sensitivity = release.sensitivity.withMatter(matter, true);
    QVERIFY(test::findingsOf(release, QStringLiteral("sensitive.unmarked")).isEmpty());
}

void TestSafeguards::onlyAWarningCanBeAcknowledged()
{
    Release release = releaseMarkedAsADeath();
    release.headline = QStringLiteral("Woman dies in State Highway 2 crash.");
    ReleaseDocument document(release);
    const QList<Finding> findings = test::findingsOf(release);
    const auto findingOf = [&](const QString &rule) {
        for (const Finding &finding : findings) {
            if (finding.rule == rule)
                return finding;
        }
        return Finding {};
    };
    const Finding fullStop = findingOf(QStringLiteral("headline.full-stop"));
    QCOMPARE(fullStop.severity, Finding::Severity::Warning);
    const Finding safeguard = findingOf(QStringLiteral("sensitive.safeguard"));

    QVERIFY(!acknowledgeFinding(document, safeguard, QStringLiteral("urgent"), QStringLiteral("Jo"),
        test::checkingMoment()));
    QVERIFY(!acknowledgeFinding(
        document, fullStop, QStringLiteral("  "), QStringLiteral("Jo"), test::checkingMoment()));
    QVERIFY(!acknowledgeFinding(
        document, fullStop, QStringLiteral("house"), QString(), test::checkingMoment()));
    QVERIFY(document.release().acknowledgements.isEmpty());

    QVERIFY(acknowledgeFinding(document, fullStop, QStringLiteral(" The client's headline style "),
        QStringLiteral("Jo Tane"), test::checkingMoment()));
    const Acknowledgement *given = acknowledgementOf(document.release(), fullStop);
    QVERIFY(given);
    QCOMPARE(given->reason, QStringLiteral("The client's headline style"));
    QCOMPARE(given->by, QStringLiteral("Jo Tane"));
    QCOMPARE(given->at, test::checkingMoment().toUTC());
    QVERIFY(!acknowledgementOf(document.release(), safeguard));

    withdrawAcknowledgement(document, fullStop);
    QVERIFY(!acknowledgementOf(document.release(), fullStop));
}

void TestSafeguards::anAcknowledgementFollowsItsText()
{
    // "utilise" let stand in a quoted phrase of the second paragraph, then a paragraph is added
    // before it: the acknowledgement still applies. When the word itself is edited away and
    // another banned word appears, the new one is not covered.
    Release release = test::releaseSaying(
        QStringLiteral("Kestrel Bay Police reopened Harbour Road on Wednesday 25 November.\n\n"
                       "The contractor said crews would \"utilise every hour of daylight\"."));
    ReleaseDocument document(release);
    const QList<Finding> banned = test::findingsOf(release, QStringLiteral("style.preferred"));
    QCOMPARE(banned.size(), 1);
    QVERIFY(acknowledgeFinding(document, banned.first(), QStringLiteral("the contractor's words"),
        QStringLiteral("Jo"), test::checkingMoment()));

    Release moved = document.release();
    moved.body = Body::fromPlainText(
        QStringLiteral("A new first paragraph.\n\n") + document.release().body.plainText());
    const QList<Finding> after = test::findingsOf(moved, QStringLiteral("style.preferred"));
    QCOMPARE(after.size(), 1);
    QCOMPARE(placeOf(moved, after.first()).field, QStringLiteral("body[2]"));
    QVERIFY(acknowledgementOf(moved, after.first()));

    moved.body = Body::fromPlainText(QStringLiteral("Crews will commence work at dawn."));
    const QList<Finding> other = test::findingsOf(moved, QStringLiteral("style.preferred"));
    QCOMPARE(other.size(), 1);
    QVERIFY(!acknowledgementOf(moved, other.first()));
}

QTEST_GUILESS_MAIN(TestSafeguards)
#include "tst_safeguards.moc"
