#pragma once

#include "contentcommand.h"
#include "model/item.h"

namespace rd {

// Adds an item to one of the release's lists.
class InsertItemCommand : public ContentCommand
{
    Q_DECLARE_TR_FUNCTIONS(InsertItemCommand)

public:
    InsertItemCommand(
        ReleaseDocument *document, int index, Item item, QUndoCommand *parent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    int m_index;
    Item m_item;
};

// Replaces an item by a new version of itself (same id), such as an attachment with new bytes.
class ReplaceItemCommand : public ContentCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceItemCommand)

public:
    ReplaceItemCommand(
        ReleaseDocument *document, int index, Item item, QUndoCommand *parent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    int m_index;
    Item m_newItem;
    Item m_oldItem;
};

class RemoveItemCommand : public ContentCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveItemCommand)

public:
    RemoveItemCommand(ReleaseDocument *document, Collection collection, int index,
        QUndoCommand *parent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    int m_index;
    Item m_item;
};

class MoveItemCommand : public ContentCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveItemCommand)

public:
    MoveItemCommand(ReleaseDocument *document, Collection collection, int from, int to,
        QUndoCommand *parent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    Collection m_collection;
    int m_from;
    int m_to;
};

} // namespace rd
