#include "main/approvalbanner.h"
#include "model/version.h"
#include "project/projectfile.h"
#include "review/commentspanel.h"
#include "review/comparisonpanel.h"
#include "review/pagesviewer.h"
#include "review/reviewcontroller.h"
#include "review/versionspanel.h"
#include "support/pdftext.h"
#include "support/samplerelease.h"
#include "testwindow.h"
#include "useridentity.h"

#include <QAction>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace rd;

namespace {

QPushButton *buttonIn(QWidget *parent, const QString &text)
{
    for (QPushButton *button : parent->findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Two people reviewing a release through its file: comments, versions, what changed since the
// approval, and a colleague's copy compared and merged, all through the window.
class TestReviewing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareWidgetTests(); }
    void init() { QSettings().remove(QStringLiteral("user/name")); }
    void commentOnSelectedWordsAskingTheNameOnce();
    void replyAndResolveInThePanel();
    void approvalAsksWhileCommentsAreOpen();
    void changesSinceApprovalFromTheBanner();
    void saveViewAndRestoreAVersion();
    void compareAndMergeAColleaguesCopy();
    void exportsOfTheReview();
};

void TestReviewing::commentOnSelectedWordsAskingTheNameOnce()
{
    test::TestWindow w(test::sampleDraftToApprove());
    w.editor()->focusField({Field::Headline, {}});
    auto *headline = w.window->findChild<QLineEdit *>(fieldId(Field::Headline));
    QVERIFY(headline && headline->hasFocus());
    headline->setSelection(0, 4);
    const QString words = headline->selectedText();

    w.prompts->texts.enqueue(QStringLiteral("Is this the word legal agreed?"));
    w.prompts->texts.enqueue(QStringLiteral("Mere Tane"));
    QVERIFY(w.window->review()->addComment());
    const Comment &comment = w.document()->release().comments.last();
    QCOMPARE(comment.field, (FieldKey {Field::Headline, {}}));
    QCOMPARE(comment.start, 0);
    QCOMPARE(comment.length, 4);
    QCOMPARE(comment.quoted, words);
    QCOMPARE(comment.author, QStringLiteral("Mere Tane"));
    QCOMPARE(comment.text, QStringLiteral("Is this the word legal agreed?"));
    QVERIFY(w.window->review()->dock()->isVisible());
    QCOMPARE(w.window->review()->commentsPanel()->currentCommentId(), comment.id);
    // Beside the field: a mark whose tooltip gives the comment, and which opens it.
    QAction *marker = headline->findChild<QAction *>(QStringLiteral("commentMarker"));
    QVERIFY(marker);
    QVERIFY(marker->toolTip().contains(QStringLiteral("Mere Tane: Is this the word")));
    w.window->review()->dock()->hide();
    marker->trigger();
    QVERIFY(w.window->review()->dock()->isVisible());

    // The name is asked for once; a comment on a whole field of a list's item.
    w.editor()->focusField({Field::QuoteSpeaker, QStringLiteral("quote-1")});
    w.prompts->texts.enqueue(QStringLiteral("Check her title"));
    QVERIFY(w.window->review()->addComment());
    QVERIFY2(w.prompts->unexpected.isEmpty(), qPrintable(w.prompts->unexpected.join(u',')));
    const Comment &second = w.document()->release().comments.last();
    QCOMPARE(second.field, (FieldKey {Field::QuoteSpeaker, QStringLiteral("quote-1")}));
    QCOMPARE(second.start, -1);
    QCOMPARE(second.author, QStringLiteral("Mere Tane"));
    // Commenting is not editing: a comment leaves the content, and so any approval, alone.
    QCOMPARE(contentOf(w.document()->release()), contentOf(test::sampleDraftToApprove()));

    // Nowhere to comment: said, nothing asked.
    w.window->review()->dock()->setFocus();
    w.prompts->warnings.clear();
    QVERIFY(!w.window->review()->addComment());
    QCOMPARE(w.prompts->warnings.size(), 1);
}

void TestReviewing::replyAndResolveInThePanel()
{
    setUserName(QStringLiteral("Jo Tane"));
    test::TestWindow w(test::sampleReleaseInOneLanguage());
    CommentsPanel *panel = w.window->review()->commentsPanel();
    // The release arrives with an open comment: the status bar counts it, and opens the panel.
    auto *count = w.window->findChild<QToolButton *>(QStringLiteral("openComments"));
    QVERIFY(count && count->isVisible());
    QCOMPARE(count->text(), QStringLiteral("1 open comments")); // no plural forms in the test
    QVERIFY(!w.window->review()->dock()->isVisible());
    QTest::mouseClick(count, Qt::LeftButton);
    QVERIFY(w.window->review()->dock()->isVisible());
    panel->setCurrentComment(QStringLiteral("comment-2"));
    QCOMPARE(panel->currentCommentId(), QStringLiteral("comment-2"));
    QTest::keyClicks(panel->replyEdit(), QStringLiteral("Now Inspector; updated."));
    QTest::mouseClick(buttonIn(panel, QStringLiteral("&Reply")), Qt::LeftButton);
    const auto commentWithId = [&w](const QString &id) {
        for (const Comment &comment : w.document()->release().comments) {
            if (comment.id == id)
                return comment;
        }
        return Comment {};
    };
    QCOMPARE(commentWithId(QStringLiteral("comment-2")).replies.size(), 1);
    QCOMPARE(commentWithId(QStringLiteral("comment-2")).replies.first().author,
        QStringLiteral("Jo Tane"));
    QVERIFY(panel->replyEdit()->toPlainText().isEmpty());
    QVERIFY(panel->findChild<QPlainTextEdit *>(QStringLiteral("commentThread"))
                ->toPlainText()
                .contains(QStringLiteral("Now Inspector; updated.")));

    QTest::mouseClick(buttonIn(panel, QStringLiteral("Re&solve")), Qt::LeftButton);
    QVERIFY(commentWithId(QStringLiteral("comment-2")).resolved);
    QCOMPARE(commentWithId(QStringLiteral("comment-2")).resolvedBy, QStringLiteral("Jo Tane"));
    QCOMPARE(openCommentCount(w.document()->release()), 0);
    QVERIFY(!count->isVisible());
    // Nothing open, nothing marked beside the fields.
    QVERIFY(w.window->findChildren<QAction *>(QStringLiteral("commentMarker")).isEmpty());
    // Still approved: comments are not content.
    QCOMPARE(w.document()->release().workflow.state, WorkflowState::Approved);
    // Undo reopens it.
    w.document()->undoStack()->undo();
    QVERIFY(!commentWithId(QStringLiteral("comment-2")).resolved);
}

void TestReviewing::approvalAsksWhileCommentsAreOpen()
{
    setUserName(QStringLiteral("Alex Officer"));
    Release release = test::sampleDraftToApprove();
    release.comments.last().resolved = false;
    test::TestWindow w(release);
    w.editor()->showStep(Step::Review);
    QVERIFY(w.window->findChild<QLabel *>()); // the page is built
    bool countShown = false;
    for (QLabel *label : w.window->findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("comments still open")))
            countShown = true;
    }
    QVERIFY(countShown);

    w.prompts->proceedAnswers.enqueue(false);
    QTest::mouseClick(w.button(QStringLiteral("Approve…")), Qt::LeftButton);
    QCOMPARE(w.prompts->proceedQuestions.size(), 1);
    QVERIFY(w.prompts->proceedQuestions.first().contains(QStringLiteral("1 comment")));
    QCOMPARE(w.document()->release().workflow.state, WorkflowState::Draft);

    w.prompts->proceedAnswers.enqueue(true);
    w.prompts->texts.enqueue(QStringLiteral("Sam Rivera"));
    QTest::mouseClick(w.button(QStringLiteral("Approve…")), Qt::LeftButton);
    QCOMPARE(w.document()->release().workflow.state, WorkflowState::Approved);
}

void TestReviewing::changesSinceApprovalFromTheBanner()
{
    setUserName(QStringLiteral("Alex Officer"));
    test::TestWindow w(test::sampleDraftToApprove());
    w.prompts->texts.enqueue(QStringLiteral("Sam Rivera"));
    w.editor()->showStep(Step::Review);
    QTest::mouseClick(w.button(QStringLiteral("Approve…")), Qt::LeftButton);
    QCOMPARE(w.document()->release().workflow.state, WorkflowState::Approved);

    const QString edited = w.document()->release().headline + QStringLiteral(" overnight");
    w.document()->setField({Field::Headline, {}}, edited);
    auto *banner = w.window->findChild<ApprovalBanner *>();
    QVERIFY(banner->isVisible());
    QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("showChangesSinceApproval")),
        Qt::LeftButton);
    ComparisonPanel *changes = w.window->review()->comparisonPanel();
    QVERIFY(changes->isVisible());
    QCOMPARE(changes->differences().size(), 1);
    QCOMPARE(changes->differences().first().key.field, Field::Headline);
    QVERIFY(changes->detail()->toPlainText().contains(QStringLiteral("overnight")));
    // Only the approver's reading list: no merging here.
    QVERIFY(!buttonIn(changes, QStringLiteral("&Take Theirs"))->isVisible());

    // It follows the edits.
    w.document()->setField({Field::Subheadline, {}}, QStringLiteral("A new line"));
    QTRY_COMPARE(changes->differences().size(), 2);
}

void TestReviewing::saveViewAndRestoreAVersion()
{
    setUserName(QStringLiteral("Alex Officer"));
    test::TestWindow w(test::sampleDraftToApprove());
    const QString original = w.document()->release().headline;
    w.prompts->texts.enqueue(QStringLiteral("Before legal"));
    QVERIFY(w.window->review()->saveVersion());
    const ReleaseVersion &saved = w.document()->release().versions.last();
    QCOMPARE(saved.label, QStringLiteral("Before legal"));
    QCOMPARE(saved.by, QStringLiteral("Alex Officer"));

    VersionsPanel *versions = w.window->review()->versionsPanel();
    QVERIFY(versions->isVisible());
    QCOMPARE(versions->list()->topLevelItem(0)->text(0), QStringLiteral("Before legal (Saved)"));
    versions->setCurrentVersion(saved.id);

    w.document()->setField({Field::Headline, {}}, QStringLiteral("Rewritten by legal"));
    // Viewed read-only, as it prints.
    w.window->review()->viewVersion(saved.id);
    QDialog *viewer = w.window->findChild<QDialog *>(QStringLiteral("pagesViewer"));
    QVERIFY(viewer && viewer->isVisible());
    viewer->close();
    // Compared with the release as it stands.
    QTest::mouseClick(buttonIn(versions, QStringLiteral("&Compare with Current")), Qt::LeftButton);
    QCOMPARE(w.window->review()->comparisonPanel()->differences().size(), 1);
    // Restored as an undoable edit.
    QTest::mouseClick(buttonIn(versions, QStringLiteral("R&estore")), Qt::LeftButton);
    QCOMPARE(w.document()->release().headline, original);
    w.document()->undoStack()->undo();
    QCOMPARE(w.document()->release().headline, QStringLiteral("Rewritten by legal"));

    // Two kept versions compared with each other, the earlier first whichever is chosen first.
    w.prompts->texts.enqueue(QStringLiteral("After legal"));
    QVERIFY(w.window->review()->saveVersion());
    versions->list()->clearSelection();
    for (int i = 0; i < 2; ++i)
        versions->list()->topLevelItem(i)->setSelected(true);
    QCOMPARE(versions->selectedVersionIds().size(), 2);
    QPushButton *compareTwo = buttonIn(versions, QStringLiteral("&Compare the Two"));
    QVERIFY(compareTwo && compareTwo->isEnabled());
    QTest::mouseClick(compareTwo, Qt::LeftButton);
    ComparisonPanel *changes = w.window->review()->comparisonPanel();
    QCOMPARE(changes->differences().size(), 1);
    QCOMPARE(changes->differences().first().before, original);
    QCOMPARE(changes->differences().first().after, QStringLiteral("Rewritten by legal"));
    QVERIFY(changes->title().contains(QStringLiteral("Before legal")));
    // Editing the release changes neither of them.
    w.document()->setField({Field::Subheadline, {}}, QStringLiteral("Later still"));
    QTest::qWait(400);
    QCOMPARE(changes->differences().size(), 1);
}

void TestReviewing::compareAndMergeAColleaguesCopy()
{
    setUserName(QStringLiteral("Alex Officer"));
    QTemporaryDir folder;
    Release theirs = test::sampleDraftToApprove();
    theirs.headline = QStringLiteral("Colleague's headline");
    theirs.body.blocks.removeLast();
    theirs.contacts.removeFirst();
    const QString path = folder.filePath(QStringLiteral("colleague.releasedesk"));
    QVERIFY(saveProject(theirs, path));

    test::TestWindow w(test::sampleDraftToApprove());
    w.prompts->fileNames.enqueue(path);
    QVERIFY(w.window->review()->compareWithFile());
    ComparisonPanel *changes = w.window->review()->comparisonPanel();
    QVERIFY(changes->differences().size() >= 3);

    // One difference taken: the headline.
    for (int i = 0; i < changes->list()->topLevelItemCount(); ++i) {
        if (changes->differences().at(i).key.field == Field::Headline)
            changes->list()->setCurrentItem(changes->list()->topLevelItem(i));
    }
    QTest::mouseClick(buttonIn(changes, QStringLiteral("&Take Theirs")), Qt::LeftButton);
    QCOMPARE(w.document()->release().headline, QStringLiteral("Colleague's headline"));
    const qsizetype left = changes->differences().size();
    QVERIFY(left >= 2);

    // The redline, shown and printed: laid out again for the printer's paper.
    w.window->review()->showRedline();
    auto *viewer = w.window->findChild<PagesViewer *>();
    QVERIFY(viewer && viewer->isVisible());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    printer.setOutputFileName(folder.filePath(QStringLiteral("redline-printed.pdf")));
    QVERIFY(viewer->printTo(&printer));
    const test::PdfReader printed(readAll(printer.outputFileName()));
    QVERIFY(printed.isValid());
    QCOMPARE(printed.pageSizePoints(0).toSize(), QSize(612, 792));
    const QString printedText = printed.text().simplified();
    QVERIFY2(
        printedText.contains(QStringLiteral("Changes from this release to colleague.releasedesk")),
        qPrintable(printedText.left(400)));
    viewer->close();

    // The rest at once, as one undo step.
    const int steps = w.document()->undoStack()->count();
    QTest::mouseClick(buttonIn(changes, QStringLiteral("Take &All Theirs")), Qt::LeftButton);
    QVERIFY(changes->differences().isEmpty());
    QCOMPARE(contentOf(w.document()->release()), contentOf(loadProject(path)->release));
    QCOMPARE(w.document()->undoStack()->count(), steps + 1);
    w.document()->undoStack()->undo();
    QTRY_COMPARE(changes->differences().size(), left);
}

void TestReviewing::exportsOfTheReview()
{
    setUserName(QStringLiteral("Alex Officer"));
    QTemporaryDir folder;
    test::TestWindow w(test::sampleReleaseInOneLanguage());
    const QString reviewCopy = folder.filePath(QStringLiteral("review.pdf"));
    w.prompts->fileNames.enqueue(reviewCopy);
    QVERIFY(w.window->review()->exportReviewCopy());
    QVERIFY(readAll(reviewCopy).startsWith("%PDF-"));

    // Nothing to export before something is compared.
    QVERIFY(!w.window->review()->exportRedline());
    w.document()->setField({Field::Headline, {}}, QStringLiteral("A later headline"));
    w.window->review()->compareWithVersion(w.document()->release().versions.first().id);
    const QString redline = folder.filePath(QStringLiteral("redline.pdf"));
    w.prompts->fileNames.enqueue(redline);
    QVERIFY(w.window->review()->exportRedline());
    QVERIFY(readAll(redline).startsWith("%PDF-"));
    const QString summary = folder.filePath(QStringLiteral("changes.txt"));
    w.prompts->fileNames.enqueue(summary);
    QVERIFY(w.window->review()->exportChangeSummary());
    const QString text = QString::fromUtf8(readAll(summary));
    QVERIFY2(text.contains(QStringLiteral("headline: changed")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("A later headline")));
    QVERIFY2(w.prompts->unexpected.isEmpty(), qPrintable(w.prompts->unexpected.join(u',')));
}

QTEST_MAIN(TestReviewing)
#include "tst_reviewing.moc"
