#pragma once

#include "release.h"
#include "util/error.h"

namespace rd {

// Largest file that can be attached: the project travels by e-mail, and every byte of it is
// held in memory while it is edited.
constexpr qint64 maxAttachmentSize = qint64(512) * 1024 * 1024;

// Reads a file from disk into an attachment (with a fresh id, its file name, and its media type
// as the content shows it), or into an agency logo, which must be a PNG or JPEG image.
Result<Attachment> attachmentFromFile(const QString &path);
Result<Image> logoFromFile(const QString &path);

// "2.4 MB", "512 bytes": the size as people read it.
QString formatFileSize(qint64 bytes);

} // namespace rd
