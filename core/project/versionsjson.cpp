#include "versionsjson.h"

#include "formatnames.h"
#include "manifestwriter.h"
#include "model/release.h"

#include <QCoreApplication>
#include <QSet>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ManifestReader)
};

QSet<QString> filesOf(const Release &release)
{
    QSet<QString> files;
    for (const Agency &agency : release.agencies) {
        if (!agency.logo.isNull())
            files.insert(agency.logo.file.sha256());
    }
    for (const Attachment &attachment : release.attachments)
        files.insert(attachment.file.sha256());
    return files;
}

} // namespace

QJsonArray versionsToJson(const QList<ReleaseVersion> &versions)
{
    QJsonArray array;
    for (const ReleaseVersion &version : versions) {
        if (!version.content)
            continue;
        // The content alone: what happened to it is the release's own.
        QJsonObject content = releaseToJson(*version.content);
        content.remove(QStringLiteral("workflow"));
        content.remove(QStringLiteral("issueLog"));
        content.remove(QStringLiteral("comments"));
        QJsonObject object {
            {QStringLiteral("id"), version.id},
            {QStringLiteral("event"), format::nameOf(version.event)},
            {QStringLiteral("by"), version.by},
            {QStringLiteral("at"), version.at.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("release"), content},
        };
        if (!version.label.isEmpty())
            object.insert(QStringLiteral("label"), version.label);
        array.append(withUnknownKeys(version.unknownKeys, object));
    }
    return array;
}

bool versionsUseOtherFiles(const Release &release)
{
    const QSet<QString> own = filesOf(release);
    for (const ReleaseVersion &version : release.versions) {
        if (version.content && !own.contains(filesOf(*version.content)))
            return true;
    }
    return false;
}

ReleaseVersion readVersionFacts(JsonObjectReader &object)
{
    ReleaseVersion version;
    version.id = object.string(QStringLiteral("id"), JsonObjectReader::Presence::Required);
    const QString event
        = object.string(QStringLiteral("event"), JsonObjectReader::Presence::Required);
    if (const auto kind = format::versionEventNamed(event))
        version.event = *kind;
    else if (!object.failed())
        object.fail(QStringLiteral("event"),
            Tr::tr("'%1' is not a step a version is kept at (saved, review-requested, approved "
                   "or issued)")
                .arg(event));
    version.label = object.string(QStringLiteral("label"));
    version.by = object.string(QStringLiteral("by"));
    version.at = object.utcTime(QStringLiteral("at"), JsonObjectReader::Presence::Required);
    return version;
}

} // namespace rd
