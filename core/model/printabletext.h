#pragma once

#include <QString>

#include <utility>

namespace rd {

// Whether c is a character no output carries: a control character other than tab and line feed
// (C0, DEL, C1: a terminal's escape, a form feed, a NUL from a broken paste), a directional
// embedding or override (U+202A to U+202E, which would make words display in another order than
// they are written and read), a noncharacter, or half a surrogate pair. XML forbids most of them,
// and a page has no glyph for them; directional isolates and marks, which set mixed-direction
// text right, are kept.
bool isUnprintable(char32_t c);

// Where text's first unprintable character is, and its length in UTF-16 units (2 for a
// noncharacter outside the Basic Multilingual Plane); {-1, 0} when it has none.
std::pair<qsizetype, qsizetype> firstUnprintable(const QString &text);

// text without its unprintable characters.
QString printableText(const QString &text);

} // namespace rd
