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
    if (m_workflowBefore.state == WorkflowState::Draft)
        return;
    // The review or the approval no longer applies to what is there now: the history says whose
    // approval this edit withdrew, and when.
    const bool wasApproved = m_workflowBefore.state == WorkflowState::Approved;
    m_document->applyWorkflow(m_workflowBefore.returnedToDraft(
        {WorkflowEvent::Kind::WithdrawnByEdit, m_document->editorName(),
            QDateTime::currentDateTimeUtc(), wasApproved ? m_workflowBefore.approver : QString()}));
}

void ContentCommand::undo()
{
    revert();
    m_document->applyWorkflow(m_workflowBefore);
}

} // namespace rd
