#include "editor/stepnavigator.h"
#include "model/commands/typingrun.h"
#include "render/fonts.h"
#include "support/samplerelease.h"
#include "testwindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTextEdit>
#include <QTimer>
#include <QUndoStack>

using namespace rd;

namespace {

// The typing clock stands still unless a test moves it: pauses without waiting for them.
qint64 typingTime = 0;

void pauseTyping(qint64 milliseconds = 2000)
{
    typingTime += milliseconds;
}

QLineEdit *lineEdit(const test::TestWindow &w, Field field)
{
    w.editor()->focusField({field, {}});
    return w.window->findChild<QLineEdit *>(fieldId(field));
}

void undo(const test::TestWindow &w)
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QCoreApplication::processEvents();
    Q_UNUSED(w);
}

} // namespace

// Undo steps are those of a word processor, in one history for every field, and undoing shows
// what it changed.
class TestUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { typingTime = 0; }
    void changeBetweenTexts();
    void aPauseAtAWordBoundaryEndsAStep();
    void aPauseInsideAWordDoesNot();
    void aParagraphBreakEndsAStep();
    void theStatementTypesInStepsToo();
    void movingTheCursorEndsAStep();
    void anotherFieldEndsAStep();
    void fieldMenusOfferTheWindowsUndo();
    void undoShowsWhatItChanged();
};

void TestUndo::initTestCase()
{
    test::prepareWidgetTests();
    setTypingClockForTesting([] { return typingTime; });
}

void TestUndo::changeBetweenTexts()
{
    const TextChange typed = changeBetween(QStringLiteral("Wharf"), QStringLiteral("Wharf 3"));
    QCOMPARE(typed.position, 5);
    QCOMPARE(typed.removed, 0);
    QCOMPARE(typed.inserted, QStringLiteral(" 3"));
    const TextChange erased = changeBetween(QStringLiteral("aab"), QStringLiteral("ab"));
    QCOMPARE(erased.removed, 1);
    QVERIFY(erased.inserted.isEmpty());
    QVERIFY(changeBetween(QStringLiteral("same"), QStringLiteral("same")).isEmpty());
    // "toxi" + "c" before "chemical" reads as well one character on: both places are known.
    const TextChange repeated
        = changeBetween(QStringLiteral("toxichemical"), QStringLiteral("toxicchemical"));
    QCOMPARE(repeated.earliest, 4);
    QCOMPARE(repeated.position, 5);
    QVERIFY(continuedTyping({0, 0, QStringLiteral("toxi"), 0, {}}, repeated, 0));
    QCOMPARE(repeated.characterBefore(4), QLatin1Char('i'));
    QCOMPARE(repeated.characterBefore(5), QLatin1Char('c'));
}

void TestUndo::aPauseAtAWordBoundaryEndsAStep()
{
    test::TestWindow w(test::sampleRelease());
    QLineEdit *headline = lineEdit(w, Field::Headline);
    headline->selectAll();
    QTest::keyClicks(headline, QStringLiteral("Wharf 3 closed "));
    pauseTyping();
    QTest::keyClicks(headline, QStringLiteral("after a spill"));
    QCOMPARE(headline->text(), QStringLiteral("Wharf 3 closed after a spill"));
    undo(w);
    QCOMPARE(w.document()->release().headline, QStringLiteral("Wharf 3 closed "));
    undo(w);
    QCOMPARE(w.document()->release().headline, test::sampleRelease().headline);
}

void TestUndo::aPauseInsideAWordDoesNot()
{
    test::TestWindow w(test::sampleRelease());
    QLineEdit *headline = lineEdit(w, Field::Headline);
    headline->selectAll();
    QTest::keyClicks(headline, QStringLiteral("Wha"));
    pauseTyping();
    QTest::keyClicks(headline, QStringLiteral("rf"));
    undo(w);
    QCOMPARE(w.document()->release().headline, test::sampleRelease().headline);
}

void TestUndo::aParagraphBreakEndsAStep()
{
    Release release = test::sampleRelease();
    release.notesToEditors.clear();
    test::TestWindow w(release);
    w.editor()->focusField({Field::NotesToEditors, {}});
    auto *notes = w.window->findChild<QPlainTextEdit *>(fieldId(Field::NotesToEditors));
    QVERIFY(notes);
    QTest::keyClicks(notes, QStringLiteral("Photos may be used."));
    QTest::keyClick(notes, Qt::Key_Return);
    QTest::keyClicks(notes, QStringLiteral("Interviews on request."));
    undo(w);
    QCOMPARE(w.document()->release().notesToEditors, QStringLiteral("Photos may be used.\n"));
    undo(w);
    QCOMPARE(w.document()->release().notesToEditors, QString());
}

void TestUndo::theStatementTypesInStepsToo()
{
    test::TestWindow w(test::sampleRelease());
    w.editor()->focusField({Field::Body, {}});
    auto *statement = w.window->findChild<QTextEdit *>(fieldId(Field::Body));
    statement->moveCursor(QTextCursor::End);
    QTest::keyClick(statement, Qt::Key_Return);
    QTest::keyClicks(statement, QStringLiteral("Police closed the wharf. "));
    pauseTyping();
    QTest::keyClicks(statement, QStringLiteral("Nobody was hurt."));
    const QString before = test::sampleRelease().body.plainText();
    undo(w);
    QCOMPARE(w.document()->release().body.plainText(),
        before + QStringLiteral("\n\nPolice closed the wharf. "));
    // The new paragraph was a step of its own: the statement is as it was.
    undo(w);
    QCOMPARE(w.document()->release().body.plainText(), before);
}

void TestUndo::movingTheCursorEndsAStep()
{
    test::TestWindow w(test::sampleRelease());
    QLineEdit *headline = lineEdit(w, Field::Headline);
    headline->selectAll();
    QTest::keyClicks(headline, QStringLiteral("spill closes wharf"));
    QTest::keyClick(headline, Qt::Key_Home);
    QTest::keyClicks(headline, QStringLiteral("Chemical "));
    undo(w);
    QCOMPARE(w.document()->release().headline, QStringLiteral("spill closes wharf"));
}

void TestUndo::anotherFieldEndsAStep()
{
    test::TestWindow w(test::sampleRelease());
    QLineEdit *headline = lineEdit(w, Field::Headline);
    headline->selectAll();
    QTest::keyClicks(headline, QStringLiteral("Wharf closed"));
    QLineEdit *subheadline = lineEdit(w, Field::Subheadline);
    subheadline->selectAll();
    QTest::keyClicks(subheadline, QStringLiteral("Nobody hurt"));
    undo(w);
    QCOMPARE(w.document()->release().subheadline, test::sampleRelease().subheadline);
    QCOMPARE(w.document()->release().headline, QStringLiteral("Wharf closed"));
}

// A field's own right-click menu undoes through the window's history, as Ctrl+Z does.
void TestUndo::fieldMenusOfferTheWindowsUndo()
{
    test::TestWindow w(test::sampleRelease());
    QLineEdit *headline = lineEdit(w, Field::Headline);
    headline->selectAll();
    QTest::keyClicks(headline, QStringLiteral("Wharf closed"));
    bool offered = false;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        // One Undo and one Redo: the window's.
        QCOMPARE(menu->actions().at(0)->objectName(), QStringLiteral("windowUndo"));
        QCOMPARE(menu->actions().at(1)->objectName(), QStringLiteral("windowRedo"));
        for (QAction *action : menu->actions()) {
            QVERIFY(action->text().section(QLatin1Char('\t'), 0, 0) != QLatin1String("&Undo"));
            if (action->objectName() == QLatin1String("windowUndo") && action->isEnabled()) {
                offered = true;
                action->trigger();
            }
        }
        menu->close();
    });
    QMetaObject::invokeMethod(headline, "customContextMenuRequested", Q_ARG(QPoint, QPoint(5, 5)));
    QVERIFY(offered);
    QCOMPARE(w.document()->release().headline, test::sampleRelease().headline);
}

// Undoing an edit made on another step goes there, selects the text it brought back, and the
// preview shows it.
void TestUndo::undoShowsWhatItChanged()
{
    test::TestWindow w(test::sampleRelease());
    QLineEdit *headline = lineEdit(w, Field::Headline);
    headline->setCursorPosition(int(headline->text().indexOf(QLatin1String("chemical"))));
    QTest::keyClicks(headline, QStringLiteral("toxic "));
    w.editor()->showStep(Step::Contacts);
    QApplication::focusWidget()->clearFocus();
    w.window->findChild<QAction *>(QStringLiteral("windowUndo"))->trigger();
    QCOMPARE(w.editor()->currentStep(), Step::Headline);
    QCOMPARE(QApplication::focusWidget(), headline);
    QVERIFY(!headline->hasSelectedText()); // "toxic " is gone: the cursor is where it was
    QCOMPARE(headline->cursorPosition(), headline->text().indexOf(QLatin1String("chemical")));
    w.window->findChild<QAction *>(QStringLiteral("windowRedo"))->trigger();
    QCOMPARE(headline->selectedText(), QStringLiteral("toxic "));
}

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
