#include "useridentity.h"

#include "project/projectlock.h"

#include <QSettings>

namespace rd {

namespace {

const char *userNameKey = "user/name";

} // namespace

QString userName()
{
    const QString saved = QSettings().value(QLatin1String(userNameKey)).toString();
    if (!saved.isEmpty())
        return saved;
    const QString account = currentUserName();
    return account == QLatin1String("unknown") ? QString() : account;
}

bool hasGivenUserName()
{
    return !QSettings().value(QLatin1String(userNameKey)).toString().isEmpty();
}

void setUserName(const QString &name)
{
    QSettings().setValue(QLatin1String(userNameKey), name.trimmed());
}

} // namespace rd
