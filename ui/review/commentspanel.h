#pragma once

#include "model/comment.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace rd {

class ReleaseDocument;

// The release's comments, grouped by the step whose field they are on, open ones first: the
// chosen comment's whole thread below the list, with a box to reply and buttons to resolve,
// reopen or delete it. Activating a comment shows its text in the editor.
class CommentsPanel : public QWidget
{
    Q_OBJECT

public:
    // askName gives the name of the person at this desk, asking for it the first time.
    CommentsPanel(ReleaseDocument *document, std::function<std::optional<QString>()> askName,
        QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QString currentCommentId() const;
    void setCurrentComment(const QString &id);
    QPlainTextEdit *replyEdit() const { return m_reply; }

Q_SIGNALS:
    void commentActivated(const rd::Comment &comment);

private:
    void rebuild();
    void showCurrent();
    void reply();
    void toggleResolved();
    std::optional<Comment> currentComment() const;

    ReleaseDocument *m_document;
    std::function<std::optional<QString>()> m_askName;
    QCheckBox *m_showResolved;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPlainTextEdit *m_thread;
    QPlainTextEdit *m_reply;
    QPushButton *m_replyButton;
    QPushButton *m_resolveButton;
    QPushButton *m_deleteButton;
};

} // namespace rd
