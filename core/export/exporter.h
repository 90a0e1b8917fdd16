#pragma once

#include "exportoptions.h"
#include "util/error.h"

namespace rd {

struct Release;

// Exports the release in options.format to path, atomically: a failure leaves no partial file
// (or folder) behind and an existing one unchanged. Errors name the output file.
Status exportRelease(const Release &release, const QString &path, const ExportOptions &options);

// The export in memory, for the formats that are one file.
Result<QByteArray> exportToBytes(const Release &release, const ExportOptions &options);

} // namespace rd
