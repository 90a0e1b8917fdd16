#pragma once

#include "jsonobjectreader.h"

#include <QJsonObject>

namespace rd {

struct Release;

// The "translations" object of a bilingual release (docs/file-format.md): its second language
// and each translatable field's text in it, with the fingerprint of the source it was made from.
// Empty for a release in one language, which then has no such key.
QJsonObject translationToJson(const Release &release);

// Reads the release's "translations" object into release.translation; the fields and items it
// names must be the release's, so it is read after them.
void readTranslation(JsonObjectReader &releaseObject, Release &release);

} // namespace rd
