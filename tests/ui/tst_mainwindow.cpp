#include "editor/editorview.h"
#include "editor/stepnavigator.h"
#include "form/bodyeditor.h"
#include "main/documentcontroller.h"
#include "main/mainwindow.h"
#include "model/releasedocument.h"
#include "project/projectfile.h"
#include "scriptedprompts.h"
#include "support/samplerelease.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QUndoStack>

using namespace rd;

namespace {

struct Window
{
    test::ScriptedPrompts *prompts;
    std::unique_ptr<MainWindow> window;

    Window()
    {
        auto owned = std::make_unique<test::ScriptedPrompts>();
        prompts = owned.get();
        window = std::make_unique<MainWindow>(std::move(owned));
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("window not exposed");
    }
    ReleaseDocument *document() const { return window->controller()->document(); }
    const Release &release() const { return document()->release(); }

    // The editor of a field, on its step's page, which is opened.
    template<typename Widget>
    Widget *field(const QString &id) const
    {
        for (int field = 0; field <= int(Field::ContactEmail); ++field) {
            if (fieldId(Field(field)) == id)
                window->editor()->showStep(stepOf(Field(field)));
        }
        auto *widget = window->findChild<Widget *>(id);
        if (!widget)
            qFatal("no editor for field %s", qPrintable(id));
        return widget;
    }
    QPushButton *button(const QString &text) const
    {
        for (QPushButton *candidate : window->findChildren<QPushButton *>()) {
            if (candidate->text() == text)
                return candidate;
        }
        qFatal("no button %s", qPrintable(text));
    }
    void type(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        QTest::keyClicks(widget, text);
    }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fillSaveCloseReopen();
    void undoKeysUndoTheModelAcrossFields();
    void unsavedChangesPrompt();
    void titleShowsFileAndModifiedMark();
    void damagedFileShowsErrorAndKeepsDocument();
    void approvalIsVisiblyWithdrawnByAnEdit();
    void markupInFieldsStaysPlain();
    void bodyShortcutsReachTheirActions();
    void pasteKeepsOnlyTheStatementsFormatting();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestMainWindow::fillSaveCloseReopen()
{
    const QString pdf = m_dir.filePath(QStringLiteral("statement.pdf"));
    {
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(test::samplePdf());
    }
    const QString path = m_dir.filePath(QStringLiteral("typed.releasedesk"));

    Window w;
    w.type(w.field<QLineEdit>(QStringLiteral("reference")), QStringLiteral("KBP-2026-9"));
    w.type(w.field<QLineEdit>(QStringLiteral("datelinePlace")), QStringLiteral("KESTREL BAY"));
    w.type(w.field<QLineEdit>(QStringLiteral("agencyName")), QStringLiteral("Kestrel Bay Police"));
    w.type(w.field<QPlainTextEdit>(QStringLiteral("agencyAbout")), QStringLiteral("We serve."));
    w.type(
        w.field<QLineEdit>(QStringLiteral("headline")), QStringLiteral("Wharf closed after spill"));
    w.type(w.field<QLineEdit>(QStringLiteral("subheadline")), QStringLiteral("Nobody hurt"));
    w.type(w.field<QTextEdit>(QStringLiteral("body")), QStringLiteral("First paragraph."));
    QTest::keyClick(w.field<QTextEdit>(QStringLiteral("body")), Qt::Key_Return);
    QTest::keyClicks(w.field<QTextEdit>(QStringLiteral("body")), QStringLiteral("Second."));

    w.button(QStringLiteral("Add quote"))->click();
    w.type(w.field<QPlainTextEdit>(QStringLiteral("quoteText")), QStringLiteral("Stay clear."));
    w.type(w.field<QLineEdit>(QStringLiteral("quoteSpeaker")), QStringLiteral("Anna Whitlock"));
    auto *speaksFor = w.field<QComboBox>(QStringLiteral("quoteAgency"));
    speaksFor->setCurrentIndex(1);
    Q_EMIT speaksFor->activated(1);

    w.prompts->fileNames.enqueue(pdf);
    w.button(QStringLiteral("Add attachment"))->click();
    w.type(w.field<QLineEdit>(QStringLiteral("attachmentCaption")), QStringLiteral("Full text"));

    w.button(QStringLiteral("Add media contact"))->click();
    w.type(w.field<QLineEdit>(QStringLiteral("contactName")), QStringLiteral("Media Centre"));
    w.type(w.field<QLineEdit>(QStringLiteral("contactEmail")), QStringLiteral("m@example.org"));
    w.type(
        w.field<QPlainTextEdit>(QStringLiteral("notesToEditors")), QStringLiteral("Background."));
    w.type(w.field<QLineEdit>(QStringLiteral("issuedBy")), QStringLiteral("Media Centre"));

    const Release &typed = w.release();
    QCOMPARE(typed.reference, QStringLiteral("KBP-2026-9"));
    QCOMPARE(typed.agencies.at(0).name, QStringLiteral("Kestrel Bay Police"));
    QCOMPARE(typed.headline, QStringLiteral("Wharf closed after spill"));
    QCOMPARE(typed.body.plainText(), QStringLiteral("First paragraph.\n\nSecond."));
    QCOMPARE(typed.quotes.size(), 1);
    QCOMPARE(typed.quotes.at(0).speaker, QStringLiteral("Anna Whitlock"));
    QCOMPARE(typed.quotes.at(0).agencyId, typed.agencies.at(0).id);
    QCOMPARE(typed.attachments.size(), 1);
    QCOMPARE(typed.attachments.at(0).fileName, QStringLiteral("statement.pdf"));
    QCOMPARE(typed.attachments.at(0).mediaType, QStringLiteral("application/pdf"));
    QCOMPARE(typed.attachments.at(0).caption, QStringLiteral("Full text"));
    QCOMPARE(typed.contacts.at(0).email, QStringLiteral("m@example.org"));
    QCOMPARE(typed.notesToEditors, QStringLiteral("Background."));

    w.prompts->fileNames.enqueue(path);
    QTest::keySequence(w.window.get(), QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    QVERIFY(!w.document()->isModified());
    QCOMPARE(w.window->controller()->filePath(), path);
    const Release saved = w.release();
    QVERIFY(w.window->close());
    QVERIFY(w.prompts->unexpected.isEmpty());

    Window reopened;
    QVERIFY(reopened.window->controller()->openFile(path));
    QVERIFY(reopened.release() == saved);
    QCOMPARE(reopened.field<QLineEdit>(QStringLiteral("headline"))->text(), saved.headline);
    QCOMPARE(reopened.field<QLineEdit>(QStringLiteral("quoteSpeaker"))->text(),
        QStringLiteral("Anna Whitlock"));
    QCOMPARE(reopened.window->findChild<BodyEditor *>()->body(), saved.body);
    QVERIFY(reopened.prompts->errors.isEmpty());
}

void TestMainWindow::undoKeysUndoTheModelAcrossFields()
{
    Window w;
    auto *headline = w.field<QLineEdit>(QStringLiteral("headline"));
    auto *place = w.field<QLineEdit>(QStringLiteral("datelinePlace"));
    w.type(headline, QStringLiteral("Headline"));
    w.type(place, QStringLiteral("WELLINGTON"));
    QCOMPARE(w.document()->undoStack()->count(), 2);

    // Ctrl+Z in the headline field undoes the dateline edit: the model's history, not the field's.
    headline->setFocus();
    QTest::keySequence(headline, QKeySequence::Undo);
    QCOMPARE(w.release().dateline.place, QString());
    QCOMPARE(w.release().headline, QStringLiteral("Headline"));
    QTest::keySequence(headline, QKeySequence::Redo);
    QCOMPARE(w.release().dateline.place, QStringLiteral("WELLINGTON"));
    w.prompts->saveChoices.enqueue(UserPrompts::SaveChoice::Discard);
}

void TestMainWindow::unsavedChangesPrompt()
{
    Window w;
    w.type(w.field<QLineEdit>(QStringLiteral("headline")), QStringLiteral("Unsaved"));

    w.prompts->saveChoices.enqueue(UserPrompts::SaveChoice::Cancel);
    QVERIFY(!w.window->close());
    QVERIFY(w.window->isVisible());

    const QString path = m_dir.filePath(QStringLiteral("prompted.releasedesk"));
    w.prompts->saveChoices.enqueue(UserPrompts::SaveChoice::Save);
    w.prompts->fileNames.enqueue(path);
    QVERIFY(w.window->close());
    QCOMPARE(loadProject(path).value().release.headline, QStringLiteral("Unsaved"));

    Window discarding;
    discarding.type(
        discarding.field<QLineEdit>(QStringLiteral("headline")), QStringLiteral("Thrown away"));
    discarding.prompts->saveChoices.enqueue(UserPrompts::SaveChoice::Discard);
    QVERIFY(discarding.window->close());
    QVERIFY(discarding.prompts->unexpected.isEmpty());
}

void TestMainWindow::titleShowsFileAndModifiedMark()
{
    Window w;
    QVERIFY(w.window->windowTitle().startsWith(QStringLiteral("Untitled")));
    QVERIFY(!w.window->isWindowModified());
    w.type(w.field<QLineEdit>(QStringLiteral("headline")), QStringLiteral("X"));
    QVERIFY(w.window->isWindowModified());
    const QString path = m_dir.filePath(QStringLiteral("titled.releasedesk"));
    QVERIFY(saveProject(w.release(), path).ok());
    QVERIFY(w.window->controller()->openFile(path));
    QVERIFY(w.window->windowTitle().startsWith(QStringLiteral("titled.releasedesk")));
    QVERIFY(!w.window->isWindowModified());
}

void TestMainWindow::damagedFileShowsErrorAndKeepsDocument()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.releasedesk"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("PK\x03\x04 and then nothing");
    file.close();

    Window w;
    w.type(w.field<QLineEdit>(QStringLiteral("headline")), QStringLiteral("Kept"));
    QVERIFY(!w.window->controller()->openFile(path));
    QCOMPARE(w.prompts->errors.size(), 1);
    QVERIFY(w.prompts->errors.at(0).startsWith(QStringLiteral("damaged.releasedesk: damaged")));
    QCOMPARE(w.release().headline, QStringLiteral("Kept"));
    w.prompts->saveChoices.enqueue(UserPrompts::SaveChoice::Discard);
}

void TestMainWindow::approvalIsVisiblyWithdrawnByAnEdit()
{
    Window w;
    // An empty release cannot be approved: its errors are listed instead.
    w.button(QStringLiteral("Approve…"))->click();
    QCOMPARE(w.release().workflow.state, WorkflowState::Draft);
    QCOMPARE(w.prompts->warnings.size(), 1);
    QVERIFY(w.prompts->warnings.at(0).contains(QStringLiteral("Write the headline.")));

    w.document()->reset(test::sampleDraftToApprove());
    w.prompts->texts.enqueue(QStringLiteral("Sam Rivera"));
    w.button(QStringLiteral("Approve…"))->click();
    QCOMPARE(w.release().workflow.state, WorkflowState::Approved);
    QCOMPARE(w.release().workflow.approver, QStringLiteral("Sam Rivera"));

    QLabel *workflowLabel = nullptr;
    for (QLabel *label : w.window->findChildren<QLabel *>()) {
        if (label->accessibleName() == QStringLiteral("Workflow state"))
            workflowLabel = label;
    }
    QVERIFY(workflowLabel);
    QVERIFY(workflowLabel->text().startsWith(QStringLiteral("Approved by Sam Rivera")));

    w.type(w.field<QLineEdit>(QStringLiteral("subheadline")), QStringLiteral("late edit"));
    QCOMPARE(w.release().workflow.state, WorkflowState::Draft);
    QVERIFY(workflowLabel->text().startsWith(QStringLiteral("Draft")));
    w.prompts->saveChoices.enqueue(UserPrompts::SaveChoice::Discard);
}

void TestMainWindow::markupInFieldsStaysPlain()
{
    Window w;
    const QString markup = QStringLiteral("<b>Police</b> appeal <img src=\"/etc/passwd\">");
    w.type(w.field<QLineEdit>(QStringLiteral("agencyName")), markup);
    QCOMPARE(w.release().agencies.at(0).name, markup);
    // The list shows the name as it was typed.
    bool shown = false;
    for (QListWidget *list : w.window->findChildren<QListWidget *>()) {
        for (int row = 0; row < list->count(); ++row)
            shown = shown || list->item(row)->text().startsWith(markup);
    }
    QVERIFY(shown);
    w.prompts->saveChoices.enqueue(UserPrompts::SaveChoice::Discard);
}

void TestMainWindow::bodyShortcutsReachTheirActions()
{
    Window w;
    QTextEdit *body = w.field<QTextEdit>(QStringLiteral("body"));
    w.type(body, QStringLiteral("Stay clear"));
    QTest::keyClick(body, Qt::Key_Home);
    QTest::keyClick(body, Qt::Key_End, Qt::ShiftModifier);
    QTest::keyClick(body, Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(w.release().body.blocks.at(0).runs.at(0).bold, true);

    w.prompts->texts.enqueue(QStringLiteral("https://example.org/roads"));
    QTest::keyClick(body, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(
        w.release().body.blocks.at(0).runs.at(0).link, QStringLiteral("https://example.org/roads"));
    QCOMPARE(w.release().body.plainText(), QStringLiteral("Stay clear"));
    w.prompts->saveChoices.enqueue(UserPrompts::SaveChoice::Discard);
}

void TestMainWindow::pasteKeepsOnlyTheStatementsFormatting()
{
    Window w;
    QTextEdit *body = w.field<QTextEdit>(QStringLiteral("body"));
    body->setFocus();
    auto *mime = new QMimeData;
    mime->setHtml(QStringLiteral("<p style='font-size:40pt;color:red'>Big <b>bold</b> "
                                 "<img src='/etc/passwd'><a href='https://example.org'>link</a></p>"
                                 "<ul><li>item</li></ul>"));
    mime->setText(QStringLiteral("Big bold link item"));
    QApplication::clipboard()->setMimeData(mime);
    body->paste();
    const Body pasted = w.release().body;
    QCOMPARE(pasted.plainText(), QStringLiteral("Big bold link\n\nitem"));
    QCOMPARE(pasted.blocks.at(0).runs.at(1), (TextRun {QStringLiteral("bold"), true, false, {}}));
    QCOMPARE(pasted.blocks.at(0).runs.last().link, QStringLiteral("https://example.org"));
    QCOMPARE(pasted.blocks.at(1).kind, BodyBlock::Kind::BulletItem);
    w.prompts->saveChoices.enqueue(UserPrompts::SaveChoice::Discard);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
