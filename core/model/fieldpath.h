#pragma once

#include "field.h"

#include <QString>

namespace rd {

struct Release;

// A field's place in a release as the project file names it (docs/file-format.md): "headline",
// "dateline.place", "quotes[0].title" (the list and the item's index); the list alone ("quotes")
// when the item is not in the release. A field of a bilingual release's second language is named
// with that language first ("mi-NZ:headline").
QString fieldPath(const Release &release, const FieldKey &key);

// The list's key in the project file and the item's index in it: "quotes[0]"; the list alone when
// no item has the id.
QString itemPath(const Release &release, Collection collection, const QString &id);

} // namespace rd
