#include "workpreferences.h"

#include "main/autosaver.h"
#include "project/agencyprofiles.h"

#include <QDir>
#include <QSettings>

#include <algorithm>

namespace rd {

namespace {

const char *houseStyleKey = "checks/defaultHouseStyle";
const char *profilesKey = "agencies/profilesFolder";
const char *autosaveKey = "recovery/autosaveSeconds";

void setOrRemove(const char *key, const QVariant &value, bool isDefault)
{
    QSettings settings;
    if (isDefault)
        settings.remove(QLatin1String(key));
    else
        settings.setValue(QLatin1String(key), value);
}

} // namespace

QString defaultHouseStylePath()
{
    return QSettings().value(QLatin1String(houseStyleKey)).toString();
}

void setDefaultHouseStylePath(const QString &path)
{
    setOrRemove(houseStyleKey, path, path.isEmpty());
}

QString agencyProfilesFolder()
{
    const QString chosen = QSettings().value(QLatin1String(profilesKey)).toString();
    return chosen.isEmpty() ? AgencyProfiles().folder() : chosen;
}

void setAgencyProfilesFolder(const QString &folder)
{
    const bool isDefault
        = folder.isEmpty() || QDir::cleanPath(folder) == QDir::cleanPath(AgencyProfiles().folder());
    setOrRemove(profilesKey, QDir::cleanPath(folder), isDefault);
}

int autosaveSeconds()
{
    bool valid = false;
    const int seconds = QSettings().value(QLatin1String(autosaveKey)).toInt(&valid);
    if (!valid)
        return Autosaver::defaultInterval / 1000;
    return std::clamp(seconds, minimumAutosaveSeconds, maximumAutosaveSeconds);
}

void setAutosaveSeconds(int seconds)
{
    seconds = std::clamp(seconds, minimumAutosaveSeconds, maximumAutosaveSeconds);
    setOrRemove(autosaveKey, seconds, seconds == Autosaver::defaultInterval / 1000);
}

} // namespace rd
