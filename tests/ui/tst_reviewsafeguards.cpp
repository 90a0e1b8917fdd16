#include "editor/checklist.h"
#include "editor/reviewpage.h"
#include "form/sensitivitypanel.h"
#include "support/checking.h"
#include "testwindow.h"
#include "useridentity.h"

#include <QCheckBox>
#include <QListWidget>
#include <QUndoStack>

using namespace rd;

namespace {

// Dated today: the window checks at the real moment.
Release releaseAboutADeath()
{
    Release release = test::releaseAboutADeath();
    release.dateline.date = QDate::currentDate();
    return release;
}

QListWidgetItem *itemSaying(QListWidget *list, const QString &text)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().contains(text))
            return list->item(row);
    }
    return nullptr;
}

} // namespace

// The safeguards of a sensitive release and the warnings let stand, as the officer and the
// approver meet them on the Review & Export step.
class TestReviewSafeguards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareWidgetTests(); }
    void init() { setUserName(QStringLiteral("Aroha Ngata")); }
    void aMarkAsksForItsSafeguardsBeforeApproval();
    void aWarningLetStandIsShownToTheApprover();
};

void TestReviewSafeguards::aMarkAsksForItsSafeguardsBeforeApproval()
{
    test::TestWindow w(releaseAboutADeath());
    w.editor()->showStep(Step::Review);
    auto *panel = w.window->findChild<SensitivityPanel *>();
    QVERIFY(panel);
    QCOMPARE(w.window->findChildren<QPushButton *>(QStringLiteral("Confirm…")).size(), 0);

    QTest::mouseClick(panel->matterBox(SensitiveMatter::Death), Qt::LeftButton);
    QVERIFY(w.document()->release().sensitivity.concerns(SensitiveMatter::Death));
    QTRY_VERIFY(itemSaying(w.editor()->reviewPage()->checklist()->list(),
        QStringLiteral("confirm \"next of kin told\"")));

    // Approval names what is missing, and asks no name while it is.
    QTest::mouseClick(w.button(QStringLiteral("Approve…")), Qt::LeftButton);
    QCOMPARE(w.prompts->warnings.size(), 1);
    QVERIFY2(w.prompts->warnings.last().contains(QStringLiteral("name release cleared")),
        qPrintable(w.prompts->warnings.last()));
    QCOMPARE(w.document()->release().workflow.state, WorkflowState::Draft);

    // Confirming records who and when; the prompt says what is being confirmed.
    const auto confirmButtons = [panel] {
        QList<QPushButton *> confirms;
        for (QPushButton *button : panel->findChildren<QPushButton *>()) {
            if (button->isVisible() && button->text() == QStringLiteral("Confirm…"))
                confirms.append(button);
        }
        return confirms;
    };
    QTRY_COMPARE(confirmButtons().size(), 2);
    w.prompts->texts.enqueue(QStringLiteral("Det Sgt Aroha Ngata"));
    QTest::mouseClick(confirmButtons().first(), Qt::LeftButton);
    QVERIFY(w.prompts->textLabels.last().contains(QStringLiteral("next of kin have been told")));
    QCOMPARE(w.prompts->textInitials.last(), QStringLiteral("Aroha Ngata"));
    const SafeguardConfirmation *told
        = w.document()->release().sensitivity.confirmationOf(Safeguard::NextOfKinTold);
    QVERIFY(told);
    QCOMPARE(told->by, QStringLiteral("Det Sgt Aroha Ngata"));
    QVERIFY(told->at.secsTo(QDateTime::currentDateTimeUtc()) < 60);

    QTRY_COMPARE(confirmButtons().size(), 1);
    w.prompts->texts.enqueue(QStringLiteral("Det Sgt Aroha Ngata"));
    QTest::mouseClick(confirmButtons().first(), Qt::LeftButton);
    QVERIFY(w.document()->release().sensitivity.missingSafeguards().isEmpty());

    w.prompts->texts.enqueue(QStringLiteral("Sam Rivera"));
    QTest::mouseClick(w.button(QStringLiteral("Approve…")), Qt::LeftButton);
    QCOMPARE(w.document()->release().workflow.state, WorkflowState::Approved);

    // The history lists the confirmations beside the approval.
    auto *history = w.window->findChild<QListWidget *>(QStringLiteral("issueLog"));
    QVERIFY(itemSaying(history, QStringLiteral("\"next of kin told\" confirmed by Det Sgt")));
    QVERIFY(itemSaying(history, QStringLiteral("\"name release cleared\" confirmed by Det Sgt")));
}

void TestReviewSafeguards::aWarningLetStandIsShownToTheApprover()
{
    Release release = releaseAboutADeath();
    release.headline += QLatin1Char('.');
    test::TestWindow w(release);
    w.editor()->showStep(Step::Review);
    Checklist *checklist = w.editor()->reviewPage()->checklist();
    QListWidgetItem *fullStop = itemSaying(checklist->list(), QStringLiteral("full stop"));
    QVERIFY(fullStop);
    QPushButton *letStand = w.button(QStringLiteral("Let Stand…"));
    QVERIFY(!letStand->isEnabled());
    checklist->list()->setCurrentItem(fullStop);
    QVERIFY(letStand->isEnabled());

    w.prompts->texts.enqueue(QStringLiteral("The family's statement ends the headline"));
    QTest::mouseClick(letStand, Qt::LeftButton);
    QCOMPARE(w.document()->release().acknowledgements.size(), 1);
    QCOMPARE(w.document()->release().acknowledgements.first().by, QStringLiteral("Aroha Ngata"));
    // It moves to its own group, with who let it stand and why, and stays selected.
    QVERIFY(itemSaying(checklist->list(), QStringLiteral("Warnings let stand, for the approver")));
    QListWidgetItem *moved = itemSaying(checklist->list(), QStringLiteral("full stop"));
    QVERIFY(moved->text().contains(QStringLiteral("Let stand by Aroha Ngata")));
    QVERIFY(moved->text().contains(QStringLiteral("The family's statement ends the headline")));
    QCOMPARE(checklist->list()->currentItem(), moved);
    QVERIFY(w.button(QStringLiteral("Withdraw Acknowledgement"))->isEnabled());
    QCOMPARE(w.document()->release().workflow.state, WorkflowState::Draft);

    // An error cannot be let stand: the button is off for it.
    w.document()->setField({Field::Headline, {}}, QString());
    QTRY_VERIFY(itemSaying(checklist->list(), QStringLiteral("Write the headline")));
    checklist->list()->setCurrentItem(itemSaying(checklist->list(), QStringLiteral("Write the")));
    QVERIFY(!letStand->isEnabled());
    w.document()->undoStack()->undo();
    QTRY_VERIFY(!itemSaying(checklist->list(), QStringLiteral("Write the headline")));

    // The approver reads it where they give their name.
    w.prompts->texts.enqueue(QStringLiteral("Sam Rivera"));
    QTest::mouseClick(w.button(QStringLiteral("Approve…")), Qt::LeftButton);
    QVERIFY2(w.prompts->textLabels.last().contains(
                 QStringLiteral("let stand by Aroha Ngata: The family's statement")),
        qPrintable(w.prompts->textLabels.last()));
    QCOMPARE(w.document()->release().workflow.state, WorkflowState::Approved);

    // Withdrawing it is not an edit: the approval stands.
    QTRY_VERIFY(itemSaying(checklist->list(), QStringLiteral("full stop")));
    checklist->list()->setCurrentItem(itemSaying(checklist->list(), QStringLiteral("full stop")));
    QTest::mouseClick(w.button(QStringLiteral("Withdraw Acknowledgement")), Qt::LeftButton);
    QVERIFY(w.document()->release().acknowledgements.isEmpty());
    QCOMPARE(w.document()->release().workflow.state, WorkflowState::Approved);
}

QTEST_MAIN(TestReviewSafeguards)
#include "tst_reviewsafeguards.moc"
