#pragma once

#include "model/body.h"
#include "releasecomparison.h"

namespace rd {

// The statement compared paragraph by paragraph: paragraphs are aligned on those that are the
// same; a paragraph deleted in one place and inserted unchanged in another has moved; between the
// aligned ones, paragraphs are paired in order as changed where they share enough of their words,
// and compared word by word; what is left was added or removed. Paths are "body[N]", with the
// prefix given for a second language ("mi-NZ:").
QList<Difference> compareBodies(
    const Body &before, const Body &after, const FieldKey &key, const QString &pathPrefix);

} // namespace rd
