#pragma once

#include "jsonobjectreader.h"
#include "model/body.h"

#include <QJsonArray>

namespace rd {

// The statement in the project file: a list of blocks, each a kind and its runs of text
// (docs/file-format.md). Its translation is written the same way.
QJsonArray bodyToJson(const Body &body);

// Reads the statement at key of parent; a problem is recorded in parent's first error.
Body readBody(JsonObjectReader &parent, const QString &key,
    JsonObjectReader::Presence presence = JsonObjectReader::Presence::Required);

} // namespace rd
