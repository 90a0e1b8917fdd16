#include "release.h"

#include <QCoreApplication>
#include <QUuid>

namespace rd {

QDateTime Embargo::liftsAt() const
{
    if (!embargoed || !date.isValid() || !time.isValid() || !zone.isValid())
        return {};
    return QDateTime(date, time, zone);
}

bool Embargo::appliesAt(const QDateTime &moment) const
{
    const QDateTime lift = liftsAt();
    return embargoed && (!lift.isValid() || moment < lift);
}

bool Embargo::operator==(const Embargo &other) const
{
    // Compared field by field: QDateTime's own == compares instants, which would make two zones
    // with the same offset equal although they print differently.
    return embargoed == other.embargoed && date == other.date && time == other.time
        && zone.id() == other.zone.id();
}

const Agency *Release::agency(const QString &id) const
{
    for (const Agency &candidate : agencies) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

QString newItemId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString releaseTypeName(ReleaseType type)
{
    switch (type) {
    case ReleaseType::MediaRelease:
        return QCoreApplication::translate("Release", "Media release");
    case ReleaseType::JointStatement:
        return QCoreApplication::translate("Release", "Joint statement");
    case ReleaseType::HoldingStatement:
        return QCoreApplication::translate("Release", "Holding statement");
    case ReleaseType::Update:
        return QCoreApplication::translate("Release", "Update");
    case ReleaseType::AppealForInformation:
        return QCoreApplication::translate("Release", "Appeal for information");
    case ReleaseType::MediaAdvisory:
        return QCoreApplication::translate("Release", "Media advisory");
    }
    return {};
}

QString endMarkerText(EndMarker marker)
{
    switch (marker) {
    case EndMarker::Ends:
        return QStringLiteral("ENDS");
    case EndMarker::Hashes:
        return QStringLiteral("###");
    case EndMarker::Thirty:
        return QStringLiteral("-30-");
    }
    return {};
}

Workflow Workflow::returnedToDraft(WorkflowEvent event) const
{
    Workflow draft;
    draft.history = history;
    draft.history.append(std::move(event));
    return draft;
}

} // namespace rd
