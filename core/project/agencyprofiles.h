#pragma once

#include "model/release.h"
#include "util/error.h"

#include <QList>
#include <QString>

namespace rd {

// An agency saved once, with its logo, website, About paragraph and media contacts, to be picked
// for the next release.
struct AgencyProfile
{
    Agency agency;
    QList<MediaContact> contacts;
};

// The agency profiles in the user's settings folder. Each is a project file of its own (a release
// holding just that agency and its contacts), so that a profile is one file a colleague can be
// sent, and nothing new is needed to read it.
class AgencyProfiles
{
public:
    explicit AgencyProfiles(const QString &folder = {});

    QString folder() const { return m_folder; }

    struct Entry
    {
        QString name;
        QString path;
    };
    // By agency name, alphabetically; files that are not profiles are left out.
    QList<Entry> list() const;
    Result<AgencyProfile> load(const QString &path) const;
    // Saves or replaces the profile of this agency (by its name). The contacts kept are those of
    // the agency.
    Status save(const Agency &agency, const QList<MediaContact> &contacts) const;

    // The profile's agency and contacts with new ids, linked to each other, ready to insert.
    static AgencyProfile withNewIds(const AgencyProfile &profile);

private:
    QString m_folder;
};

} // namespace rd
