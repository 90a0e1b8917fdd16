#pragma once

#include "model/body.h"
#include "model/release.h"

#include <QString>

#include <optional>

// The names that enumerations have in the manifest. They are part of the file format: never
// rename one, only add.
namespace rd::format {

QString nameOf(ReleaseType type);
QString nameOf(WorkflowState state);
QString nameOf(BodyBlock::Kind kind);
QString nameOf(WorkflowEvent::Kind kind);
QString nameOf(SensitiveMatter matter);
QString nameOf(Safeguard safeguard);
QString nameOf(ReleaseVersion::Event event);

std::optional<ReleaseType> releaseTypeNamed(const QString &name);
std::optional<WorkflowState> workflowStateNamed(const QString &name);
std::optional<BodyBlock::Kind> blockKindNamed(const QString &name);
std::optional<WorkflowEvent::Kind> workflowEventNamed(const QString &name);
std::optional<EndMarker> endMarkerNamed(const QString &text);
std::optional<SensitiveMatter> sensitiveMatterNamed(const QString &name);
std::optional<Safeguard> safeguardNamed(const QString &name);
std::optional<ReleaseVersion::Event> versionEventNamed(const QString &name);

QStringList releaseTypeNames();

} // namespace rd::format
