#pragma once

#include "model/release.h"
#include "util/error.h"

#include <QStringList>

class QIODevice;

namespace rd {

// How much a project file may make the reader allocate. A ZIP entry that expands beyond these is
// refused (a "zip bomb"), whatever sizes the archive declares.
struct ReadLimits
{
    qint64 maxFileSize = qint64(2) * 1024 * 1024 * 1024;
    qint64 maxManifestSize = 16 * 1024 * 1024;
    qint64 maxEmbeddedFileSize = qint64(512) * 1024 * 1024;
    qint64 maxTotalSize = qint64(2) * 1024 * 1024 * 1024;
};

struct LoadedRelease
{
    Release release;
    QStringList warnings; // things the user should be told, such as a withdrawn approval
};

// Reads a project file (docs/file-format.md) from device. Errors say what is wrong without naming
// the file; loadProject() puts the file name in front.
Result<LoadedRelease> readProject(QIODevice *device, const ReadLimits &limits = {});
Result<LoadedRelease> readProject(const QByteArray &bytes, const ReadLimits &limits = {});

} // namespace rd
