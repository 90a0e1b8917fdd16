#pragma once

#include "model/field.h"

#include <QList>
#include <QObject>

#include <functional>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace rd {

class ReleaseDocument;

// Keeps editor widgets and fields of the model in step, both ways: what the user types becomes a
// command on the document's undo stack, and what changes in the model (undo, redo, another view)
// shows in the widget. The widgets hold no state of their own. For the fields of list items the
// binder follows one item at a time (setItemId), as the detail form of a list does.
class FieldBinder : public QObject
{
    Q_OBJECT

public:
    explicit FieldBinder(ReleaseDocument *document, QObject *parent = nullptr);

    void bind(Field field, QLineEdit *edit);
    void bind(Field field, QPlainTextEdit *edit);
    // The combo box's items carry their field values as item data.
    void bind(Field field, QComboBox *comboBox);
    // A dateline date; the edit's minimum date stands for "no date".
    void bind(Field field, QDateEdit *edit);
    // Any other editor: read gives the value the widget shows, write shows a value. Returns the
    // function to call whenever the user has edited the widget.
    std::function<void()> bind(
        Field field, std::function<QVariant()> read, std::function<void(const QVariant &)> write);

    QString itemId() const { return m_itemId; }
    void setItemId(const QString &itemId);
    // Binds the second language versions of the fields rather than the fields themselves (a
    // bilingual release's translation, model/translation.h). Set before binding.
    void setTranslated(bool translated) { m_translated = translated; }
    // Shows the model's values in every bound widget.
    void refresh();

private:
    struct Binding
    {
        Field field;
        std::function<QVariant()> read;
        std::function<void(const QVariant &)> write;
    };

    void commit(const Binding &binding);
    void show(const Binding &binding);
    void onFieldChanged(const FieldKey &key);

    ReleaseDocument *m_document;
    QString m_itemId;
    bool m_translated = false;
    QList<Binding> m_bindings;
    bool m_showing = false;
    const Binding *m_committing = nullptr;
};

} // namespace rd
