#pragma once

#include "field.h"
#include "item.h"
#include "release.h"

#include <QObject>

#include <functional>
#include <optional>

class QUndoStack;

namespace rd {

// The release being edited, its undo history and its change signals: the one model that the
// editor, the preview and the exporters all follow. Every edit goes through a command on the
// document's QUndoStack, so "modified" is simply the stack not being at its clean index.
class ReleaseDocument : public QObject
{
    Q_OBJECT

public:
    explicit ReleaseDocument(QObject *parent = nullptr);
    explicit ReleaseDocument(Release release, QObject *parent = nullptr);
    ~ReleaseDocument() override;

    const Release &release() const { return m_release; }
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;

    // Replaces the whole release, as after opening a file; the undo history starts anew.
    void reset(Release release);
    // Marks the current state as saved.
    void markSaved();

    // Edits. Each pushes one undoable command; an edit that changes nothing pushes none. Any edit
    // of the content returns an approved or in-review release to draft.
    void setField(const FieldKey &key, const QVariant &value);
    // Inserts item at index (appends for -1); an item without an id is given one, which is
    // returned.
    QString insertItem(Item item, int index = -1);
    void replaceItem(const Item &item);
    // Appends several items as one undo step (an agency with its media contacts).
    void appendItems(const QList<Item> &items, const QString &description);
    // Removing an agency also clears it from the quotes and contacts that named it.
    void removeItem(Collection collection, const QString &id);
    void moveItem(Collection collection, int from, int to);

    void requestReview(const QString &requestedBy, const QDateTime &when);
    // contentSha256 is the hash of the content approved (project/contenthash.h), which the
    // caller works out: the model knows nothing of the file format the hash is taken over.
    void approve(const QString &approver, const QDateTime &when, const QString &contentSha256);
    void returnToDraft(const QString &by, const QDateTime &when);

    // The person editing, as the workflow's history names them when an edit withdraws a review or
    // an approval (empty until they give their name).
    QString editorName() const { return m_editorName; }
    void setEditorName(const QString &name) { m_editorName = name; }
    // Asked before an edit would withdraw the release's approval; an edit it refuses is not made
    // (fieldChanged is sent for its field, so that the field shows the approved text again).
    void setApprovalWithdrawalCheck(std::function<bool(const Workflow &)> mayWithdraw);
    // Records that the release went out (an export of the approved release for distribution),
    // keeping the version that went out.
    void recordIssue(const IssueRecord &record);
    // Comments. Adding one gives it an id (returned) and, for a stretch of text, quotes that
    // stretch; the others change the comment with that id, and do nothing when there is none.
    QString addComment(Comment comment);
    void replyToComment(const QString &commentId, const CommentReply &reply);
    void resolveComment(const QString &commentId, const QString &by, const QDateTime &when);
    void reopenComment(const QString &commentId);
    void removeComment(const QString &commentId);
    // Keeps the content as it stands as a version with a label (File > Save Version...).
    void saveVersion(const QString &label, const QString &by, const QDateTime &when);
    // Brings back the content of a kept version, as one undoable edit; false when there is no
    // version with that id.
    bool restoreVersion(const QString &versionId);
    // Lets a warning stand with a reason; replaces an earlier acknowledgement of the same finding.
    void acknowledge(const Acknowledgement &acknowledgement);
    void withdrawAcknowledgement(const Acknowledgement &acknowledgement);

    // For undo commands only: apply a change without recording it, and emit its signals.
    void applyField(const FieldKey &key, const QVariant &value);
    void applyInsert(int index, const Item &item);
    void applyReplace(int index, const Item &item);
    void applyRemove(Collection collection, int index);
    void applyMove(Collection collection, int from, int to);
    void applyWorkflow(const Workflow &workflow);
    void applyIssueLog(const QList<IssueRecord> &log);
    void applyAcknowledgements(const QList<Acknowledgement> &acknowledgements);
    void applyVersions(const QList<ReleaseVersion> &versions);
    void applyComments(const QList<Comment> &comments);
    // Replaces the content (contentOf()) as a whole, keeping the workflow, the issue log, the
    // acknowledgements and the versions.
    void applyContent(const Release &content);

Q_SIGNALS:
    void fieldChanged(const rd::FieldKey &key);
    void itemInserted(rd::Collection collection, int index);
    void itemReplaced(rd::Collection collection, int index);
    void itemRemoved(rd::Collection collection, int index);
    void itemMoved(rd::Collection collection, int from, int to);
    // After any of the four above: the list's items or their order changed.
    void listChanged(rd::Collection collection);
    void workflowChanged();
    void issueLogChanged();
    void acknowledgementsChanged();
    void versionsChanged();
    void commentsChanged();
    // After any change of the content (not of the workflow), for a preview to follow.
    void contentChanged();
    // After reset(): everything may have changed.
    void releaseReset();
    void modifiedChanged(bool modified);

private:
    // Pushes the comments with the one with that id changed by change; false when there is none.
    bool changeComment(const QString &commentId, const QString &text,
        const std::function<void(Comment &)> &change);
    bool mayChangeContent(const std::optional<FieldKey> &field = std::nullopt);

    Release m_release;
    QUndoStack *m_undoStack;
    QString m_editorName;
    std::function<bool(const Workflow &)> m_mayWithdrawApproval;
};

} // namespace rd
