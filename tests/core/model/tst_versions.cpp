#include "compare/releasecomparison.h"
#include "model/releasedocument.h"
#include "project/contenthash.h"
#include "project/formatversion.h"
#include "project/projectfile.h"
#include "project/projectwriter.h"
#include "support/samplerelease.h"
#include "util/ziparchive.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace rd;
using Event = ReleaseVersion::Event;

// Versions of a release kept in its project: at each step of the review, and when someone saves
// one; restored as an undoable edit; stored sharing the release's files.
class TestVersions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachReviewStepKeepsAVersion();
    void savingAVersionKeepsTheContentAsItStands();
    void undoTakesTheVersionBack();
    void restoringIsAnUndoableEdit();
    void restoringWithdrawsTheApproval();
    void versionsAreNotContent();
    void versionsRoundTripThroughTheFile();
    void versionsShareTheReleasesFiles();
    void aFileOnlyAVersionUsesNeedsANewReader();

private:
    static const QDateTime when;
};

const QDateTime TestVersions::when(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);

void TestVersions::eachReviewStepKeepsAVersion()
{
    ReleaseDocument document(test::sampleDraftToApprove());
    const qsizetype before = document.release().versions.size();
    QSignalSpy changed(&document, &ReleaseDocument::versionsChanged);
    document.requestReview(QStringLiteral("Jo Tane"), when);
    document.approve(
        QStringLiteral("Sam Rivera"), when.addSecs(600), contentSha256(document.release()));
    IssueRecord issue;
    issue.issuedAt = when.addSecs(1200);
    issue.issuedBy = QStringLiteral("Sam Rivera");
    issue.format = QStringLiteral("pdf");
    document.recordIssue(issue);

    const QList<ReleaseVersion> &versions = document.release().versions;
    QCOMPARE(versions.size(), before + 3);
    QCOMPARE(versions.at(before).event, Event::ReviewRequested);
    QCOMPARE(versions.at(before).by, QStringLiteral("Jo Tane"));
    QCOMPARE(versions.at(before + 1).event, Event::Approved);
    QCOMPARE(versions.at(before + 1).at, when.addSecs(600));
    QCOMPARE(versions.at(before + 2).event, Event::Issued);
    QCOMPARE(changed.size(), 3);
    for (qsizetype i = before; i < versions.size(); ++i) {
        QVERIFY(*versions.at(i).content == contentOf(document.release()));
        QVERIFY(versions.at(i).content->versions.isEmpty());
        QCOMPARE(versions.at(i).content->workflow.state, WorkflowState::Draft);
    }
    // Each step and its version are one undo step.
    QCOMPARE(document.undoStack()->count(), 3);
}

void TestVersions::savingAVersionKeepsTheContentAsItStands()
{
    ReleaseDocument document(test::sampleDraftToApprove());
    document.saveVersion(QStringLiteral("  Before legal's changes "), QStringLiteral("Jo"), when);
    const QString kept = document.release().headline;
    document.setField({Field::Headline, {}}, QStringLiteral("A new headline"));
    const ReleaseVersion &version = document.release().versions.last();
    QCOMPARE(version.label, QStringLiteral("Before legal's changes"));
    QCOMPARE(version.event, Event::Saved);
    QCOMPARE(version.content->headline, kept);
    QVERIFY(!version.id.isEmpty());
}

void TestVersions::undoTakesTheVersionBack()
{
    ReleaseDocument document(test::sampleDraftToApprove());
    const qsizetype before = document.release().versions.size();
    document.saveVersion(QStringLiteral("Kept"), QStringLiteral("Jo"), when);
    QCOMPARE(document.release().versions.size(), before + 1);
    document.undoStack()->undo();
    QCOMPARE(document.release().versions.size(), before);
    document.undoStack()->redo();
    QCOMPARE(document.release().versions.last().label, QStringLiteral("Kept"));
}

void TestVersions::restoringIsAnUndoableEdit()
{
    ReleaseDocument document(test::sampleDraftToApprove());
    document.saveVersion(QStringLiteral("Kept"), QStringLiteral("Jo"), when);
    const Release kept = contentOf(document.release());
    document.setField({Field::Headline, {}}, QStringLiteral("Changed"));
    document.removeItem(Collection::Quotes, document.release().quotes.first().id);
    const Release edited = contentOf(document.release());

    QSignalSpy reset(&document, &ReleaseDocument::releaseReset);
    QVERIFY(document.restoreVersion(document.release().versions.last().id));
    QVERIFY(contentOf(document.release()) == kept);
    QVERIFY(compareReleases(kept, document.release()).isEmpty());
    QCOMPARE(reset.size(), 1); // the views show the restored content
    // What happened to the release stays: the version is still there.
    QCOMPARE(document.release().versions.last().label, QStringLiteral("Kept"));

    document.undoStack()->undo();
    QVERIFY(contentOf(document.release()) == edited);
    QVERIFY(!document.restoreVersion(QStringLiteral("no-such-version")));
}

void TestVersions::restoringWithdrawsTheApproval()
{
    ReleaseDocument document(test::sampleDraftToApprove());
    document.saveVersion(QStringLiteral("Kept"), QStringLiteral("Jo"), when);
    document.setField({Field::Headline, {}}, QStringLiteral("Changed before approval"));
    document.approve(QStringLiteral("Sam"), when, contentSha256(document.release()));
    QVERIFY(document.restoreVersion(document.release().versions.first().id));
    QCOMPARE(document.release().workflow.state, WorkflowState::Draft);
    QCOMPARE(document.release().workflow.history.last().kind, WorkflowEvent::Kind::WithdrawnByEdit);
}

void TestVersions::versionsAreNotContent()
{
    ReleaseDocument document(test::sampleDraftToApprove());
    document.approve(QStringLiteral("Sam"), when, contentSha256(document.release()));
    const QString approved = contentSha256(document.release());
    document.saveVersion(QStringLiteral("For the record"), QStringLiteral("Sam"), when);
    QCOMPARE(document.release().workflow.state, WorkflowState::Approved);
    QCOMPARE(contentSha256(document.release()), approved);
}

void TestVersions::versionsRoundTripThroughTheFile()
{
    ReleaseDocument document(test::sampleDraftToApprove());
    document.saveVersion(QStringLiteral("One"), QStringLiteral("Jo"), when);
    document.setField({Field::Headline, {}}, QStringLiteral("Two"));
    document.requestReview(QStringLiteral("Jo"), when.addSecs(60));
    Result<QByteArray> bytes = projectBytes(document.release());
    QVERIFY(bytes.ok());
    Result<LoadedRelease> loaded = readProject(bytes.value());
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QVERIFY(loaded->release.versions == document.release().versions);
    QCOMPARE(loaded->release.versions.last().content->headline, QStringLiteral("Two"));
}

void TestVersions::versionsShareTheReleasesFiles()
{
    // Fifty versions of a release with a 20 MB attachment take little more room than one.
    Release release = test::sampleDraftToApprove();
    Attachment large;
    large.id = QStringLiteral("large");
    large.fileName = QStringLiteral("footage.bin");
    large.mediaType = QStringLiteral("application/octet-stream");
    QByteArray noise(20 * 1024 * 1024, Qt::Uninitialized);
    quint32 state = 2026;
    for (char &byte : noise) { // incompressible, as video is
        state = state * 1664525u + 1013904223u;
        byte = char(state >> 24);
    }
    large.file = EmbeddedFile::fromData(noise);
    release.attachments.append(large);
    ReleaseDocument document(release);
    const qsizetype one = projectBytes(document.release()).value().size();
    for (int i = 0; i < 50; ++i) {
        document.setField({Field::Headline, {}}, QStringLiteral("Headline %1").arg(i));
        document.saveVersion(QStringLiteral("Version %1").arg(i), QStringLiteral("Jo"), when);
    }
    const QByteArray fifty = projectBytes(document.release()).value();
    QVERIFY2(fifty.size() < one + one / 20,
        qPrintable(QStringLiteral("%1 bytes against %2").arg(fifty.size()).arg(one)));
    // And read back, the versions hold the attachment's bytes once.
    Result<LoadedRelease> loaded = readProject(fifty);
    QVERIFY(loaded.ok());
    const QByteArray &current = loaded->release.attachments.last().file.data();
    const QList<ReleaseVersion> saved = loaded->release.versions.last(50);
    for (const ReleaseVersion &version : saved)
        QVERIFY(version.content->attachments.last().file.data().constData() == current.constData());
}

void TestVersions::aFileOnlyAVersionUsesNeedsANewReader()
{
    const auto minReaderVersion = [](const QByteArray &project) {
        ZipArchiveReader zip;
        zip.open(project);
        return QJsonDocument::fromJson(zip.read(format::manifestEntry, 1 << 24).value())
            .object()
            .value(QStringLiteral("minReaderVersion"))
            .toInt();
    };
    ReleaseDocument document(test::sampleReleaseInOneLanguage());
    document.saveVersion(QStringLiteral("With both attachments"), QStringLiteral("Jo"), when);
    const int before = minReaderVersion(projectBytes(document.release()).value());
    QVERIFY(before < format::firstVersionWithVersions);

    // Once the release no longer has a file its version uses, an earlier reader, which keeps
    // versions as an unknown key but not the files only they use, would lose that file.
    // (The photo's bytes are also the police logo's, so the statement is what goes.)
    document.removeItem(Collection::Attachments, document.release().attachments.first().id);
    const QByteArray project = projectBytes(document.release()).value();
    QCOMPARE(minReaderVersion(project), format::firstVersionWithVersions);
    Result<LoadedRelease> loaded = readProject(project);
    QVERIFY(loaded.ok());
    const Release &version = *loaded->release.versions.last().content;
    QCOMPARE(version.attachments.size(), loaded->release.attachments.size() + 1);
    QCOMPARE(version.attachments.first().file, test::sampleRelease().attachments.first().file);
}

QTEST_GUILESS_MAIN(TestVersions)
#include "tst_versions.moc"
