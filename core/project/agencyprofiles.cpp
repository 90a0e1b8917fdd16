#include "agencyprofiles.h"

#include "projectfile.h"
#include "util/filenames.h"

#include <QDir>
#include <QLocale>
#include <QStandardPaths>

#include <algorithm>

namespace rd {

AgencyProfiles::AgencyProfiles(const QString &folder)
    : m_folder(folder.isEmpty()
            ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                  .filePath(QStringLiteral("agencies"))
            : folder)
{ }

QList<AgencyProfiles::Entry> AgencyProfiles::list() const
{
    QList<Entry> entries;
    const QDir folder(m_folder);
    for (const QFileInfo &file :
        folder.entryInfoList({QStringLiteral("*.releasedesk")}, QDir::Files)) {
        Result<AgencyProfile> profile = load(file.absoluteFilePath());
        if (profile)
            entries.append({profile->agency.name, file.absoluteFilePath()});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return entries;
}

Result<AgencyProfile> AgencyProfiles::load(const QString &path) const
{
    Result<LoadedRelease> loaded = loadProject(path);
    if (!loaded)
        return loaded.error();
    const Release &release = loaded->release;
    if (release.agencies.size() != 1)
        return Error {QStringLiteral("%1: not an agency profile").arg(QFileInfo(path).fileName())};
    AgencyProfile profile {release.agencies.first(), {}};
    for (const MediaContact &contact : release.contacts) {
        if (contact.agencyId == profile.agency.id)
            profile.contacts.append(contact);
    }
    return profile;
}

Status AgencyProfiles::save(const Agency &agency, const QList<MediaContact> &contacts) const
{
    if (!QDir().mkpath(m_folder))
        return Error {QStringLiteral("the folder %1 cannot be written").arg(m_folder)};
    Release release;
    release.language = QLocale().bcp47Name();
    release.agencies = {agency};
    for (const MediaContact &contact : contacts) {
        if (contact.agencyId == agency.id)
            release.contacts.append(contact);
    }
    const QString name = safeFileName(agency.name, QStringLiteral("agency"));
    return saveProject(release, QDir(m_folder).filePath(name + QStringLiteral(".releasedesk")),
        NewFileAccess::OwnerOnly);
}

AgencyProfile AgencyProfiles::withNewIds(const AgencyProfile &profile)
{
    AgencyProfile fresh = profile;
    fresh.agency.id = newItemId();
    for (MediaContact &contact : fresh.contacts) {
        contact.id = newItemId();
        contact.agencyId = fresh.agency.id;
    }
    return fresh;
}

} // namespace rd
