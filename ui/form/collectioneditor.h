#pragma once

#include "model/item.h"

#include <QIcon>
#include <QWidget>

#include <functional>
#include <optional>

class QFormLayout;
class QListWidget;
class QPushButton;

namespace rd {

class FieldBinder;
class ReleaseDocument;

// Edits one of the release's lists: the items on the left (add, remove, reorder) and a form of
// the selected item's fields on the right, whose widgets the owner adds and binds.
class CollectionEditor : public QWidget
{
    Q_OBJECT

public:
    using ItemFactory = std::function<std::optional<Item>()>;
    using ItemLabel = std::function<QString(const Item &item, int index)>;

    CollectionEditor(ReleaseDocument *document, Collection collection, ItemLabel label,
        QWidget *parent = nullptr);

    // How "Add" makes a new item; by default an empty one. A factory may ask the user (for a file
    // to attach) and return nothing when they cancel.
    void setItemFactory(ItemFactory factory) { m_factory = std::move(factory); }
    // A picture for each item in the list, such as an attachment's thumbnail.
    void setItemIcon(std::function<QIcon(const Item &)> icon);

    Collection collection() const { return m_collection; }
    QFormLayout *detailsLayout() const { return m_detailsLayout; }
    // Gives the keyboard to the selected item's first field, or to the Add button when the list
    // is empty: where an officer arriving at the step types, never the list or Remove.
    void focusFirstField();
    FieldBinder *binder() const { return m_binder; }
    QString currentItemId() const;
    void selectItem(const QString &id);

Q_SIGNALS:
    void currentItemChanged(const QString &id);

private:
    void rebuildList();
    void relabelItem(const QString &id);
    void updateButtons();
    void addItem();
    void removeCurrentItem();
    void moveCurrentItem(int offset);

    ReleaseDocument *m_document;
    Collection m_collection;
    ItemLabel m_label;
    ItemFactory m_factory;
    std::function<QIcon(const Item &)> m_icon;
    // Made in the order they are shown, which is the order Tab visits them.
    QListWidget *m_list;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    QWidget *m_details;
    QFormLayout *m_detailsLayout;
    FieldBinder *m_binder;
};

} // namespace rd
