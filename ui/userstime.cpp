#include "userstime.h"

#include <QCoreApplication>
#include <QLocale>

namespace rd {

QString localTime(const QDateTime &moment)
{
    if (!moment.isValid())
        return QCoreApplication::translate("UsersTime", "an unknown time");
    const QDateTime local = moment.toLocalTime();
    const QLocale locale;
    return QCoreApplication::translate("UsersTime", "%1, %2")
        .arg(locale.toString(local.date(), QLocale::LongFormat),
            locale.toString(local.time(), QLocale::ShortFormat));
}

} // namespace rd
