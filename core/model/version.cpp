#include "version.h"

#include "release.h"

namespace rd {

bool ReleaseVersion::operator==(const ReleaseVersion &other) const
{
    const bool sameContent
        = content == other.content || (content && other.content && *content == *other.content);
    return sameContent && id == other.id && event == other.event && label == other.label
        && by == other.by && at == other.at && unknownKeys == other.unknownKeys;
}

Release contentOf(const Release &release)
{
    Release content = release;
    content.workflow = {};
    content.issueLog.clear();
    content.acknowledgements.clear();
    content.versions.clear();
    content.comments.clear();
    return content;
}

ReleaseVersion snapshotOf(const Release &release, ReleaseVersion::Event event, const QString &label,
    const QString &by, const QDateTime &at)
{
    ReleaseVersion version;
    version.id = newItemId();
    version.event = event;
    version.label = label;
    version.by = by;
    version.at = at.toUTC();
    version.content = std::make_shared<const Release>(contentOf(release));
    return version;
}

Release withContentOf(const Release &release, const Release &content)
{
    Release restored = content;
    restored.workflow = release.workflow;
    restored.issueLog = release.issueLog;
    restored.acknowledgements = release.acknowledgements;
    restored.versions = release.versions;
    restored.comments = release.comments;
    return restored;
}

} // namespace rd
