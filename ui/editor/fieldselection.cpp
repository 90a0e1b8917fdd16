#include "fieldselection.h"

#include "form/collectioneditor.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextEdit>

namespace rd {

namespace { } // namespace

// The field an editor's object name gives: a field's id ("headline"), or for the second
// language's editors "translation.<field id>", with ".<item id>" for a list's field.
std::optional<FieldKey> fieldOfEditor(QWidget *editor)
{
    const QString name = editor->objectName();
    if (const std::optional<Field> field = fieldWithId(name)) {
        QString item;
        if (collectionOf(*field)) {
            for (QWidget *parent = editor->parentWidget(); parent && item.isEmpty();
                 parent = parent->parentWidget()) {
                if (auto *collection = qobject_cast<CollectionEditor *>(parent))
                    item = collection->currentItemId();
            }
            if (item.isEmpty())
                return std::nullopt; // an empty list's form edits nothing
        }
        return FieldKey {*field, item};
    }
    const QString prefix = QStringLiteral("translation.");
    if (!name.startsWith(prefix))
        return std::nullopt;
    const QStringList parts = name.mid(prefix.size()).split(QLatin1Char('.'));
    const std::optional<Field> field = fieldWithId(parts.first());
    if (!field || parts.size() > 2)
        return std::nullopt;
    return FieldKey {*field, parts.value(1), true};
}

namespace {

// A text cursor's selection in the model's terms: the statement's editor has a block for each
// paragraph where its plain text has a blank line (two characters) between them.
FieldSelection selectionOf(const FieldKey &field, const QTextCursor &cursor)
{
    if (!cursor.hasSelection())
        return {field};
    QTextCursor start(cursor.document());
    start.setPosition(cursor.selectionStart());
    QTextCursor end(cursor.document());
    end.setPosition(cursor.selectionEnd());
    const bool body = field.field == Field::Body;
    const qsizetype from = cursor.selectionStart() + (body ? start.blockNumber() : 0);
    const qsizetype to = cursor.selectionEnd() + (body ? end.blockNumber() : 0);
    return {field, from, to - from};
}

} // namespace

std::optional<FieldSelection> fieldSelectionAt(QWidget *widget, QWidget *root)
{
    for (QWidget *editor = widget; editor && editor != root; editor = editor->parentWidget()) {
        const std::optional<FieldKey> field = fieldOfEditor(editor);
        if (!field)
            continue;
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            if (!line->hasSelectedText())
                return FieldSelection {*field};
            return FieldSelection {
                *field, line->selectionStart(), qsizetype(line->selectedText().size())};
        }
        if (auto *text = qobject_cast<QTextEdit *>(editor))
            return selectionOf(*field, text->textCursor());
        if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
            return selectionOf(*field, plain->textCursor());
        return FieldSelection {*field};
    }
    return std::nullopt;
}

} // namespace rd
