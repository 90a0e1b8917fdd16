#include "reviewcontroller.h"

#include "commentmarkers.h"
#include "commentspanel.h"
#include "compare/changesummary.h"
#include "comparisonpanel.h"
#include "editor/editorview.h"
#include "editor/fieldselection.h"
#include "export/issuing.h"
#include "export/redline.h"
#include "export/reviewcopy.h"
#include "model/releasedocument.h"
#include "model/version.h"
#include "output/outputcontroller.h"
#include "pagesviewer.h"
#include "paperpreference.h"
#include "project/projectfile.h"
#include "render/pagedrelease.h"
#include "useridentity.h"
#include "userprompts.h"
#include "userstime.h"
#include "util/atomicfile.h"
#include "versionspanel.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>

namespace rd {

ReviewController::ReviewController(ReleaseDocument *document, UserPrompts *prompts,
    EditorView *editor, OutputController *output, QMainWindow *window)
    : QObject(window)
    , m_document(document)
    , m_prompts(prompts)
    , m_editor(editor)
    , m_output(output)
    , m_window(window)
    , m_dock(new QDockWidget(tr("Review"), window))
    , m_tabs(new QTabWidget(m_dock))
    , m_comments(new CommentsPanel(
          document, [this] { return askName(); }, m_tabs))
    , m_versions(new VersionsPanel(document, m_tabs))
    , m_comparison(new ComparisonPanel(document, m_tabs))
    , m_menu(new QMenu(tr("Re&view"), window))
    , m_openComments(new QToolButton(window))
{
    m_dock->setObjectName(QStringLiteral("reviewDock"));
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_tabs->addTab(m_comments, tr("Comments"));
    m_tabs->addTab(m_versions, tr("Versions"));
    m_tabs->addTab(m_comparison, tr("Changes"));
    m_dock->setWidget(m_tabs);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    // Shown when there is something to review, or when asked for: most releases have neither.
    m_dock->hide();

    connect(m_comments, &CommentsPanel::commentActivated, m_editor, [this](const Comment &comment) {
        if (comment.isAboutText() && !comment.detached)
            m_editor->selectInField(comment.field, comment.start, comment.length);
        else
            m_editor->focusField(comment.field);
    });
    auto *markers = new CommentMarkers(document, editor, this);
    connect(markers, &CommentMarkers::markerClicked, this, [this](const QString &id) {
        showTab(m_comments);
        m_comments->setCurrentComment(id);
    });
    connect(m_versions, &VersionsPanel::saveRequested, this, &ReviewController::saveVersion);
    connect(m_versions, &VersionsPanel::viewRequested, this, &ReviewController::viewVersion);
    connect(m_versions, &VersionsPanel::compareRequested, this, &ReviewController::compareVersions);
    connect(
        m_comparison, &ComparisonPanel::showRedlineRequested, this, &ReviewController::showRedline);
    connect(m_comparison, &ComparisonPanel::exportRedlineRequested, this,
        &ReviewController::exportRedline);
    connect(m_comparison, &ComparisonPanel::exportSummaryRequested, this,
        &ReviewController::exportChangeSummary);
    // The open comments counted in the status bar, a click from the panel: the panel itself
    // opens only when asked for, as it takes room from the form and the preview.
    m_openComments->setObjectName(QStringLiteral("openComments"));
    m_openComments->setAutoRaise(true);
    m_openComments->setToolTip(tr("Show the comments (F9 shows or hides the review panel)"));
    window->statusBar()->addPermanentWidget(m_openComments);
    connect(m_openComments, &QToolButton::clicked, this, [this] { showTab(m_comments); });
    connect(document, &ReleaseDocument::commentsChanged, this, &ReviewController::countComments);
    connect(document, &ReleaseDocument::releaseReset, this, &ReviewController::countComments);
    countComments();
    createMenu();
}

void ReviewController::createMenu()
{
    QAction *comment = m_menu->addAction(tr("Add &Comment…"));
    comment->setObjectName(QStringLiteral("addComment"));
    comment->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    comment->setToolTip(tr("Comment on the field with the cursor, or on the text selected in it"));
    connect(comment, &QAction::triggered, this, &ReviewController::addComment);
    connect(m_menu->addAction(tr("Show C&omments")), &QAction::triggered, this,
        [this] { showTab(m_comments); });
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Save &Version…")), &QAction::triggered, this,
        &ReviewController::saveVersion);
    connect(m_menu->addAction(tr("Show V&ersions")), &QAction::triggered, this,
        [this] { showTab(m_versions); });
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Changes Since &Approval")), &QAction::triggered, this,
        &ReviewController::showChangesSinceApproval);
    connect(m_menu->addAction(tr("Compare with &File…")), &QAction::triggered, this,
        qOverload<>(&ReviewController::compareWithFile));
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Export &Review Copy (PDF)…")), &QAction::triggered, this,
        &ReviewController::exportReviewCopy);
    m_menu->addSeparator();
    QAction *panel = m_dock->toggleViewAction();
    panel->setText(tr("Review &Panel"));
    panel->setShortcut(QKeySequence(Qt::Key_F9));
    m_menu->addAction(panel);
}

void ReviewController::countComments()
{
    const qsizetype open = openCommentCount(m_document->release());
    m_openComments->setText(tr("%n open comments", "", int(open)));
    m_openComments->setVisible(open > 0);
}

void ReviewController::showTab(QWidget *page)
{
    m_dock->show();
    m_dock->raise();
    m_tabs->setCurrentWidget(page);
}

std::optional<QString> ReviewController::askName()
{
    if (hasGivenUserName())
        return userName();
    const std::optional<QString> name = m_prompts->askText(m_window, tr("Your name"),
        tr("Comments and versions carry the name of who made them. Your name:"), userName());
    if (!name || name->trimmed().isEmpty())
        return std::nullopt;
    setUserName(*name);
    m_document->setEditorName(name->trimmed());
    return name->trimmed();
}

bool ReviewController::addComment()
{
    const std::optional<FieldSelection> selection
        = fieldSelectionAt(QApplication::focusWidget(), m_editor);
    if (!selection) {
        m_prompts->showWarning(m_window, tr("Add comment"),
            tr("Put the cursor in the field to comment on, or select the words in it, then add "
               "the comment."));
        return false;
    }
    const QString field = fieldDisplayName(selection->field.field);
    const QString words = anchorTextOf(m_document->release(), selection->field)
                              .mid(selection->start, selection->length)
                              .simplified();
    const std::optional<QString> text = m_prompts->askText(m_window, tr("Add comment"),
        selection->start >= 0 && !words.isEmpty()
            ? tr("Your comment on \u201c%1\u201d in the %2:").arg(words.left(60), field)
            : tr("Your comment on the %1:").arg(field),
        QString());
    if (!text || text->trimmed().isEmpty())
        return false;
    const std::optional<QString> name = askName();
    if (!name)
        return false;
    Comment comment;
    comment.field = selection->field;
    if (selection->start >= 0 && selection->length > 0) {
        comment.start = selection->start;
        comment.length = selection->length;
    }
    comment.author = *name;
    comment.at = QDateTime::currentDateTimeUtc();
    comment.text = text->trimmed();
    const QString id = m_document->addComment(comment);
    showTab(m_comments);
    m_comments->setCurrentComment(id);
    return true;
}

bool ReviewController::saveVersion()
{
    const std::optional<QString> label = m_prompts->askText(m_window, tr("Save version"),
        tr("Keep the release as it stands as a version, called:"), QString());
    if (!label || label->trimmed().isEmpty())
        return false;
    const std::optional<QString> name = askName();
    if (!name)
        return false;
    m_document->saveVersion(label->trimmed(), *name, QDateTime::currentDateTimeUtc());
    showTab(m_versions);
    return true;
}

namespace {

const ReleaseVersion *versionWithId(const Release &release, const QString &id)
{
    for (const ReleaseVersion &version : release.versions) {
        if (version.id == id && version.content)
            return &version;
    }
    return nullptr;
}

QString titleOf(const ReleaseVersion &version)
{
    return ReviewController::tr("%1, %2, %3")
        .arg(VersionsPanel::nameOf(version), version.by, localTime(version.at));
}

} // namespace

void ReviewController::viewVersion(const QString &versionId)
{
    const ReleaseVersion *version = versionWithId(m_document->release(), versionId);
    if (!version)
        return;
    auto *viewer = new PagesViewer(
        tr("Version: %1").arg(titleOf(*version)),
        [content = version->content](Paper paper) { return layOutRelease(*content, {paper}); },
        m_window);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
}

void ReviewController::compareWithVersion(const QString &versionId)
{
    const ReleaseVersion *version = versionWithId(m_document->release(), versionId);
    if (!version)
        return;
    m_comparison->compareWith(
        version->content, titleOf(*version), ComparisonPanel::OtherIs::Earlier, false);
    showTab(m_comparison);
}

void ReviewController::compareVersions(const QStringList &versionIds)
{
    if (versionIds.size() == 1) {
        compareWithVersion(versionIds.first());
        return;
    }
    // The list is newest first: the second chosen is the earlier.
    const ReleaseVersion *later = versionWithId(m_document->release(), versionIds.value(0));
    const ReleaseVersion *earlier = versionWithId(m_document->release(), versionIds.value(1));
    if (versionIds.size() != 2 || !later || !earlier)
        return;
    m_comparison->compareVersions(
        earlier->content, titleOf(*earlier), later->content, titleOf(*later));
    showTab(m_comparison);
}

bool ReviewController::compareWithFile()
{
    const QString path = m_prompts->askOpenFileName(m_window, tr("Compare with a copy"),
        m_output->exportFolder(), tr("Release Desk projects (*.releasedesk)"));
    return !path.isEmpty() && compareWithFile(path);
}

bool ReviewController::compareWithFile(const QString &path)
{
    Result<LoadedRelease> loaded = loadProject(path);
    if (!loaded) {
        m_prompts->showError(m_window, tr("Compare with a copy"), loaded.error().message);
        return false;
    }
    m_comparison->compareWith(std::make_shared<const Release>(contentOf(loaded->release)),
        QFileInfo(path).fileName(), ComparisonPanel::OtherIs::Later, true);
    showTab(m_comparison);
    return true;
}

bool ReviewController::showChangesSinceApproval()
{
    const QList<ReleaseVersion> &versions = m_document->release().versions;
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        if (it->event != ReleaseVersion::Event::Approved || !it->content)
            continue;
        m_comparison->compareWith(it->content,
            tr("the approval by %1 (%2)").arg(it->by, localTime(it->at)),
            ComparisonPanel::OtherIs::Earlier, false);
        showTab(m_comparison);
        return true;
    }
    m_prompts->showWarning(m_window, tr("Changes since approval"),
        tr("This release has not been approved yet, so there is no approved version to compare "
           "it with."));
    return false;
}

void ReviewController::showRedline()
{
    if (!m_comparison->isComparing())
        return;
    auto *viewer = new PagesViewer(
        m_comparison->title(),
        [earlier = m_comparison->earlier(), later = m_comparison->later(),
            legend = m_comparison->legend()](
            Paper paper) { return layOutRedline(earlier, later, {paper}, legend); },
        m_window);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
}

bool ReviewController::exportFile(const QString &title, const QString &nameSuffix,
    const QString &filter, const std::function<Result<QByteArray>()> &make)
{
    const QString path = m_prompts->askSaveFileName(m_window, title,
        QDir(m_output->exportFolder())
            .filePath(suggestedFileName(m_document->release()) + nameSuffix),
        filter, nullptr);
    if (path.isEmpty())
        return false;
    Result<QByteArray> bytes = make();
    if (!bytes) {
        m_prompts->showError(m_window, title, bytes.error().message);
        return false;
    }
    if (const Status saved = saveFileAtomically(path, *bytes); !saved) {
        m_prompts->showError(m_window, title, saved.error().message);
        return false;
    }
    return true;
}

bool ReviewController::exportRedline()
{
    if (!m_comparison->isComparing())
        return false;
    return exportFile(
        tr("Export redline"), tr(" - changes") + QStringLiteral(".pdf"), tr("PDF (*.pdf)"), [this] {
            ExportOptions options;
            options.paper = preferredPaper();
            return exportRedlinePdf(
                m_comparison->earlier(), m_comparison->later(), options, m_comparison->legend());
        });
}

bool ReviewController::exportChangeSummary()
{
    if (!m_comparison->isComparing())
        return false;
    return exportFile(tr("Export list of changes"), tr(" - changes") + QStringLiteral(".txt"),
        tr("Plain text (*.txt)"), [this] {
            return Result<QByteArray>((m_comparison->title() + QStringLiteral("\n\n")
                + changeSummary(m_comparison->differences()))
                                          .toUtf8());
        });
}

bool ReviewController::exportReviewCopy()
{
    return exportFile(tr("Export review copy"), tr(" - review copy") + QStringLiteral(".pdf"),
        tr("PDF (*.pdf)"), [this] {
            ExportOptions options;
            options.paper = preferredPaper();
            return exportReviewCopyPdf(m_document->release(), options);
        });
}

} // namespace rd
