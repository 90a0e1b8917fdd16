#pragma once

#include "model/release.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace rd {

class ReleaseDocument;

// Acknowledges a warning, or withdraws an acknowledgement. Not a content change: a release in
// review stays in review, and an approval stands.
class AcknowledgementsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AcknowledgementsCommand)

public:
    AcknowledgementsCommand(
        ReleaseDocument *document, QList<Acknowledgement> acknowledgements, const QString &text);

    void redo() override;
    void undo() override;

private:
    ReleaseDocument *const m_document;
    QList<Acknowledgement> m_before;
    QList<Acknowledgement> m_after;
};

} // namespace rd
