#include "editor/reviewpage.h"
#include "main/approvalbanner.h"
#include "render/fonts.h"
#include "support/samplerelease.h"
#include "testwindow.h"
#include "useridentity.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>

using namespace rd;

// Review and approval as a media unit runs them: who asked, who approved and when, never a silent
// loss of an approval.
class TestWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { setUserName(QStringLiteral("Alex Officer")); }
    void anEditAsksBeforeItWithdrawsTheApproval();
    void theApproverIsNeverOfferedTheRequestersName();
    void historyShowsEveryStep();
};

void TestWorkflow::initTestCase()
{
    test::prepareWidgetTests();
}

void TestWorkflow::anEditAsksBeforeItWithdrawsTheApproval()
{
    test::TestWindow w(test::sampleReleaseInOneLanguage());
    auto *banner = w.window->findChild<ApprovalBanner *>();
    QVERIFY(banner && !banner->isVisible());
    w.editor()->focusField({Field::Headline, {}});
    auto *headline = w.window->findChild<QLineEdit *>(fieldId(Field::Headline));

    // Cancel: the release stays approved and the field shows the approved headline.
    w.prompts->withdrawals.enqueue(false);
    headline->end(false);
    QTest::keyClicks(headline, QStringLiteral("!"));
    QCOMPARE(w.prompts->withdrawalQuestions.size(), 1);
    QVERIFY(w.prompts->withdrawalQuestions.first().contains(QStringLiteral("Sam Rivera approved")));
    QCOMPARE(w.document()->release(), test::sampleReleaseInOneLanguage());
    QCOMPARE(headline->text(), test::sampleReleaseInOneLanguage().headline);
    QVERIFY(!banner->isVisible());

    // Yes: one question, then the edit, a draft, and a banner that says what happened.
    w.prompts->withdrawals.enqueue(true);
    QTest::keyClicks(headline, QStringLiteral(" now"));
    QCOMPARE(w.prompts->withdrawalQuestions.size(), 2);
    QCOMPARE(w.document()->release().headline,
        test::sampleReleaseInOneLanguage().headline + QStringLiteral(" now"));
    QCOMPARE(w.document()->release().workflow.state, WorkflowState::Draft);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(
                 QStringLiteral("Approved by Sam Rivera — withdrawn by your edit at ")),
        qPrintable(banner->text()));
    const WorkflowEvent &withdrawal = w.document()->release().workflow.history.last();
    QCOMPARE(withdrawal.kind, WorkflowEvent::Kind::WithdrawnByEdit);
    QCOMPARE(withdrawal.by, QStringLiteral("Alex Officer"));
    QCOMPARE(withdrawal.approver, QStringLiteral("Sam Rivera"));
    // The earlier approval is still in the history.
    QCOMPARE(w.document()->release().workflow.history.at(1).kind, WorkflowEvent::Kind::Approved);

    // Undo brings the approval back, and the banner goes.
    w.document()->undoStack()->undo();
    QCOMPARE(w.document()->release().workflow.state, WorkflowState::Approved);
    QVERIFY(!banner->isVisible());
}

void TestWorkflow::theApproverIsNeverOfferedTheRequestersName()
{
    test::TestWindow w(test::sampleDraftToApprove());
    w.editor()->showStep(Step::Review);

    w.prompts->texts.enqueue(QStringLiteral("Alex Officer"));
    w.button(QStringLiteral("Request review…"))->setFocus();
    QTest::keyClick(w.button(QStringLiteral("Request review…")), Qt::Key_Space);
    // The keyboard moves on to the next step, not to whatever button is beside the one pressed.
    QCOMPARE(QApplication::focusWidget(), w.button(QStringLiteral("Approve…")));
    QCOMPARE(w.prompts->textInitials.last(), QStringLiteral("Alex Officer")); // your own name
    QCOMPARE(w.document()->release().workflow.reviewRequestedBy, QStringLiteral("Alex Officer"));
    QVERIFY(w.document()->release().workflow.reviewRequestedAt.isValid());

    // The same person at the same desk opens Approve: the box is empty, not their name.
    w.prompts->texts.enqueue(QStringLiteral("alex officer"));
    QTest::keyClick(w.button(QStringLiteral("Approve…")), Qt::Key_Space);
    QCOMPARE(QApplication::focusWidget(), w.button(QStringLiteral("Export…")));
    QCOMPARE(w.prompts->textInitials.last(), QString());
    // Approving one's own request is allowed, with a warning.
    QCOMPARE(w.prompts->warnings.size(), 1);
    QCOMPARE(w.document()->release().workflow.state, WorkflowState::Approved);
    // The requester is still named once it is approved.
    QCOMPARE(w.document()->release().workflow.reviewRequestedBy, QStringLiteral("Alex Officer"));
}

void TestWorkflow::historyShowsEveryStep()
{
    Release release = test::sampleReleaseInOneLanguage();
    test::TestWindow w(release);
    w.document()->setField({Field::Headline, {}}, QStringLiteral("Changed"));
    auto *history = w.window->findChild<QListWidget *>(QStringLiteral("issueLog"));
    QVERIFY(history);
    QStringList lines;
    for (int i = 0; i < history->count(); ++i)
        lines.append(history->item(i)->text());
    const QString all = lines.join(u'\n');
    // Newest first: the withdrawal, the issue, the approval, the request, the warning let stand
    // and the safeguards confirmed before it.
    QVERIFY2(lines.first().contains(
                 QStringLiteral("Approval by Sam Rivera withdrawn by an edit by Alex Officer")),
        qPrintable(all));
    QCOMPARE(lines.size(), 7);
    QVERIFY(lines.at(1).contains(QStringLiteral("PDF issued by Sam Rivera as KBP-2026-0412.pdf")));
    QVERIFY(lines.at(2).contains(QStringLiteral("Approved by Sam Rivera")));
    QVERIFY(lines.at(3).contains(QStringLiteral("Review requested by Jo Tane")));
    QVERIFY2(lines.at(4).contains(QStringLiteral("Warning let stand by Jo Tane")), qPrintable(all));
    QVERIFY(lines.at(4).contains(QStringLiteral("The notes go out with the release on the day.")));
    QVERIFY(
        lines.at(5).contains(QStringLiteral("\"consent or legal basis\" confirmed by Jo Tane")));
    QVERIFY(lines.last().contains(
        QStringLiteral("\"no suppression order applies\" confirmed by Jo Tane")));
}

QTEST_MAIN(TestWorkflow)
#include "tst_workflow.moc"
