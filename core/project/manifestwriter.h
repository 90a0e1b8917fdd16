#pragma once

#include <QJsonObject>

namespace rd {

struct Release;

// The manifest (manifest.json) of a project file, as docs/file-format.md describes it. Embedded
// files are referred to by their SHA-256 and stored beside the manifest by ProjectWriter.
QJsonObject manifestToJson(const Release &release);

// An object's known keys written over the unknown ones it was read with, so that a key a newer
// version added survives and a key this version owns is always its own.
QJsonObject withUnknownKeys(const QJsonObject &unknownKeys, const QJsonObject &known);

// The "release" object of the manifest.
QJsonObject releaseToJson(const Release &release);

} // namespace rd
