#include "editor/stepnavigator.h"
#include "main/documentstatus.h"
#include "render/fonts.h"
#include "support/samplerelease.h"
#include "testwindow.h"

#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>

using namespace rd;

// The window at its smallest supported size, and the parts of it that must be seen to be used.
class TestWindowLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyStepFitsItsPane();
    void splitterCanBeSeenAndDragged();
    void menusShowAmpersandsAsText();
    void printPreviewHasACloseButton();
    void toolBarAndStatusBar();
};

void TestWindowLayout::initTestCase()
{
    test::prepareWidgetTests();
}

// At 1024×700 no step needs a sideways scroll bar, and no label is cut.
void TestWindowLayout::everyStepFitsItsPane()
{
    test::TestWindow w(test::sampleRelease());
    w.window->resize(1024, 700);
    QCoreApplication::processEvents();
    QStringList overflowing;
    for (Step step : allSteps) {
        w.editor()->showStep(step);
        QCoreApplication::processEvents();
        for (QScrollArea *scroll : w.editor()->findChildren<QScrollArea *>()) {
            if (!scroll->isVisible())
                continue;
            if (scroll->horizontalScrollBar()->isVisible())
                overflowing.append(QStringLiteral("%1 (needs %2, has %3)")
                                       .arg(stepTitle(step))
                                       .arg(scroll->widget()->minimumSizeHint().width())
                                       .arg(scroll->viewport()->width()));
        }
    }
    QVERIFY2(overflowing.isEmpty(), qPrintable(overflowing.join(QStringLiteral(", "))));
    // Every step's name is seen whole in the navigator.
    StepNavigator *navigator = w.editor()->navigator();
    for (int row = 0; row < navigator->count(); ++row)
        QVERIFY(navigator->visualItemRect(navigator->item(row)).right()
            <= navigator->viewport()->width());
    QVERIFY(navigator->width()
        >= navigator->fontMetrics().horizontalAdvance(QStringLiteral("Review & Export")));
}

void TestWindowLayout::splitterCanBeSeenAndDragged()
{
    test::TestWindow w(test::sampleRelease());
    auto *splitter = w.window->findChild<QSplitter *>();
    QVERIFY(splitter);
    QVERIFY(splitter->handleWidth() >= 5);
    QSplitterHandle *handle = splitter->handle(1);
    const QImage image = handle->grab().toImage();
    // Something on the handle differs from the window's background: it can be seen.
    const QColor background = handle->palette().color(QPalette::Window);
    bool visible = false;
    for (int y = 0; y < image.height() && !visible; ++y) {
        for (int x = 0; x < image.width() && !visible; ++x)
            visible = image.pixelColor(x, y) != background;
    }
    QVERIFY(visible);
    const QList<int> before = splitter->sizes();
    const QPoint middle = handle->rect().center();
    QTest::mousePress(handle, Qt::LeftButton, {}, middle);
    QTest::mouseMove(handle, middle + QPoint(-120, 0));
    QTest::mouseRelease(handle, Qt::LeftButton, {}, middle + QPoint(-120, 0));
    QVERIFY2(splitter->sizes().first() < before.first(), "the handle did not move");
}

void TestWindowLayout::menusShowAmpersandsAsText()
{
    test::TestWindow w;
    QStringList texts;
    for (QAction *menu : w.window->menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions())
            texts.append(action->text());
    }
    QVERIFY2(texts.contains(QStringLiteral("Review && Export")), qPrintable(texts.join(u'|')));
}

void TestWindowLayout::printPreviewHasACloseButton()
{
    test::TestWindow w(test::sampleRelease());
    bool closed = false;
    QTimer::singleShot(200, this, [&] {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        QVERIFY(preview);
        auto *close = preview->findChild<QAction *>(QStringLiteral("closePreview"));
        QVERIFY(close);
        close->trigger();
        closed = true;
    });
    QAction *open = nullptr;
    for (QAction *menu : w.window->menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->text().startsWith(QStringLiteral("Print Pre")))
                open = action;
        }
    }
    QVERIFY(open);
    open->trigger();
    QVERIFY(closed);
}

void TestWindowLayout::toolBarAndStatusBar()
{
    test::TestWindow w(test::sampleRelease());
    auto *tools = w.window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(tools && tools->isVisible());
    QStringList names;
    for (QAction *action : tools->actions()) {
        if (!action->isSeparator())
            names.append(action->iconText());
    }
    QCOMPARE(names,
        (QStringList {QStringLiteral("New"), QStringLiteral("Open"), QStringLiteral("Save"),
            QStringLiteral("Undo"), QStringLiteral("Redo"), QStringLiteral("Export"),
            QStringLiteral("Print"), QStringLiteral("Review")}));

    auto *status = w.window->findChild<DocumentStatus *>();
    QVERIFY(status);
    QCOMPARE(status->workflowState(), QStringLiteral("Approved"));
    QCOMPARE(status->wordCount(),
        QStringLiteral("%1 words in the statement").arg(test::sampleRelease().body.wordCount()));
    QCOMPARE(status->saveState(), QString()); // a new window, nothing typed yet
    w.document()->setField({Field::Headline, {}}, QStringLiteral("Changed"));
    QCOMPARE(status->saveState(), QStringLiteral("Not saved yet"));
    QCOMPARE(status->workflowState(), QStringLiteral("Draft"));
    QTemporaryDir dir;
    w.prompts->fileNames.enqueue(dir.filePath(QStringLiteral("saved.releasedesk")));
    QVERIFY(w.window->controller()->saveAs());
    QCOMPARE(status->saveState(), QStringLiteral("Saved just now"));
    // Tools reach their actions: Review goes to the Review step.
    tools->actions().last()->trigger();
    QCOMPARE(w.editor()->currentStep(), Step::Review);
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
