#include "form/bodyeditor.h"
#include "render/fonts.h"
#include "support/samplerelease.h"
#include "testwindow.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextEdit>
#include <QUndoStack>

using namespace rd;

namespace {

// The gaps between the statement's paragraphs as the editor shows them, in pixels.
QList<int> paragraphGaps(QTextEdit *edit)
{
    QList<int> gaps;
    QAbstractTextDocumentLayout *layout = edit->document()->documentLayout();
    for (QTextBlock block = edit->document()->begin(); block.isValid() && block.next().isValid();
         block = block.next()) {
        const QRectF here = layout->blockBoundingRect(block);
        const QRectF next = layout->blockBoundingRect(block.next());
        const qreal lastLineBottom = here.top() + block.layout()->boundingRect().bottom();
        gaps.append(qRound(next.top() - lastLineBottom));
    }
    return gaps;
}

} // namespace

class TestStatementEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareWidgetTests(); }
    void paragraphsAreSpacedWhileTyping();
    void aHugePasteIsRefusedAtOnce();
};

// Paragraphs typed into a new statement are spaced as those the editor shows after an undo, or
// after opening a file: the same gap, always.
void TestStatementEditor::paragraphsAreSpacedWhileTyping()
{
    test::TestWindow w;
    w.editor()->focusField({Field::Body, {}});
    auto *edit = w.window->findChild<QTextEdit *>(fieldId(Field::Body));
    QVERIFY(edit);
    QTest::keyClicks(edit, QStringLiteral("Police closed the wharf."));
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit, QStringLiteral("Nobody was hurt."));
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit, QStringLiteral("Updates will follow."));
    const QList<int> typed = paragraphGaps(edit);
    QCOMPARE(typed.size(), 2);
    QVERIFY2(
        typed.at(0) >= edit->fontMetrics().height() / 3, qPrintable(QString::number(typed.at(0))));
    QCOMPARE(typed.at(1), typed.at(0));

    // The same gaps once the model sets the text again (as after undo and redo).
    QUndoStack *stack = w.document()->undoStack();
    stack->undo();
    stack->redo();
    QCOMPARE(paragraphGaps(edit), typed);
}

// Ten million characters on the clipboard (a log file, a database export): the paste is refused
// with a message before any of it is read, so the window does not freeze, and the statement is
// as it was.
void TestStatementEditor::aHugePasteIsRefusedAtOnce()
{
    test::TestWindow w(test::sampleRelease());
    w.editor()->focusField({Field::Body, {}});
    auto *edit = w.window->findChild<QTextEdit *>(fieldId(Field::Body));
    QVERIFY(edit);
    const Body before = w.document()->release().body;
    QString huge;
    huge.reserve(10'000'000);
    while (huge.size() < 10'000'000)
        huge += QStringLiteral("2026-12-08 01:02:03 INFO wharf3 sensor reading 0.0042 ppm\n");
    QApplication::clipboard()->setText(huge);

    QElapsedTimer pasting;
    pasting.start();
    edit->paste();
    const qint64 took = pasting.elapsed();
    QVERIFY2(took < 250, qPrintable(QStringLiteral("the paste took %1 ms").arg(took)));
    QCOMPARE(w.prompts->warnings.size(), 1);
    QVERIFY2(w.prompts->warnings.first().contains(QStringLiteral("too long")),
        qPrintable(w.prompts->warnings.first()));
    QVERIFY(w.document()->release().body == before);

    // A paste of a statement's size is taken as ever.
    QApplication::clipboard()->setText(QStringLiteral("Ferry sailings resume at noon."));
    edit->paste();
    QVERIFY(w.document()->release().body.plainText().contains(
        QStringLiteral("Ferry sailings resume at noon.")));
}

QTEST_MAIN(TestStatementEditor)
#include "tst_statementeditor.moc"
