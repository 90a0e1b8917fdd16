#pragma once

#include <QByteArray>

namespace rd {

// Whether data is already compressed (a JPEG, a PDF's streams, a video, an archive), so that
// compressing it again would cost time and save nothing. Judged by compressing samples from its
// start, middle and end at the fastest level: a project with a large photograph or video
// attached is then saved, and read, at the speed of the disk rather than of the compressor.
bool isAlreadyCompressed(const QByteArray &data);

} // namespace rd
