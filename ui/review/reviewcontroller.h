#pragma once

#include "util/error.h"

#include <QObject>

#include <functional>
#include <optional>

class QDockWidget;
class QMainWindow;
class QMenu;
class QTabWidget;
class QToolButton;

namespace rd {

class CommentsPanel;
class ComparisonPanel;
class EditorView;
class OutputController;
class ReleaseDocument;
class UserPrompts;
class VersionsPanel;

// Reviewing together: the Review menu and the review panel beside the editor, with its comments,
// its versions and the comparison of the release with a version or a colleague's copy; and what
// a reviewer exports (the review copy with comments in the margin, the redline, the list of
// changes). The comments, versions and merges are edits of the document; nothing is kept here.
class ReviewController : public QObject
{
    Q_OBJECT

public:
    ReviewController(ReleaseDocument *document, UserPrompts *prompts, EditorView *editor,
        OutputController *output, QMainWindow *window);

    // The Review menu, for the window's menu bar; its actions act on the open release.
    QMenu *menu() const { return m_menu; }
    QDockWidget *dock() const { return m_dock; }
    CommentsPanel *commentsPanel() const { return m_comments; }
    VersionsPanel *versionsPanel() const { return m_versions; }
    ComparisonPanel *comparisonPanel() const { return m_comparison; }

    // Review > Add Comment: on the field with the focus, or the text selected in it.
    bool addComment();
    bool saveVersion();
    void viewVersion(const QString &versionId);
    void compareWithVersion(const QString &versionId);
    // Two kept versions with each other, the earlier first whichever order they are given in
    // the versions panel (newest first); one version with the release as it stands.
    void compareVersions(const QStringList &versionIds);
    // Review > Compare with File: a colleague's copy, whose differences can be taken.
    bool compareWithFile();
    bool compareWithFile(const QString &path);
    // What changed since the release was last approved; false when it never was.
    bool showChangesSinceApproval();
    void showRedline();
    bool exportRedline();
    bool exportChangeSummary();
    bool exportReviewCopy();

    // The name of the person at this desk for a comment or a version: asked for once, and
    // remembered in the settings.
    std::optional<QString> askName();

private:
    void createMenu();
    void countComments();
    void showTab(QWidget *page);
    // Asks where, makes the file's bytes and writes them, saying what went wrong if anything did.
    bool exportFile(const QString &title, const QString &nameSuffix, const QString &filter,
        const std::function<Result<QByteArray>()> &make);

    ReleaseDocument *m_document;
    UserPrompts *m_prompts;
    EditorView *m_editor;
    OutputController *m_output;
    QMainWindow *m_window;
    QDockWidget *m_dock;
    QTabWidget *m_tabs;
    CommentsPanel *m_comments;
    VersionsPanel *m_versions;
    ComparisonPanel *m_comparison;
    QMenu *m_menu;
    QToolButton *m_openComments;
};

} // namespace rd
