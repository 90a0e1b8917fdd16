#pragma once

#include "projectreader.h"
#include "util/atomicfile.h"
#include "util/error.h"

#include <QString>

namespace rd {

struct Release;

// Opens a project file. Every error starts with the file's name:
// "example.releasedesk: attachment 'statement.pdf' is damaged (checksum mismatch)".
Result<LoadedRelease> loadProject(const QString &path, const ReadLimits &limits = {});

// Saves atomically: the release goes to a temporary file beside path, which replaces path only
// when every byte has reached the disk, so a failure or a kill at any moment leaves the previous
// file intact. An existing file keeps its permissions.
Status saveProject(const Release &release, const QString &path,
    NewFileAccess access = NewFileAccess::AsUmaskAllows);

} // namespace rd
