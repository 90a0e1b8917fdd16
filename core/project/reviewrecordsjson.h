#pragma once

#include "jsonobjectreader.h"
#include "model/release.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rd {

// The records a review keeps in the manifest beside the content: the sensitive matters a release
// concerns with the safeguards confirmed for them, and the acknowledged warnings
// (docs/file-format.md). Both are written only when there is something to write, so that other
// files keep their content hash.
QJsonObject sensitivityToJson(const Sensitivity &sensitivity, const QJsonObject &unknownKeys);
QJsonArray acknowledgementsToJson(const QList<Acknowledgement> &acknowledgements);

// Read from the release object; a problem is recorded in the reader as for every other key.
// unknownKeys receives the sensitivity object's own unknown keys.
Sensitivity readSensitivity(JsonObjectReader &release, QJsonObject *unknownKeys);
QList<Acknowledgement> readAcknowledgements(JsonObjectReader &release);

} // namespace rd
