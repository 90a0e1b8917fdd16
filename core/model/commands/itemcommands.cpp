#include "itemcommands.h"

#include "model/releasedocument.h"

namespace rd {

InsertItemCommand::InsertItemCommand(
    ReleaseDocument *document, int index, Item item, QUndoCommand *parent)
    : ContentCommand(document, parent)
    , m_index(index)
    , m_item(std::move(item))
{
    setText(addItemText(collectionOf(m_item)));
}

void InsertItemCommand::apply()
{
    m_document->applyInsert(m_index, m_item);
}

void InsertItemCommand::revert()
{
    m_document->applyRemove(collectionOf(m_item), m_index);
}

ReplaceItemCommand::ReplaceItemCommand(
    ReleaseDocument *document, int index, Item item, QUndoCommand *parent)
    : ContentCommand(document, parent)
    , m_index(index)
    , m_newItem(std::move(item))
    , m_oldItem(itemAt(document->release(), collectionOf(m_newItem), index))
{
    setText(tr("Replace %1").arg(collectionItemName(collectionOf(m_newItem))));
}

void ReplaceItemCommand::apply()
{
    m_document->applyReplace(m_index, m_newItem);
}

void ReplaceItemCommand::revert()
{
    m_document->applyReplace(m_index, m_oldItem);
}

RemoveItemCommand::RemoveItemCommand(
    ReleaseDocument *document, Collection collection, int index, QUndoCommand *parent)
    : ContentCommand(document, parent)
    , m_index(index)
    , m_item(itemAt(document->release(), collection, index))
{
    setText(tr("Remove %1").arg(collectionItemName(collection)));
}

void RemoveItemCommand::apply()
{
    m_document->applyRemove(collectionOf(m_item), m_index);
}

void RemoveItemCommand::revert()
{
    m_document->applyInsert(m_index, m_item);
}

MoveItemCommand::MoveItemCommand(
    ReleaseDocument *document, Collection collection, int from, int to, QUndoCommand *parent)
    : ContentCommand(document, parent)
    , m_collection(collection)
    , m_from(from)
    , m_to(to)
{
    setText(tr("Move %1").arg(collectionItemName(collection)));
}

void MoveItemCommand::apply()
{
    m_document->applyMove(m_collection, m_from, m_to);
}

void MoveItemCommand::revert()
{
    m_document->applyMove(m_collection, m_to, m_from);
}

} // namespace rd
