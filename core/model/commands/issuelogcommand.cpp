#include "issuelogcommand.h"

#include "model/releasedocument.h"

namespace rd {

IssueLogCommand::IssueLogCommand(
    ReleaseDocument *document, const IssueRecord &record, QUndoCommand *parent)
    : QUndoCommand(tr("Record issue"), parent)
    , m_document(document)
    , m_before(document->release().issueLog)
    , m_record(record)
{ }

void IssueLogCommand::redo()
{
    QList<IssueRecord> log = m_before;
    log.append(m_record);
    m_document->applyIssueLog(log);
}

void IssueLogCommand::undo()
{
    m_document->applyIssueLog(m_before);
}

} // namespace rd
