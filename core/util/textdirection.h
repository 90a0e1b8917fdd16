#pragma once

#include <QString>

namespace rd {

// Whether text holds a right-to-left letter (Arabic, Hebrew...) anywhere, unlike
// QString::isRightToLeft(), which asks only about the first strong letter.
bool hasRightToLeft(const QString &text);

// The direction a language is written in, by its BCP 47 tag: right to left for Arabic or Hebrew,
// left to right for every other language and for no language at all.
Qt::LayoutDirection directionOfLanguage(const QString &tag);

} // namespace rd
