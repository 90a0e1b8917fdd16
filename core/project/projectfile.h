#pragma once

#include "projectreader.h"
#include "util/error.h"

#include <QString>

namespace rd {

struct Release;

// Opens a project file. Every error starts with the file's name:
// "example.releasedesk: attachment 'statement.pdf' is damaged (checksum mismatch)".
Result<LoadedRelease> loadProject(const QString &path, const ReadLimits &limits = {});

// Who may read a new file. Documents (projects and exports) are made as any other document is,
// with the permissions the user's umask leaves, so that the shared folder they are saved to decides
// who reads them; the recovery copies and agency profiles are the user's own.
enum class NewFileAccess { AsUmaskAllows, OwnerOnly };

// Saves atomically: the release goes to a temporary file beside path, which replaces path only
// when every byte has reached the disk, so a failure or a kill at any moment leaves the previous
// file intact. An existing file keeps its permissions.
Status saveProject(const Release &release, const QString &path,
    NewFileAccess access = NewFileAccess::AsUmaskAllows);

// Writes bytes to path in the same atomic way (used by the exporters too).
Status saveFileAtomically(const QString &path, const QByteArray &bytes,
    NewFileAccess access = NewFileAccess::AsUmaskAllows);

} // namespace rd
