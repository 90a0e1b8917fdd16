#include "formatnames.h"

#include <array>
#include <utility>

namespace rd::format {

namespace {

template<typename Enum, size_t Size>
using NameTable = std::array<std::pair<Enum, const char *>, Size>;

constexpr NameTable<ReleaseType, 6> releaseTypes {{
    {ReleaseType::MediaRelease, "media-release"},
    {ReleaseType::JointStatement, "joint-statement"},
    {ReleaseType::HoldingStatement, "holding-statement"},
    {ReleaseType::Update, "update"},
    {ReleaseType::AppealForInformation, "appeal-for-information"},
    {ReleaseType::MediaAdvisory, "media-advisory"},
}};

constexpr NameTable<WorkflowState, 3> workflowStates {{
    {WorkflowState::Draft, "draft"},
    {WorkflowState::InReview, "in-review"},
    {WorkflowState::Approved, "approved"},
}};

constexpr NameTable<WorkflowEvent::Kind, 4> workflowEvents {{
    {WorkflowEvent::Kind::ReviewRequested, "review-requested"},
    {WorkflowEvent::Kind::Approved, "approved"},
    {WorkflowEvent::Kind::ReturnedToDraft, "returned-to-draft"},
    {WorkflowEvent::Kind::WithdrawnByEdit, "withdrawn-by-edit"},
}};

constexpr NameTable<ReleaseVersion::Event, 4> versionEvents {{
    {ReleaseVersion::Event::Saved, "saved"},
    {ReleaseVersion::Event::ReviewRequested, "review-requested"},
    {ReleaseVersion::Event::Approved, "approved"},
    {ReleaseVersion::Event::Issued, "issued"},
}};

constexpr NameTable<BodyBlock::Kind, 3> blockKinds {{
    {BodyBlock::Kind::Paragraph, "paragraph"},
    {BodyBlock::Kind::BulletItem, "bullet"},
    {BodyBlock::Kind::NumberedItem, "numbered"},
}};

constexpr NameTable<SensitiveMatter, 5> sensitiveMatters {{
    {SensitiveMatter::Death, "death"},
    {SensitiveMatter::Victim, "victim"},
    {SensitiveMatter::YoungPerson, "young-person"},
    {SensitiveMatter::CourtCase, "court-case"},
    {SensitiveMatter::Arrest, "arrest"},
}};

constexpr NameTable<Safeguard, 4> safeguards {{
    {Safeguard::NextOfKinTold, "next-of-kin-told"},
    {Safeguard::ConsentOrLegalBasis, "consent-or-legal-basis"},
    {Safeguard::NoSuppressionOrder, "no-suppression-order"},
    {Safeguard::NameReleaseCleared, "name-release-cleared"},
}};

template<typename Enum, size_t Size>
QString lookUpName(const NameTable<Enum, Size> &table, Enum value)
{
    for (const auto &[entry, name] : table) {
        if (entry == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, size_t Size>
std::optional<Enum> lookUpValue(const NameTable<Enum, Size> &table, const QString &name)
{
    for (const auto &[entry, entryName] : table) {
        if (name == QLatin1String(entryName))
            return entry;
    }
    return std::nullopt;
}

} // namespace

QString nameOf(ReleaseType type)
{
    return lookUpName(releaseTypes, type);
}

QString nameOf(WorkflowState state)
{
    return lookUpName(workflowStates, state);
}

QString nameOf(SensitiveMatter matter)
{
    return lookUpName(sensitiveMatters, matter);
}

QString nameOf(Safeguard safeguard)
{
    return lookUpName(safeguards, safeguard);
}

std::optional<SensitiveMatter> sensitiveMatterNamed(const QString &name)
{
    return lookUpValue(sensitiveMatters, name);
}

std::optional<Safeguard> safeguardNamed(const QString &name)
{
    return lookUpValue(safeguards, name);
}

QString nameOf(WorkflowEvent::Kind kind)
{
    return lookUpName(workflowEvents, kind);
}

std::optional<WorkflowEvent::Kind> workflowEventNamed(const QString &name)
{
    return lookUpValue(workflowEvents, name);
}

QString nameOf(BodyBlock::Kind kind)
{
    return lookUpName(blockKinds, kind);
}

std::optional<ReleaseType> releaseTypeNamed(const QString &name)
{
    return lookUpValue(releaseTypes, name);
}

std::optional<WorkflowState> workflowStateNamed(const QString &name)
{
    return lookUpValue(workflowStates, name);
}

std::optional<BodyBlock::Kind> blockKindNamed(const QString &name)
{
    return lookUpValue(blockKinds, name);
}

QString nameOf(ReleaseVersion::Event event)
{
    return lookUpName(versionEvents, event);
}

std::optional<ReleaseVersion::Event> versionEventNamed(const QString &name)
{
    return lookUpValue(versionEvents, name);
}

std::optional<EndMarker> endMarkerNamed(const QString &text)
{
    for (EndMarker marker : {EndMarker::Ends, EndMarker::Hashes, EndMarker::Thirty}) {
        if (endMarkerText(marker) == text)
            return marker;
    }
    return std::nullopt;
}

QStringList releaseTypeNames()
{
    QStringList names;
    for (const auto &entry : releaseTypes)
        names.append(QString::fromLatin1(entry.second));
    return names;
}

} // namespace rd::format
