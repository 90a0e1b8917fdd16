#pragma once

#include "model/release.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace rd {

class ReleaseDocument;

// Adds, answers, resolves, reopens or removes a comment. Not a content change: a release in
// review stays in review, and an approval stands.
class CommentsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(CommentsCommand)

public:
    CommentsCommand(ReleaseDocument *document, QList<Comment> comments, const QString &text);

    void redo() override;
    void undo() override;

private:
    ReleaseDocument *const m_document;
    QList<Comment> m_before;
    QList<Comment> m_after;
};

} // namespace rd
