#include "releasedocument.h"

#include "commands/acknowledgementscommand.h"
#include "commands/commentscommand.h"
#include "commands/issuelogcommand.h"
#include "commands/itemcommands.h"
#include "commands/setfieldcommand.h"
#include "commands/versionscommands.h"
#include "commands/workflowcommand.h"

#include <QUndoStack>

namespace rd {

ReleaseDocument::ReleaseDocument(QObject *parent)
    : ReleaseDocument(Release {}, parent)
{ }

ReleaseDocument::ReleaseDocument(Release release, QObject *parent)
    : QObject(parent)
    , m_release(std::move(release))
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
        [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

ReleaseDocument::~ReleaseDocument() = default;

bool ReleaseDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void ReleaseDocument::reset(Release release)
{
    const bool wasModified = isModified();
    m_undoStack->clear();
    m_release = std::move(release);
    Q_EMIT releaseReset();
    Q_EMIT contentChanged();
    Q_EMIT workflowChanged();
    Q_EMIT issueLogChanged();
    Q_EMIT acknowledgementsChanged();
    if (wasModified)
        Q_EMIT modifiedChanged(false);
}

void ReleaseDocument::markSaved()
{
    m_undoStack->setClean();
}

void ReleaseDocument::setField(const FieldKey &key, const QVariant &value)
{
    const QVariant current = fieldValue(m_release, key);
    Q_ASSERT_X(current.isValid(), "ReleaseDocument::setField", "no such field or item");
    if (!current.isValid() || current == value || !mayChangeContent(key))
        return;
    m_undoStack->push(new SetFieldCommand(this, key, current, value));
}

QString ReleaseDocument::insertItem(Item item, int index)
{
    std::visit(
        [](auto &value) {
            if (value.id.isEmpty())
                value.id = newItemId();
        },
        item);
    const Collection collection = collectionOf(item);
    if (index < 0 || index > itemCount(m_release, collection))
        index = itemCount(m_release, collection);
    const QString id = itemId(item);
    if (!mayChangeContent())
        return {};
    m_undoStack->push(new InsertItemCommand(this, index, std::move(item)));
    return id;
}

void ReleaseDocument::appendItems(const QList<Item> &items, const QString &description)
{
    if (items.isEmpty() || !mayChangeContent())
        return;
    m_undoStack->beginMacro(description);
    for (const Item &item : items)
        insertItem(item);
    m_undoStack->endMacro();
}

void ReleaseDocument::replaceItem(const Item &item)
{
    const int index = indexOfItem(m_release, collectionOf(item), itemId(item));
    Q_ASSERT_X(index >= 0, "ReleaseDocument::replaceItem", "no such item");
    if (index < 0 || itemAt(m_release, collectionOf(item), index) == item || !mayChangeContent())
        return;
    m_undoStack->push(new ReplaceItemCommand(this, index, item));
}

void ReleaseDocument::removeItem(Collection collection, const QString &id)
{
    const int index = indexOfItem(m_release, collection, id);
    Q_ASSERT_X(index >= 0, "ReleaseDocument::removeItem", "no such item");
    if (index < 0 || !mayChangeContent())
        return;

    if (collection != Collection::Agencies) {
        m_undoStack->push(new RemoveItemCommand(this, collection, index));
        return;
    }

    // Quotes and contacts must never point at an agency that is no longer in the release; clearing
    // them is part of the same undo step, so that undo brings the links back too.
    auto *macro = new QUndoCommand(
        ContentCommand::tr("Remove %1").arg(collectionItemName(Collection::Agencies)));
    for (const Quote &quote : m_release.quotes) {
        if (quote.agencyId == id)
            new SetFieldCommand(this, {Field::QuoteAgency, quote.id}, id, QString(), macro);
    }
    for (const MediaContact &contact : m_release.contacts) {
        if (contact.agencyId == id)
            new SetFieldCommand(this, {Field::ContactAgency, contact.id}, id, QString(), macro);
    }
    new RemoveItemCommand(this, collection, index, macro);
    m_undoStack->push(macro);
}

void ReleaseDocument::moveItem(Collection collection, int from, int to)
{
    const int count = itemCount(m_release, collection);
    Q_ASSERT(from >= 0 && from < count && to >= 0 && to < count);
    if (from == to || from < 0 || from >= count || to < 0 || to >= count || !mayChangeContent())
        return;
    m_undoStack->push(new MoveItemCommand(this, collection, from, to));
}

void ReleaseDocument::requestReview(const QString &requestedBy, const QDateTime &when)
{
    Workflow workflow;
    workflow.state = WorkflowState::InReview;
    workflow.reviewRequestedBy = requestedBy;
    workflow.reviewRequestedAt = when.toUTC();
    workflow.history = m_release.workflow.history;
    workflow.history.append(
        {WorkflowEvent::Kind::ReviewRequested, requestedBy, workflow.reviewRequestedAt, {}});
    // The version the reviewer was asked to read is kept, to compare with what comes back.
    auto *step = new QUndoCommand(WorkflowCommand::tr("Request review"));
    new WorkflowCommand(this, workflow, step->text(), step);
    new AddVersionCommand(this,
        snapshotOf(m_release, ReleaseVersion::Event::ReviewRequested, {}, requestedBy, when), step);
    m_undoStack->push(step);
}

void ReleaseDocument::approve(
    const QString &approver, const QDateTime &when, const QString &contentSha256)
{
    Workflow workflow = m_release.workflow;
    workflow.state = WorkflowState::Approved;
    workflow.approver = approver;
    workflow.approvedAt = when.toUTC();
    workflow.approvedContentSha256 = contentSha256;
    workflow.history.append({WorkflowEvent::Kind::Approved, approver, workflow.approvedAt, {}});
    // The approved version is kept, so that what changed since the approval can be shown.
    auto *step = new QUndoCommand(WorkflowCommand::tr("Approve"));
    new WorkflowCommand(this, workflow, step->text(), step);
    new AddVersionCommand(
        this, snapshotOf(m_release, ReleaseVersion::Event::Approved, {}, approver, when), step);
    m_undoStack->push(step);
}

void ReleaseDocument::returnToDraft(const QString &by, const QDateTime &when)
{
    if (m_release.workflow.state == WorkflowState::Draft)
        return;
    const Workflow draft = m_release.workflow.returnedToDraft(
        {WorkflowEvent::Kind::ReturnedToDraft, by, when.toUTC(), {}});
    m_undoStack->push(new WorkflowCommand(this, draft, WorkflowCommand::tr("Return to draft")));
}

void ReleaseDocument::setApprovalWithdrawalCheck(std::function<bool(const Workflow &)> mayWithdraw)
{
    m_mayWithdrawApproval = std::move(mayWithdraw);
}

bool ReleaseDocument::mayChangeContent(const std::optional<FieldKey> &field)
{
    if (m_release.workflow.state != WorkflowState::Approved || !m_mayWithdrawApproval
        || m_mayWithdrawApproval(m_release.workflow))
        return true;
    if (field)
        Q_EMIT fieldChanged(*field); // the field shows the approved text again
    return false;
}

void ReleaseDocument::recordIssue(const IssueRecord &record)
{
    auto *step = new QUndoCommand(IssueLogCommand::tr("Record issue"));
    new IssueLogCommand(this, record, step);
    new AddVersionCommand(this,
        snapshotOf(m_release, ReleaseVersion::Event::Issued, {}, record.issuedBy, record.issuedAt),
        step);
    m_undoStack->push(step);
}

QString ReleaseDocument::addComment(Comment comment)
{
    if (comment.id.isEmpty())
        comment.id = newItemId();
    comment.at = comment.at.toUTC();
    if (comment.isAboutText()) {
        const QString text = anchorTextOf(m_release, comment.field);
        comment.start = std::min(comment.start, text.size());
        comment.length = std::clamp<qsizetype>(comment.length, 0, text.size() - comment.start);
        comment.quoted = text.mid(comment.start, comment.length);
    }
    QList<Comment> comments = m_release.comments;
    comments.append(comment);
    m_undoStack->push(new CommentsCommand(this, comments, CommentsCommand::tr("Add comment")));
    return comment.id;
}

bool ReleaseDocument::changeComment(
    const QString &commentId, const QString &text, const std::function<void(Comment &)> &change)
{
    QList<Comment> comments = m_release.comments;
    for (Comment &comment : comments) {
        if (comment.id != commentId)
            continue;
        change(comment);
        if (comments != m_release.comments)
            m_undoStack->push(new CommentsCommand(this, comments, text));
        return true;
    }
    return false;
}

void ReleaseDocument::replyToComment(const QString &commentId, const CommentReply &reply)
{
    changeComment(commentId, CommentsCommand::tr("Reply to comment"), [&](Comment &comment) {
        CommentReply answer = reply;
        answer.at = answer.at.toUTC();
        comment.replies.append(answer);
    });
}

void ReleaseDocument::resolveComment(
    const QString &commentId, const QString &by, const QDateTime &when)
{
    changeComment(commentId, CommentsCommand::tr("Resolve comment"), [&](Comment &comment) {
        if (comment.resolved)
            return;
        comment.resolved = true;
        comment.resolvedBy = by;
        comment.resolvedAt = when.toUTC();
    });
}

void ReleaseDocument::reopenComment(const QString &commentId)
{
    changeComment(commentId, CommentsCommand::tr("Reopen comment"), [](Comment &comment) {
        comment.resolved = false;
        comment.resolvedBy.clear();
        comment.resolvedAt = {};
    });
}

void ReleaseDocument::removeComment(const QString &commentId)
{
    QList<Comment> comments = m_release.comments;
    if (comments.removeIf([&](const Comment &comment) { return comment.id == commentId; }) > 0)
        m_undoStack->push(
            new CommentsCommand(this, comments, CommentsCommand::tr("Remove comment")));
}

void ReleaseDocument::saveVersion(const QString &label, const QString &by, const QDateTime &when)
{
    m_undoStack->push(new AddVersionCommand(
        this, snapshotOf(m_release, ReleaseVersion::Event::Saved, label.trimmed(), by, when)));
}

bool ReleaseDocument::restoreVersion(const QString &versionId)
{
    for (const ReleaseVersion &version : std::as_const(m_release.versions)) {
        if (version.id != versionId || !version.content)
            continue;
        if (contentOf(m_release) == *version.content)
            return true; // nothing to bring back
        if (!mayChangeContent())
            return false;
        m_undoStack->push(new RestoreVersionCommand(this, version));
        return true;
    }
    return false;
}

void ReleaseDocument::acknowledge(const Acknowledgement &acknowledgement)
{
    QList<Acknowledgement> acknowledgements = m_release.acknowledgements;
    acknowledgements.removeIf(
        [&](const Acknowledgement &earlier) { return earlier.isOfSameFinding(acknowledgement); });
    acknowledgements.append(acknowledgement);
    m_undoStack->push(new AcknowledgementsCommand(
        this, acknowledgements, AcknowledgementsCommand::tr("Acknowledge warning")));
}

void ReleaseDocument::withdrawAcknowledgement(const Acknowledgement &acknowledgement)
{
    QList<Acknowledgement> acknowledgements = m_release.acknowledgements;
    if (acknowledgements.removeIf(
            [&](const Acknowledgement &given) { return given.isOfSameFinding(acknowledgement); })
        == 0)
        return;
    m_undoStack->push(new AcknowledgementsCommand(
        this, acknowledgements, AcknowledgementsCommand::tr("Withdraw acknowledgement")));
}

void ReleaseDocument::applyAcknowledgements(const QList<Acknowledgement> &acknowledgements)
{
    m_release.acknowledgements = acknowledgements;
    Q_EMIT acknowledgementsChanged();
}

void ReleaseDocument::applyIssueLog(const QList<IssueRecord> &log)
{
    m_release.issueLog = log;
    Q_EMIT issueLogChanged();
}

void ReleaseDocument::applyField(const FieldKey &key, const QVariant &value)
{
    const bool written = setFieldValue(m_release, key, value);
    Q_ASSERT_X(written, "ReleaseDocument::applyField", "no such field or wrong value type");
    if (!written)
        return;
    Q_EMIT fieldChanged(key);
    Q_EMIT contentChanged();
}

void ReleaseDocument::applyInsert(int index, const Item &item)
{
    rd::insertItem(m_release, index, item);
    Q_EMIT itemInserted(collectionOf(item), index);
    Q_EMIT listChanged(collectionOf(item));
    Q_EMIT contentChanged();
}

void ReleaseDocument::applyReplace(int index, const Item &item)
{
    rd::replaceItem(m_release, index, item);
    Q_EMIT itemReplaced(collectionOf(item), index);
    Q_EMIT listChanged(collectionOf(item));
    Q_EMIT contentChanged();
}

void ReleaseDocument::applyRemove(Collection collection, int index)
{
    rd::removeItem(m_release, collection, index);
    Q_EMIT itemRemoved(collection, index);
    Q_EMIT listChanged(collection);
    Q_EMIT contentChanged();
}

void ReleaseDocument::applyMove(Collection collection, int from, int to)
{
    rd::moveItem(m_release, collection, from, to);
    Q_EMIT itemMoved(collection, from, to);
    Q_EMIT listChanged(collection);
    Q_EMIT contentChanged();
}

void ReleaseDocument::applyVersions(const QList<ReleaseVersion> &versions)
{
    m_release.versions = versions;
    Q_EMIT versionsChanged();
}

void ReleaseDocument::applyComments(const QList<Comment> &comments)
{
    m_release.comments = comments;
    Q_EMIT commentsChanged();
}

void ReleaseDocument::applyContent(const Release &content)
{
    m_release = withContentOf(m_release, content);
    // Every field may have changed: the views refresh as after opening a file.
    Q_EMIT releaseReset();
    Q_EMIT contentChanged();
}

void ReleaseDocument::applyWorkflow(const Workflow &workflow)
{
    if (m_release.workflow == workflow)
        return;
    m_release.workflow = workflow;
    Q_EMIT workflowChanged();
}

} // namespace rd
