#pragma once

#include "jsonobjectreader.h"
#include "model/comment.h"

#include <QJsonArray>

namespace rd {

// The release object's "comments" (docs/file-format.md): each comment with the field it is about
// (by its field id, item and language), the stretch of text it follows, its replies and whether
// it is resolved. Written only when there is one; never part of the content's hash.
QJsonArray commentsToJson(const QList<Comment> &comments);

// Read from the release object; a problem is recorded in the reader as for every other key.
QList<Comment> readComments(JsonObjectReader &release);

} // namespace rd
