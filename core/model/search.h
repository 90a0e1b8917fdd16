#pragma once

#include "field.h"

#include <QList>
#include <QString>

namespace rd {

struct Release;

// Where a piece of text occurs in a release: the field, and the position and length within the
// field's text (for the body, within its paragraphs joined by single newlines, as an editor of it
// holds them).
struct TextMatch
{
    FieldKey field;
    int position = 0;
    int length = 0;
};

// Every occurrence of needle, ignoring case, in the order the fields appear in the editor's steps.
QList<TextMatch> findText(const Release &release, const QString &needle);

} // namespace rd
