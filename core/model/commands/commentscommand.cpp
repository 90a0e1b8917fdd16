#include "commentscommand.h"

#include "model/releasedocument.h"

namespace rd {

CommentsCommand::CommentsCommand(
    ReleaseDocument *document, QList<Comment> comments, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(document->release().comments)
    , m_after(std::move(comments))
{ }

void CommentsCommand::redo()
{
    m_document->applyComments(m_after);
}

void CommentsCommand::undo()
{
    m_document->applyComments(m_before);
}

} // namespace rd
