#include "mainwindow.h"

#include "approvalbanner.h"
#include "autosaver.h"
#include "documentcontroller.h"
#include "documentstatus.h"
#include "editor/editorview.h"
#include "editor/findcontroller.h"
#include "help/helpmenu.h"
#include "model/releasedocument.h"
#include "output/outputcontroller.h"
#include "panesplitter.h"
#include "paperpreference.h"
#include "preferencesdialog.h"
#include "preview/previewlayouter.h"
#include "preview/previewpane.h"
#include "preview/previewwidget.h"
#include "project/formatversion.h"
#include "readonlybanner.h"
#include "recentfiles.h"
#include "review/reviewcontroller.h"
#include "spell/spellchecker.h"
#include "spell/spellmenus.h"
#include "startpage.h"
#include "undofollower.h"
#include "userprompts.h"
#include "workpreferences.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rd {

namespace {

// The platform's shortcuts for a standard action, or the common one where the platform has none
// (some desktops, and the offscreen platform, define no "Save As" or "Close").
QList<QKeySequence> shortcutsFor(QKeySequence::StandardKey key, const QString &fallback)
{
    QList<QKeySequence> shortcuts = QKeySequence::keyBindings(key);
    if (shortcuts.isEmpty())
        shortcuts.append(QKeySequence(fallback));
    return shortcuts;
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<UserPrompts> prompts, QWidget *parent)
    : QMainWindow(parent)
    , m_prompts(prompts ? std::move(prompts) : std::make_unique<DialogPrompts>())
    , m_controller(new DocumentController(m_prompts.get(), this, this))
    , m_output(new OutputController(m_controller->document(), m_prompts.get(), this, this))
    , m_editor(new EditorView(m_controller->document(), m_prompts.get(), m_output))
    , m_preview(new PreviewPane(m_controller->document()))
    , m_splitter(new PaneSplitter(this))
    , m_readOnlyBanner(new ReadOnlyBanner(m_controller))
    , m_find(new FindController(m_controller->document(), m_editor, m_prompts.get(), this, this))
    , m_spellChecker(new SpellChecker(this))
    , m_review(
          new ReviewController(m_controller->document(), m_prompts.get(), m_editor, m_output, this))
{
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // The form gets the larger share, so that at 1024 pixels its steps fit without scrolling.
    m_splitter->setSizes({620, 380});
    auto *releaseView = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(releaseView);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_readOnlyBanner);
    auto *approvalBanner = new ApprovalBanner(m_controller->document(), m_prompts.get(), this);
    connect(approvalBanner, &ApprovalBanner::showChangesRequested, m_review,
        &ReviewController::showChangesSinceApproval);
    centralLayout->addWidget(approvalBanner);
    centralLayout->addWidget(m_splitter, 1);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(releaseView);
    setCentralWidget(m_pages);
    setAcceptDrops(true);
    createMenus();
    m_startPage = new StartPage(m_controller, m_recentFiles, m_pages);
    m_pages->addWidget(m_startPage);
    // Any release that opens (new, from a template, from a file) leaves the start page.
    connect(
        m_controller->document(), &ReleaseDocument::releaseReset, this, &MainWindow::showRelease);
    new DocumentStatus(m_controller, statusBar());
    connect(m_preview->preview(), &PreviewWidget::fieldClicked, m_editor, &EditorView::focusField);

    // Spelling in the document's language, in every field of the editor. Loading a dictionary
    // takes longer than showing the window, so when a release opens it follows a moment later.
    ReleaseDocument *document = m_controller->document();
    const auto followLanguage = [this, document](int delay) {
        QTimer::singleShot(delay, m_spellChecker,
            [this, document] { m_spellChecker->setLanguage(document->release().language); });
    };
    connect(document, &ReleaseDocument::releaseReset, m_spellChecker,
        [followLanguage] { followLanguage(400); });
    connect(document, &ReleaseDocument::fieldChanged, m_spellChecker,
        [followLanguage](const FieldKey &key) {
            if (key.field == Field::Language)
                followLanguage(0);
        });
    followLanguage(400);
    attachSpellChecking(m_editor, m_spellChecker);
    m_preview->layouter()->layoutNow();

    connect(m_controller, &DocumentController::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_controller, &DocumentController::readOnlyChanged, this, &MainWindow::updateTitle);
    connect(m_controller, &DocumentController::filePathChanged, m_output,
        &OutputController::setDocumentPath);
    connect(m_controller->document(), &ReleaseDocument::modifiedChanged, this,
        &QWidget::setWindowModified);
    updateTitle();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // The first time: large, but never larger than the screen.
        const QSize available = screen() ? screen()->availableSize() : QSize(1400, 900);
        resize(
            std::min(1400, available.width() * 9 / 10), std::min(900, available.height() * 9 / 10));
    }
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({820, 580});
}

MainWindow::~MainWindow() = default;

namespace {

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    dropFiles(paths);
}

void MainWindow::dropFiles(const QStringList &paths)
{
    const QString suffix = QLatin1Char('.') + format::fileExtension;
    for (const QString &path : paths) {
        if (path.endsWith(suffix, Qt::CaseInsensitive)) {
            if (m_controller->maybeSave())
                m_controller->openFile(path);
            return;
        }
    }
    if (m_controller->attachFiles(paths) > 0)
        m_editor->showStep(Step::Attachments);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    const auto addFileAction
        = [&](const QString &text, QKeySequence::StandardKey key, const char *fallback, auto slot) {
              QAction *action = file->addAction(text);
              action->setShortcuts(shortcutsFor(key, QString::fromLatin1(fallback)));
              connect(action, &QAction::triggered, m_controller, slot);
              return action;
          };
    QAction *newAction = addFileAction(
        tr("&New"), QKeySequence::New, "Ctrl+N", [this] { m_controller->newRelease(); });
    QMenu *templates = file->addMenu(tr("New from &Template"));
    for (const ReleaseTemplate chosen : releaseTemplates()) {
        const QString name = templateName(chosen);
        connect(templates->addAction(name), &QAction::triggered, m_controller,
            [this, chosen] { m_controller->newFromTemplate(chosen); });
    }
    QAction *followUp = file->addAction(tr("New &Update to This Release"));
    followUp->setToolTip(
        tr("A new release that updates this one, under the same reference number"));
    connect(followUp, &QAction::triggered, m_controller, &DocumentController::newFollowUpUpdate);
    QAction *openAction = addFileAction(
        tr("&Open…"), QKeySequence::Open, "Ctrl+O", [this] { m_controller->open(); });
    QMenu *recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentFiles = new RecentFiles(recentMenu, this);
    connect(m_recentFiles, &RecentFiles::fileChosen, this, [this](const QString &path) {
        if (m_controller->maybeSave())
            m_controller->openFile(path);
    });
    connect(m_controller, &DocumentController::filePathChanged, m_recentFiles, &RecentFiles::add);
    file->addSeparator();
    QAction *saveAction = addFileAction(
        tr("&Save"), QKeySequence::Save, "Ctrl+S", [this] { m_controller->save(); });
    addFileAction(
        tr("Save &As…"), QKeySequence::SaveAs, "Ctrl+Shift+S", [this] { m_controller->saveAs(); });
    QAction *saveVersion = file->addAction(tr("Save &Version…"));
    saveVersion->setToolTip(tr("Keep the release as it stands as a version you can return to"));
    connect(saveVersion, &QAction::triggered, m_review, &ReviewController::saveVersion);
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("&Export…"));
    // Not Ctrl+E, which line edits take for "end of line" on X11.
    exportAction->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    connect(exportAction, &QAction::triggered, m_output, &OutputController::exportAs);
    QAction *preview = file->addAction(tr("Print Pre&view…"));
    connect(preview, &QAction::triggered, m_output, &OutputController::printPreview);
    QAction *print = file->addAction(tr("&Print…"));
    print->setShortcuts(shortcutsFor(QKeySequence::Print, QStringLiteral("Ctrl+P")));
    connect(print, &QAction::triggered, m_output, &OutputController::print);
    file->addSeparator();
    // In the File menu, which stays open on the start page, where Edit does not.
    QAction *preferences = file->addAction(tr("Pre&ferences…"));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences));
    connect(preferences, &QAction::triggered, this, [this] {
        if (PreferencesDialog(this, m_prompts.get()).exec() != QDialog::Accepted)
            return;
        m_preview->layouter()->setPaper(preferredPaper()); // the preview shows the new paper
        m_controller->autosaver()->setInterval(autosaveSeconds() * 1000);
    });
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close"));
    close->setShortcuts(shortcutsFor(QKeySequence::Close, QStringLiteral("Ctrl+W")));
    connect(close, &QAction::triggered, this, &MainWindow::closeRelease);
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcuts(shortcutsFor(QKeySequence::Quit, QStringLiteral("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_releaseActions = {followUp, saveAction, saveVersion, exportAction, preview, print, close};
    for (QAction *action : file->actions()) {
        if (action->text() == tr("Save &As…"))
            m_releaseActions.append(action);
    }

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_releaseMenus.append(edit);
    QUndoStack *undoStack = m_controller->document()->undoStack();
    QAction *undo = undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("windowUndo")); // the fields' menus offer it too
    undo->setShortcuts(shortcutsFor(QKeySequence::Undo, QStringLiteral("Ctrl+Z")));
    QAction *redo = undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("windowRedo"));
    redo->setShortcuts(shortcutsFor(QKeySequence::Redo, QStringLiteral("Ctrl+Shift+Z")));
    edit->addAction(undo);
    edit->addAction(redo);
    new UndoFollower(undoStack, undo, redo, m_editor, m_preview, this);
    edit->addSeparator();
    // Cut, Copy and Paste act on whichever field has the focus.
    const std::pair<QKeySequence::StandardKey, std::pair<QString, const char *>> clipboard[] = {
        {QKeySequence::Cut, {tr("Cu&t"), "cut"}},
        {QKeySequence::Copy, {tr("&Copy"), "copy"}},
        {QKeySequence::Paste, {tr("&Paste"), "paste"}},
    };
    for (const auto &[key, entry] : clipboard) {
        QAction *action = edit->addAction(entry.first);
        action->setShortcuts(QKeySequence::keyBindings(key));
        action->setShortcutContext(Qt::WidgetShortcut); // the fields keep handling the keys
        const char *method = entry.second;
        connect(action, &QAction::triggered, this, [method] {
            if (QWidget *focused = QApplication::focusWidget())
                QMetaObject::invokeMethod(focused, method);
        });
    }
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"));
    find->setShortcuts(shortcutsFor(QKeySequence::Find, QStringLiteral("Ctrl+F")));
    connect(find, &QAction::triggered, m_find, &FindController::find);
    QAction *findNext = edit->addAction(tr("Find &Next"));
    // The steps from the keyboard: Alt+1 to Alt+8, and Ctrl+Page Down / Up for the next and the
    // previous one.
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    m_releaseMenus.append(go);
    for (Step step : allSteps) {
        // "Review & Export": the ampersand is text, not the mark of a mnemonic.
        QAction *action = go->addAction(
            QString(stepTitle(step)).replace(QLatin1Char('&'), QLatin1String("&&")));
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + int(step))));
        connect(action, &QAction::triggered, m_editor, [this, step] { m_editor->showStep(step); });
    }
    go->addSeparator();
    QAction *nextStep = go->addAction(tr("&Next Step"));
    nextStep->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(nextStep, &QAction::triggered, m_editor, [this] {
        m_editor->showStep(Step(std::min(int(m_editor->currentStep()) + 1, int(Step::Review))));
    });
    QAction *previousStep = go->addAction(tr("&Previous Step"));
    previousStep->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(previousStep, &QAction::triggered, m_editor,
        [this] { m_editor->showStep(Step(std::max(int(m_editor->currentStep()) - 1, 0))); });
    findNext->setShortcuts(shortcutsFor(QKeySequence::FindNext, QStringLiteral("F3")));
    connect(findNext, &QAction::triggered, m_find, &FindController::findNext);

    menuBar()->addMenu(m_review->menu());
    m_releaseMenus.append(m_review->menu());

    populateHelpMenu(menuBar()->addMenu(tr("&Help")), this, m_prompts.get());

    // The common actions within reach of the mouse, as in a word processor.
    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const auto tool = [&](QAction *action, const char *themeIcon, QStyle::StandardPixmap fallback,
                          const QString &text) {
        action->setIcon(
            QIcon::fromTheme(QLatin1String(themeIcon), style()->standardIcon(fallback)));
        action->setIconText(text);
        tools->addAction(action);
    };
    tool(newAction, "document-new", QStyle::SP_FileIcon, tr("New"));
    tool(openAction, "document-open", QStyle::SP_DialogOpenButton, tr("Open"));
    tool(saveAction, "document-save", QStyle::SP_DialogSaveButton, tr("Save"));
    tools->addSeparator();
    tool(undo, "edit-undo", QStyle::SP_ArrowBack, tr("Undo"));
    tool(redo, "edit-redo", QStyle::SP_ArrowForward, tr("Redo"));
    tools->addSeparator();
    tool(exportAction, "document-export", QStyle::SP_DialogSaveButton, tr("Export"));
    tool(print, "document-print", QStyle::SP_FileDialogDetailedView, tr("Print"));
    QAction *review = new QAction(tr("Review"), this);
    review->setToolTip(tr("Check what is missing, approve and export"));
    connect(review, &QAction::triggered, m_editor, [this] { m_editor->showStep(Step::Review); });
    tool(review, "dialog-ok", QStyle::SP_DialogApplyButton, tr("Review"));
    m_releaseActions.append(review);
}

bool MainWindow::closeRelease()
{
    if (isShowingStartPage())
        return true;
    if (!m_controller->startNew(Release {}))
        return false;
    m_startPage->refresh();
    m_pages->setCurrentWidget(m_startPage);
    statusBar()->hide(); // it speaks of the open release
    for (QAction *action : std::as_const(m_releaseActions))
        action->setEnabled(false);
    for (QMenu *menu : std::as_const(m_releaseMenus))
        menu->setEnabled(false);
    updateTitle();
    return true;
}

bool MainWindow::isShowingStartPage() const
{
    return m_pages->currentWidget() == m_startPage;
}

void MainWindow::showRelease()
{
    if (!isShowingStartPage())
        return;
    m_pages->setCurrentIndex(0);
    statusBar()->show();
    for (QAction *action : std::as_const(m_releaseActions))
        action->setEnabled(true);
    for (QMenu *menu : std::as_const(m_releaseMenus))
        menu->setEnabled(true);
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (isShowingStartPage()) {
        setWindowTitle(tr("Release Desk"));
        return;
    }
    // The [*] placeholder shows the unsaved-changes mark that setWindowModified() controls.
    const QString name = m_controller->isReadOnly()
        ? tr("%1 (read-only)").arg(m_controller->displayName())
        : m_controller->displayName();
    setWindowTitle(tr("%1[*] — Release Desk").arg(name));
    setWindowModified(m_controller->document()->isModified());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_controller->maybeSave()) {
        event->ignore();
        return;
    }
    m_controller->close();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    event->accept();
}

} // namespace rd
