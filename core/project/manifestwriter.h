#pragma once

#include <QJsonObject>

namespace rd {

struct Release;

// The manifest (manifest.json) of a project file, as docs/file-format.md describes it. Embedded
// files are referred to by their SHA-256 and stored beside the manifest by ProjectWriter.
QJsonObject manifestToJson(const Release &release);

// The "release" object of the manifest.
QJsonObject releaseToJson(const Release &release);

} // namespace rd
