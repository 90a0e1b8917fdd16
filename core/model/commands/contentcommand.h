#pragma once

#include "model/release.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace rd {

class ReleaseDocument;

// Ids of commands that merge with their successor (typing into one field is one undo step).
enum class MergeId { SetText = 1 };

// A change of the release's content. An approval is bound to the content it approved, so doing a
// content command returns the release to draft, and undoing it restores the workflow it found.
class ContentCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ContentCommand)

public:
    void redo() final;
    void undo() final;

protected:
    explicit ContentCommand(ReleaseDocument *document, QUndoCommand *parent = nullptr);

    virtual void apply() = 0;
    virtual void revert() = 0;

    ReleaseDocument *const m_document;

private:
    Workflow m_workflowBefore;
};

} // namespace rd
