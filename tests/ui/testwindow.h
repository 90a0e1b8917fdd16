#pragma once

#include "editor/editorview.h"
#include "main/documentcontroller.h"
#include "main/mainwindow.h"
#include "model/releasedocument.h"
#include "preview/previewlayouter.h"
#include "preview/previewpane.h"
#include "render/fonts.h"
#include "scriptedprompts.h"

#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace rd::test {

// For a widget test's initTestCase: settings of the test's own, emptied, and the bundled fonts.
inline void prepareWidgetTests()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    loadBundledFonts();
}

// A main window shown and active on the offscreen display, holding a release, with prompts that
// the test scripts (and that discard the release when the window closes).
struct TestWindow
{
    ScriptedPrompts *prompts;
    std::unique_ptr<MainWindow> window;

    explicit TestWindow(const Release &release = {})
    {
        auto owned = std::make_unique<ScriptedPrompts>();
        prompts = owned.get();
        window = std::make_unique<MainWindow>(std::move(owned));
        window->resize(1400, 900);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qFatal("the window did not become active");
        document()->reset(release);
        window->previewPane()->layouter()->layoutNow();
    }
    ~TestWindow() { prompts->saveChoices.enqueue(UserPrompts::SaveChoice::Discard); }
    ReleaseDocument *document() const { return window->controller()->document(); }
    EditorView *editor() const { return window->editor(); }
    // File ▸ New from Template.
    QMenu *templatesMenu() const
    {
        for (QAction *action : window->menuBar()->actions().first()->menu()->actions()) {
            if (action->menu() && action->text() == QStringLiteral("New from &Template"))
                return action->menu();
        }
        qFatal("no New from Template menu");
    }
    QPushButton *button(const QString &text) const
    {
        for (QPushButton *candidate : window->findChildren<QPushButton *>()) {
            if (candidate->text() == text)
                return candidate;
        }
        qFatal("no button %s", qPrintable(text));
    }
};

} // namespace rd::test
