#include "textdirection.h"

#include <QLocale>

#include <algorithm>

namespace rd {

bool hasRightToLeft(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        const QChar::Direction direction = c.direction();
        return direction == QChar::DirR || direction == QChar::DirAL;
    });
}

Qt::LayoutDirection directionOfLanguage(const QString &tag)
{
    return tag.isEmpty() ? Qt::LeftToRight : QLocale(tag).textDirection();
}

} // namespace rd
