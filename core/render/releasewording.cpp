#include "composedrelease.h"

#include <QLocale>

namespace rd {

QString datelineText(const Release &release)
{
    const QLocale locale = release.language.isEmpty() ? QLocale() : QLocale(release.language);
    QStringList dateline;
    if (const QString place = asSingleLine(release.dateline.place).trimmed(); !place.isEmpty())
        dateline.append(place);
    if (release.dateline.date.isValid())
        dateline.append(locale.toString(release.dateline.date, QLocale::LongFormat));
    return dateline.join(QStringLiteral(", "));
}

} // namespace rd
