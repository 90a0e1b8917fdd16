#include "workflowcommand.h"

#include "model/releasedocument.h"

namespace rd {

WorkflowCommand::WorkflowCommand(
    ReleaseDocument *document, const Workflow &workflow, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_newWorkflow(workflow)
    , m_oldWorkflow(document->release().workflow)
{ }

void WorkflowCommand::redo()
{
    m_document->applyWorkflow(m_newWorkflow);
}

void WorkflowCommand::undo()
{
    m_document->applyWorkflow(m_oldWorkflow);
}

} // namespace rd
