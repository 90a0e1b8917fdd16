#include "main/startpage.h"
#include "main/welcometour.h"
#include "render/fonts.h"
#include "support/samplerelease.h"
#include "testwindow.h"

#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTextEdit>

using namespace rd;

namespace {

QAction *fileAction(MainWindow *window, const QString &text)
{
    for (QAction *action : window->menuBar()->actions().first()->menu()->actions()) {
        if (action->text() == text)
            return action;
    }
    qFatal("no File action %s", qPrintable(text));
}

} // namespace

// File ▸ Close closes the release and leaves the window, as document editors do; Quit quits.
class TestStartPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareWidgetTests(); }
    void closeLeavesTheStartPage();
    void cancellingTheSaveQuestionKeepsTheRelease();
    void quitClosesTheWindow();
    void aTemplateLaysOutTheRelease();
    void theTourShowsOnceAndCanBeSeenAgain();
};

void TestStartPage::closeLeavesTheStartPage()
{
    test::TestWindow w(test::sampleRelease());
    w.document()->setField({Field::Headline, {}}, QStringLiteral("Changed"));
    w.prompts->saveChoices.enqueue(UserPrompts::SaveChoice::Discard);
    QTest::keyClick(w.window.get(), Qt::Key_W, Qt::ControlModifier);
    QVERIFY(w.window->isVisible());
    QVERIFY(w.window->isShowingStartPage());
    QVERIFY(w.window->findChild<StartPage *>()->isVisible());
    QCOMPARE(w.window->windowTitle(), QStringLiteral("Release Desk"));
    QVERIFY(!fileAction(w.window.get(), QStringLiteral("&Save"))->isEnabled());
    QVERIFY(!fileAction(w.window.get(), QStringLiteral("&Export…"))->isEnabled());
    QVERIFY(w.window->findChild<QListWidget *>(QStringLiteral("recentReleases")));

    // New Release from the start page opens the editor again.
    w.button(QStringLiteral("&New Release"))->click();
    QVERIFY(!w.window->isShowingStartPage());
    QVERIFY(fileAction(w.window.get(), QStringLiteral("&Save"))->isEnabled());
    QVERIFY(w.document()->release().headline.isEmpty());
}

void TestStartPage::cancellingTheSaveQuestionKeepsTheRelease()
{
    test::TestWindow w(test::sampleRelease());
    w.document()->setField({Field::Headline, {}}, QStringLiteral("Changed"));
    w.prompts->saveChoices.enqueue(UserPrompts::SaveChoice::Cancel);
    QVERIFY(!w.window->closeRelease());
    QVERIFY(!w.window->isShowingStartPage());
    QCOMPARE(w.document()->release().headline, QStringLiteral("Changed"));
}

void TestStartPage::quitClosesTheWindow()
{
    test::TestWindow w(test::sampleRelease());
    fileAction(w.window.get(), QStringLiteral("&Quit"))->trigger();
    QVERIFY(!w.window->isVisible());
}

void TestStartPage::aTemplateLaysOutTheRelease()
{
    test::TestWindow w;
    QMenu *templates = w.templatesMenu();
    w.prompts->saveChoices.enqueue(UserPrompts::SaveChoice::Discard);
    templates->actions().first()->trigger(); // Media Release
    w.editor()->showStep(Step::Statement);
    auto *statement = w.window->findChild<QTextEdit *>(fieldId(Field::Body));
    QVERIFY(statement->toPlainText().startsWith(QStringLiteral("[Lede: who did what")));
    QCOMPARE(w.document()->release().quotes.size(), 1);
    QCOMPARE(w.document()->release().quotes.first().speaker, QStringLiteral("[Name]"));
}

void TestStartPage::theTourShowsOnceAndCanBeSeenAgain()
{
    QSettings().remove(QStringLiteral("tour"));
    QVERIFY(WelcomeTour::isDue());
    {
        WelcomeTour tour;
        QCOMPARE(tour.panelCount(), 4);
        QCOMPARE(tour.panelTitle(), QStringLiteral("Write the release in steps"));
        tour.next();
        QCOMPARE(tour.panelTitle(), QStringLiteral("See it as it will print"));
        tour.back();
        QCOMPARE(tour.currentPanel(), 0);
        tour.skip(); // skipping counts as seen
    }
    QVERIFY(!WelcomeTour::isDue());

    // Help ▸ Show the Tour brings it back, to the end.
    test::TestWindow w;
    QMenu *help = w.window->menuBar()->actions().last()->menu();
    for (QAction *action : help->actions()) {
        if (action->text() == QStringLiteral("Show the &Tour"))
            action->trigger();
    }
    auto *tour = w.window->findChild<WelcomeTour *>();
    QVERIFY(tour && tour->isVisible());
    for (int i = 0; i < tour->panelCount(); ++i)
        tour->next();
    QVERIFY(!tour->isVisible());
}

QTEST_MAIN(TestStartPage)
#include "tst_startpage.moc"
