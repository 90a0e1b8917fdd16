#pragma once

#include "model/field.h"

#include <QString>

#include <optional>

class QWidget;

namespace rd {

struct Release;

// A field and the characters selected in it, counted as the model counts the field's text (the
// statement's paragraphs separated by blank lines, as Body::plainText() gives them).
struct FieldSelection
{
    FieldKey field;
    qsizetype start = -1; // -1: nothing selected
    qsizetype length = 0;
};

// The field an editor edits, as its object name and the list item its form shows say; nothing for
// a widget that is no field's editor.
std::optional<FieldKey> fieldOfEditor(QWidget *editor);

// The field whose editor within root holds widget (the focus, usually), with what is selected in
// it; nothing when widget is in no field's editor. A list's field names the item its form shows.
std::optional<FieldSelection> fieldSelectionAt(QWidget *widget, QWidget *root);

} // namespace rd
