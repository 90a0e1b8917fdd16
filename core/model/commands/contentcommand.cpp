#include "contentcommand.h"

#include "model/releasedocument.h"

namespace rd {

ContentCommand::ContentCommand(ReleaseDocument *document, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{ }

void ContentCommand::redo()
{
    m_workflowBefore = m_document->release().workflow;
    apply();
    m_document->applyWorkflow(Workflow {});
}

void ContentCommand::undo()
{
    revert();
    m_document->applyWorkflow(m_workflowBefore);
}

} // namespace rd
