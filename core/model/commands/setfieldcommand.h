#pragma once

#include "contentcommand.h"
#include "model/field.h"
#include "typingrun.h"

#include <QVariant>

namespace rd {

// Sets one field. Successive edits of the same text field merge into one undo step for as long as
// they continue one run of typing (typingrun.h). An edit of the statement also moves the quotes
// placed in it, so that each keeps following its paragraph, in the same undo step.
class SetFieldCommand : public ContentCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetFieldCommand)

public:
    SetFieldCommand(ReleaseDocument *document, const FieldKey &key, const QVariant &oldValue,
        const QVariant &newValue, QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const FieldKey &key() const { return m_key; }
    // What the command changed in a text field's text (the statement's as Body::plainText gives
    // it), after it was undone or done: where, and the text that is there now.
    std::optional<TextChange> changeAfterUndo() const;
    std::optional<TextChange> changeAfterRedo() const;

protected:
    void apply() override;
    void revert() override;

private:
    struct PlacementChange
    {
        QString quoteId;
        int before = 0;
        int after = 0;
    };
    void movePlacedQuotes();

    FieldKey m_key;
    QVariant m_oldValue;
    QVariant m_newValue;
    TextChange m_lastChange; // of the last edit merged into this step
    qint64 m_lastEditTime = 0;
    QList<PlacementChange> m_placements;
    // The comments as they were before the first edit of this step, since an edit moves the
    // stretches of text they are about, and deleting a stretch detaches its comment.
    QList<Comment> m_commentsBefore;
    bool m_commentsKept = false;
};

} // namespace rd
