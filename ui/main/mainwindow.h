#pragma once

#include "userprompts.h"

#include <QMainWindow>

class QSplitter;
class QStackedWidget;

#include <memory>

namespace rd {

class DocumentController;
class EditorView;
class FindController;
class RecentFiles;
class StartPage;
class SpellChecker;
class OutputController;
class PreviewPane;
class ReadOnlyBanner;
class ReviewController;

// The application window: menus, the guided editor beside the live preview, and the title that
// names the file and shows unsaved changes. The release lives in the DocumentController's
// document, not here.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // prompts answers the window's questions; the real dialogs when none is given.
    explicit MainWindow(std::unique_ptr<UserPrompts> prompts = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    DocumentController *controller() const { return m_controller; }
    OutputController *output() const { return m_output; }
    EditorView *editor() const { return m_editor; }
    PreviewPane *previewPane() const { return m_preview; }
    FindController *findController() const { return m_find; }
    SpellChecker *spellChecker() const { return m_spellChecker; }
    ReadOnlyBanner *readOnlyBanner() const { return m_readOnlyBanner; }
    ReviewController *review() const { return m_review; }

    // What a drop of files onto the window does: a project opens, other files are attached.
    void dropFiles(const QStringList &paths);

    // File ▸ Close: the release closes (saved, or its changes discarded as the user chooses) and
    // the window stays, with the start page. False when the user cancelled.
    bool closeRelease();
    bool isShowingStartPage() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void updateTitle();
    void showRelease();

    std::unique_ptr<UserPrompts> m_prompts;
    DocumentController *m_controller;
    OutputController *m_output;
    EditorView *m_editor;
    PreviewPane *m_preview;
    QSplitter *m_splitter;
    ReadOnlyBanner *m_readOnlyBanner;
    FindController *m_find;
    SpellChecker *m_spellChecker;
    ReviewController *m_review;
    RecentFiles *m_recentFiles = nullptr;
    QStackedWidget *m_pages;
    StartPage *m_startPage = nullptr;
    // Act on the open release: disabled while the start page shows.
    QList<QAction *> m_releaseActions;
    QList<QMenu *> m_releaseMenus;
};

} // namespace rd
