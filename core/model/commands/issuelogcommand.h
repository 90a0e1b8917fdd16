#pragma once

#include "model/release.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace rd {

class ReleaseDocument;

// Adds a record to the issue log. Not a content change: the approval stands.
class IssueLogCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(IssueLogCommand)

public:
    IssueLogCommand(
        ReleaseDocument *document, const IssueRecord &record, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ReleaseDocument *const m_document;
    QList<IssueRecord> m_before;
    IssueRecord m_record;
};

} // namespace rd
