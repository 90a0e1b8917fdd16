#include "editor/stepnavigator.h"
#include "main/shortcutsdialog.h"
#include "render/fonts.h"
#include "support/samplerelease.h"
#include "testwindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>

using namespace rd;

// The officer can type at once wherever they go, and Tab runs on through the release.
class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareWidgetTests(); }
    void goingToAStepFocusesItsFirstField();
    void aClickOnAStepFocusesItsFirstField();
    void aStepOfItemsFocusesTheItemsFirstField();
    void tabFromAStepsLastFieldGoesToTheNextStep();
    void tabFollowsTheReadingOrder_data();
    void tabFollowsTheReadingOrder();
    void helpListsTheShortcuts();
};

void TestKeyboard::goingToAStepFocusesItsFirstField()
{
    test::TestWindow w(test::sampleRelease());
    QTest::keyClick(w.window.get(), Qt::Key_2, Qt::AltModifier);
    QCOMPARE(w.editor()->currentStep(), Step::Headline);
    QVERIFY(QApplication::focusWidget());
    QCOMPARE(QApplication::focusWidget()->objectName(), fieldId(Field::Headline));
    QTest::keyClick(w.window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(w.editor()->currentStep(), Step::Statement);
    QCOMPARE(QApplication::focusWidget()->objectName(), fieldId(Field::Body));
}

// On a step that lists items the keyboard goes past the list and its buttons into the selected
// item, or to Add when there is none: keys typed on arrival never land on Remove.
void TestKeyboard::aStepOfItemsFocusesTheItemsFirstField()
{
    Release release = test::sampleRelease();
    release.workflow = Workflow {};
    test::TestWindow w(release);
    QTest::keyClick(w.window.get(), Qt::Key_4, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), fieldId(Field::QuoteText));
    QTest::keyClick(w.window.get(), Qt::Key_1, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), fieldId(Field::AgencyName));
    QTest::keyClick(w.window.get(), Qt::Key_6, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), fieldId(Field::ContactAgency));

    // No quotes yet: Add quote has the keyboard, Space adds one, and its text is typed at once.
    release.quotes.clear();
    w.document()->reset(release);
    QTest::keyClick(w.window.get(), Qt::Key_4, Qt::AltModifier);
    auto *add = qobject_cast<QPushButton *>(QApplication::focusWidget());
    QVERIFY(add);
    QCOMPARE(add->text(), QStringLiteral("Add quote"));
    QTest::keyClick(add, Qt::Key_Space);
    QCOMPARE(w.document()->release().quotes.size(), 1);
    QCOMPARE(QApplication::focusWidget()->objectName(), fieldId(Field::QuoteText));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Typed at once."));
    QCOMPARE(w.document()->release().quotes.first().text, QStringLiteral("Typed at once."));
}

void TestKeyboard::aClickOnAStepFocusesItsFirstField()
{
    test::TestWindow w(test::sampleRelease());
    StepNavigator *navigator = w.editor()->navigator();
    const QRect headline = navigator->visualItemRect(navigator->item(int(Step::Headline)));
    QTest::mouseClick(navigator->viewport(), Qt::LeftButton, {}, headline.center());
    QCOMPARE(w.editor()->currentStep(), Step::Headline);
    QCOMPARE(QApplication::focusWidget()->objectName(), fieldId(Field::Headline));
    // Arrow keys in the list only look: the focus stays in the list.
    navigator->setFocus();
    QTest::keyClick(navigator, Qt::Key_Down);
    QCOMPARE(w.editor()->currentStep(), Step::Statement);
    QCOMPARE(QApplication::focusWidget(), navigator);
}

void TestKeyboard::tabFromAStepsLastFieldGoesToTheNextStep()
{
    test::TestWindow w(test::sampleRelease());
    w.editor()->showStep(Step::Headline);
    QWidget *language = w.window->findChild<QWidget *>(fieldId(Field::Language));
    QVERIFY(language);
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Tab);
    QCOMPARE(w.editor()->currentStep(), Step::Statement);
    QCOMPARE(QApplication::focusWidget()->objectName(), fieldId(Field::Body));
}

void TestKeyboard::helpListsTheShortcuts()
{
    test::TestWindow w(test::sampleRelease());
    QTest::keyClick(w.window.get(), Qt::Key_Slash, Qt::ControlModifier);
    auto *dialog = w.window->findChild<ShortcutsDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcuts"));
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows.append(table->item(row, 0)->text() + QLatin1Char('=') + table->item(row, 1)->text());
    const QString all = rows.join(u'\n');
    QVERIFY2(rows.contains(QStringLiteral("File ▸ Save=Ctrl+S")), qPrintable(all));
    QVERIFY2(rows.contains(QStringLiteral("Go ▸ Review & Export=Alt+8")), qPrintable(all));
    QVERIFY2(rows.contains(QStringLiteral("Edit ▸ Find=Ctrl+F")), qPrintable(all));
    dialog->close();
}

void TestKeyboard::tabFollowsTheReadingOrder_data()
{
    QTest::addColumn<int>("step");
    for (const Step step : allSteps)
        QTest::newRow(qPrintable(QStringLiteral("step %1").arg(int(step) + 1))) << int(step);
}

// On every step Tab visits what takes the keyboard as a reader reads it: down the page, and
// left to right along a line; never back up to something above.
void TestKeyboard::tabFollowsTheReadingOrder()
{
    QFETCH(int, step);
    Release release = test::sampleRelease();
    release.workflow = Workflow {};
    test::TestWindow w(release);
    w.editor()->showStep(Step(step));
    auto *page = w.window->findChild<QWidget *>(QStringLiteral("step-%1").arg(step));
    QVERIFY(page);
    QPoint previous(-1, -1);
    QString previousName;
    for (QWidget *widget = page->nextInFocusChain(); widget && widget != page;
         widget = widget->nextInFocusChain()) {
        if (!page->isAncestorOf(widget) || !(widget->focusPolicy() & Qt::TabFocus)
            || !widget->isEnabled() || !widget->isVisibleTo(page))
            continue;
        const QPoint here = widget->mapTo(page, QPoint(0, 0));
        const QString name = widget->objectName().isEmpty()
            ? QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ')
                + widget->accessibleName()
            : widget->objectName();
        const bool sameLine = std::abs(here.y() - previous.y()) <= 8;
        QVERIFY2(here.y() > previous.y() + 8 || (sameLine && here.x() > previous.x()),
            qPrintable(QStringLiteral("%1 at (%2, %3) comes after %4 at (%5, %6)")
                           .arg(name)
                           .arg(here.x())
                           .arg(here.y())
                           .arg(previousName)
                           .arg(previous.x())
                           .arg(previous.y())));
        previous = here;
        previousName = name;
    }
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
