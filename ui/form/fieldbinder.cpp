#include "fieldbinder.h"

#include "shortcutrouter.h"

#include "model/releasedocument.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>

namespace rd {

namespace {

// A multi-line field is set from the right when its text starts right to left. Each paragraph
// keeps the direction of its own text (an English paragraph after a Hebrew one still reads left to
// right); QPlainTextEdit aligns a whole field one way, so the first paragraph decides.
void followTextDirection(QPlainTextEdit *edit)
{
    QTextOption option = edit->document()->defaultTextOption();
    const Qt::Alignment alignment = Qt::AlignAbsolute
        | (edit->toPlainText().isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft);
    if (option.alignment() == alignment && option.textDirection() == Qt::LayoutDirectionAuto)
        return;
    option.setAlignment(alignment);
    option.setTextDirection(Qt::LayoutDirectionAuto);
    edit->document()->setDefaultTextOption(option);
}

} // namespace

FieldBinder::FieldBinder(ReleaseDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &ReleaseDocument::fieldChanged, this, &FieldBinder::onFieldChanged);
    connect(document, &ReleaseDocument::releaseReset, this, &FieldBinder::refresh);
}

std::function<void()> FieldBinder::bind(
    Field field, std::function<QVariant()> read, std::function<void(const QVariant &)> write)
{
    m_bindings.append({field, std::move(read), std::move(write)});
    const int index = m_bindings.size() - 1;
    show(m_bindings.last());
    return [this, index] { commit(m_bindings.at(index)); };
}

void FieldBinder::bind(Field field, QLineEdit *edit)
{
    edit->setObjectName(fieldId(field));
    routeUndoToWindow(edit);
    const auto commit = bind(
        field, [edit] { return QVariant(edit->text()); },
        [edit](const QVariant &value) {
            // A one-line field: a line break another program wrote shows (and prints) as a space.
            const QString text = asSingleLine(value.toString());
            if (edit->text() != text)
                edit->setText(text);
        });
    connect(edit, &QLineEdit::textEdited, this, commit);
}

void FieldBinder::bind(Field field, QPlainTextEdit *edit)
{
    edit->setObjectName(fieldId(field));
    routeUndoToWindow(edit);
    edit->setUndoRedoEnabled(false);
    const auto commit = bind(
        field, [edit] { return QVariant(edit->toPlainText()); },
        [edit](const QVariant &value) {
            if (edit->toPlainText() != value.toString())
                edit->setPlainText(value.toString());
        });
    connect(edit, &QPlainTextEdit::textChanged, this, commit);
    connect(edit, &QPlainTextEdit::textChanged, edit, [edit] { followTextDirection(edit); });
    followTextDirection(edit);
}

void FieldBinder::bind(Field field, QComboBox *comboBox)
{
    comboBox->setObjectName(fieldId(field));
    const auto commit = bind(
        field, [comboBox] { return comboBox->currentData(); },
        [comboBox](const QVariant &value) {
            comboBox->setCurrentIndex(std::max(0, comboBox->findData(value)));
        });
    connect(comboBox, &QComboBox::activated, this, commit);
}

void FieldBinder::bind(Field field, QDateEdit *edit)
{
    edit->setObjectName(fieldId(field));
    const auto commit = bind(
        field,
        [edit] { return QVariant(edit->date() == edit->minimumDate() ? QDate() : edit->date()); },
        [edit](const QVariant &value) {
            const QDate date = value.toDate();
            edit->setDate(date.isValid() ? date : edit->minimumDate());
        });
    connect(edit, &QDateEdit::dateChanged, this, commit);
}

void FieldBinder::setItemId(const QString &itemId)
{
    m_itemId = itemId;
    refresh();
}

void FieldBinder::refresh()
{
    for (const Binding &binding : std::as_const(m_bindings))
        show(binding);
}

void FieldBinder::commit(const Binding &binding)
{
    if (m_showing)
        return; // the widget changed because the model did
    const FieldKey key {
        binding.field, collectionOf(binding.field) ? m_itemId : QString(), m_translated};
    if (!fieldValue(m_document->release(), key).isValid())
        return; // no item selected
    // The widget already shows what it sends: the change it causes is not shown back to it, which
    // for the statement would mean reading a long body out of its editor twice per keystroke.
    m_committing = &binding;
    const bool wasApproved = m_document->release().workflow.state == WorkflowState::Approved;
    m_document->setField(key, binding.read());
    m_committing = nullptr;
    // An edit of an approved release that the user chose not to make: the widget shows the
    // approved text again.
    if (wasApproved && m_document->release().workflow.state == WorkflowState::Approved)
        show(binding);
}

void FieldBinder::show(const Binding &binding)
{
    const FieldKey key {
        binding.field, collectionOf(binding.field) ? m_itemId : QString(), m_translated};
    const QVariant value = fieldValue(m_document->release(), key);
    if (!value.isValid())
        return;
    m_showing = true;
    binding.write(value);
    m_showing = false;
}

void FieldBinder::onFieldChanged(const FieldKey &key)
{
    if ((collectionOf(key.field) && key.itemId != m_itemId) || key.translated != m_translated)
        return;
    for (const Binding &binding : std::as_const(m_bindings)) {
        if (binding.field == key.field && &binding != m_committing)
            show(binding);
    }
}

} // namespace rd
