#include "acknowledgementscommand.h"

#include "model/releasedocument.h"

namespace rd {

AcknowledgementsCommand::AcknowledgementsCommand(
    ReleaseDocument *document, QList<Acknowledgement> acknowledgements, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(document->release().acknowledgements)
    , m_after(std::move(acknowledgements))
{ }

void AcknowledgementsCommand::redo()
{
    m_document->applyAcknowledgements(m_after);
}

void AcknowledgementsCommand::undo()
{
    m_document->applyAcknowledgements(m_before);
}

} // namespace rd
