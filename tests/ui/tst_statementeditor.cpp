#include "form/bodyeditor.h"
#include "render/fonts.h"
#include "support/samplerelease.h"
#include "testwindow.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
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

QTEST_MAIN(TestStatementEditor)
#include "tst_statementeditor.moc"
