#pragma once

#include "jsonobjectreader.h"
#include "model/version.h"

#include <QJsonArray>
#include <QList>

namespace rd {

// The release object's "versions" (docs/file-format.md): each version's id, the step it was
// kept at, its label, who and when, and its content as a release object of its own, whose
// embedded files are stored once with the release's.
QJsonArray versionsToJson(const QList<ReleaseVersion> &versions);

// Whether some version uses an embedded file (a logo, an attachment) that the release itself no
// longer has: an earlier reader, which keeps the versions as an unknown key, would drop that file.
bool versionsUseOtherFiles(const Release &release);

// Reads the facts of one version; its content is read by the caller, which reads releases.
ReleaseVersion readVersionFacts(JsonObjectReader &object);

} // namespace rd
