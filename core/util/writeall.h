#pragma once

#include "error.h"

#include <QByteArray>

class QIODevice;

namespace rd {

// Writes all of bytes to device, checking every write. The error is taken from the device at the
// moment of failure, because a QSaveFile forgets it once writing is cancelled.
Status writeAll(QIODevice *device, const QByteArray &bytes);

} // namespace rd
