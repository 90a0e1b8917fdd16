#pragma once

#include "exportoptions.h"
#include "util/error.h"

namespace rd {

struct Release;

// The release as PDF, painted by the same PagedRelease as the preview and the printer: title,
// authors (the agencies), subject (the first line of the body) and creator in both the document
// information and the XMP metadata; every attachment embedded as a PDF file attachment, or in
// PDF/A-1b mode none (PDF/A-1 forbids them; they are listed only) and nothing transparent.
// Nothing in it names a local path, a user or a machine.
Result<QByteArray> exportPdf(const Release &release, const ExportOptions &options);

} // namespace rd
