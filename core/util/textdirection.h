#pragma once

#include <QString>

namespace rd {

// Whether text holds a right-to-left letter (Arabic, Hebrew...) anywhere, unlike
// QString::isRightToLeft(), which asks only about the first strong letter.
bool hasRightToLeft(const QString &text);

} // namespace rd
