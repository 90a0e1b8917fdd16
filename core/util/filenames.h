#pragma once

#include <QString>

namespace rd {

// A file name that is safe to create in a folder from text a user or a project file gave: no
// folders, no leading dot, no control characters; fallback when nothing is left.
QString safeFileName(const QString &name, const QString &fallback);

} // namespace rd
