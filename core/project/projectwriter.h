#pragma once

#include "util/error.h"

#include <QByteArray>

class QIODevice;

namespace rd {

struct Release;

// The bytes of a project file: the uncompressed "mimetype" entry first (as in ODF and EPUB, so
// that the type can be recognised from the first bytes), then manifest.json, then every embedded
// file once, as files/<sha256>.
Result<QByteArray> projectBytes(const Release &release);

// Writes the project file to device, checking every write; the error is captured at the moment
// of failure, because a QSaveFile forgets it once it has been cancelled.
Status writeProject(const Release &release, QIODevice *device);

} // namespace rd
