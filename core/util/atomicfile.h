#pragma once

#include "error.h"

#include <QByteArray>
#include <QString>

namespace rd {

// Who may read a new file. Documents (projects and exports) are made as any other document is,
// with the permissions the user's umask leaves, so that the shared folder they are saved to decides
// who reads them; the recovery copies and agency profiles are the user's own.
enum class NewFileAccess { AsUmaskAllows, OwnerOnly };

// Writes bytes to path atomically: to a temporary file beside path, which replaces path only when
// every byte has reached the disk, so a failure or a kill at any moment leaves the previous file
// intact. An existing file keeps its permissions. Projects and exports are all written this way.
Status saveFileAtomically(const QString &path, const QByteArray &bytes,
    NewFileAccess access = NewFileAccess::AsUmaskAllows);

} // namespace rd
