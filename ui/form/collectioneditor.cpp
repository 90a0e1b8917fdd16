#include "collectioneditor.h"

#include "fieldbinder.h"
#include "model/commands/itemcommands.h"
#include "model/releasedocument.h"
#include "tabchain.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace rd {

namespace {

Item emptyItem(Collection collection)
{
    switch (collection) {
    case Collection::Agencies:
        return Agency {};
    case Collection::Quotes:
        return Quote {};
    case Collection::Attachments:
        return Attachment {};
    case Collection::Contacts:
        break;
    }
    return MediaContact {};
}

} // namespace

CollectionEditor::CollectionEditor(
    ReleaseDocument *document, Collection collection, ItemLabel label, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_collection(collection)
    , m_label(std::move(label))
    , m_factory([collection] { return std::optional<Item>(emptyItem(collection)); })
    , m_list(new QListWidget(this))
    , m_addButton(new QPushButton(this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
    , m_upButton(new QPushButton(tr("Move up"), this))
    , m_downButton(new QPushButton(tr("Move down"), this))
    , m_details(new QWidget(this))
    , m_detailsLayout(new QFormLayout(m_details))
    , m_binder(new FieldBinder(document, this))
{
    const QString itemName = collectionItemName(collection);
    m_addButton->setText(addItemText(collection));
    m_list->setAccessibleName(tr("List of %1 items").arg(itemName));
    m_list->setMaximumHeight(170);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_upButton);
    buttons->addWidget(m_downButton);
    buttons->addStretch();

    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list);
    listColumn->addLayout(buttons);

    // The list above the selected item's form: the editor's pages are narrower than they are tall.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(listColumn);
    layout->addSpacing(8);
    layout->addWidget(m_details);
    layout->addStretch();
    m_detailsLayout->setContentsMargins(0, 0, 0, 0);

    connect(m_addButton, &QPushButton::clicked, this, &CollectionEditor::addItem);
    connect(m_removeButton, &QPushButton::clicked, this, &CollectionEditor::removeCurrentItem);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveCurrentItem(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveCurrentItem(+1); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const QString id = currentItemId();
        m_binder->setItemId(id);
        updateButtons();
        Q_EMIT currentItemChanged(id);
    });

    connect(document, &ReleaseDocument::listChanged, this, [this](Collection changed) {
        if (changed == m_collection)
            rebuildList();
    });
    // Typing in a field of an item changes at most that item's label: only it is redone.
    connect(document, &ReleaseDocument::fieldChanged, this, [this](const FieldKey &key) {
        if (collectionOf(key.field) == m_collection)
            relabelItem(key.itemId);
    });
    connect(document, &ReleaseDocument::releaseReset, this, &CollectionEditor::rebuildList);
    rebuildList();
}

void CollectionEditor::setItemIcon(std::function<QIcon(const Item &)> icon)
{
    m_icon = std::move(icon);
    m_list->setIconSize(QSize(48, 48));
    rebuildList();
}

QString CollectionEditor::currentItemId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void CollectionEditor::selectItem(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(row);
    }
}

void CollectionEditor::relabelItem(const QString &id)
{
    const int index = indexOfItem(m_document->release(), m_collection, id);
    if (index < 0 || index >= m_list->count())
        return;
    const Item item = itemAt(m_document->release(), m_collection, index);
    QListWidgetItem *entry = m_list->item(index);
    entry->setText(m_label(item, index));
    if (m_icon)
        entry->setIcon(m_icon(item));
}

void CollectionEditor::rebuildList()
{
    const QString selected = currentItemId();
    const Release &release = m_document->release();
    const int count = itemCount(release, m_collection);
    int selectedRow = count > 0 ? 0 : -1;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (int index = 0; index < count; ++index) {
            const Item item = itemAt(release, m_collection, index);
            auto *entry = new QListWidgetItem(m_label(item, index), m_list);
            entry->setData(Qt::UserRole, itemId(item));
            if (m_icon)
                entry->setIcon(m_icon(item));
            if (itemId(item) == selected)
                selectedRow = index;
        }
        m_list->setCurrentRow(selectedRow);
    }
    const QString id = currentItemId();
    if (id != m_binder->itemId()) {
        m_binder->setItemId(id);
        Q_EMIT currentItemChanged(id);
    }
    m_details->setEnabled(!id.isEmpty());
    updateButtons();
}

void CollectionEditor::focusFirstField()
{
    const QList<QWidget *> fields = tabChainOf(m_details);
    (fields.isEmpty() ? m_addButton : fields.first())->setFocus(Qt::TabFocusReason);
}

void CollectionEditor::updateButtons()
{
    const int row = m_list->currentRow();
    m_removeButton->setEnabled(row >= 0);
    m_upButton->setEnabled(row > 0);
    m_downButton->setEnabled(row >= 0 && row < m_list->count() - 1);
}

void CollectionEditor::addItem()
{
    std::optional<Item> item = m_factory();
    if (!item)
        return;
    const QString id = m_document->insertItem(*item);
    selectItem(id);
    focusFirstField(); // the new item is there to be typed into
}

void CollectionEditor::removeCurrentItem()
{
    const QString id = currentItemId();
    if (!id.isEmpty())
        m_document->removeItem(m_collection, id);
}

void CollectionEditor::moveCurrentItem(int offset)
{
    const int row = m_list->currentRow();
    const int target = row + offset;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    const QString id = currentItemId();
    m_document->moveItem(m_collection, row, target);
    selectItem(id);
}

} // namespace rd
