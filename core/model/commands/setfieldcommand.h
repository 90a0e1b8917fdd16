#pragma once

#include "contentcommand.h"
#include "model/field.h"

#include <QVariant>

namespace rd {

// Sets one field. Successive edits of the same text field merge into one undo step.
class SetFieldCommand : public ContentCommand
{
public:
    SetFieldCommand(ReleaseDocument *document, const FieldKey &key, const QVariant &oldValue,
        const QVariant &newValue, QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const FieldKey &key() const { return m_key; }

protected:
    void apply() override;
    void revert() override;

private:
    FieldKey m_key;
    QVariant m_oldValue;
    QVariant m_newValue;
};

QString fieldDisplayName(Field field);

} // namespace rd
