#pragma once

#include "model/release.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace rd {

class ReleaseDocument;

// Requests review, approves, or returns to draft. It changes no content, so unlike the content
// commands it does not itself reset the approval.
class WorkflowCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowCommand)

public:
    WorkflowCommand(ReleaseDocument *document, const Workflow &workflow, const QString &text,
        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ReleaseDocument *const m_document;
    Workflow m_newWorkflow;
    Workflow m_oldWorkflow;
};

} // namespace rd
