#include "editor/stepnavigator.h"
#include "main/shortcutsdialog.h"
#include "render/fonts.h"
#include "support/samplerelease.h"
#include "testwindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
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
    void tabFromAStepsLastFieldGoesToTheNextStep();
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
    QVERIFY2(rows.contains(QStringLiteral("Go ▸ Review & Export=Alt+7")), qPrintable(all));
    QVERIFY2(rows.contains(QStringLiteral("Edit ▸ Find=Ctrl+F")), qPrintable(all));
    dialog->close();
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
