#pragma once

#include "exportoptions.h"
#include "pdf/taggedpdfwriter.h"
#include "util/error.h"

namespace rd {

struct Release;

// The release as a tagged PDF (PDF/UA-1), painted by the same PagedRelease as the preview and
// the printer, with its structure in reading order, its furniture as artifacts, an outline of
// its headings, and title, authors (the agencies), subject (the first line of the body),
// languages and creator in the metadata. Every attachment is embedded as an associated file;
// the PDF/A format is PDF/A-3a. Nothing in it names a local path, a user or a machine.
Result<QByteArray> exportPdf(const Release &release, const ExportOptions &options);

// The same at a conformance level of one's choosing: PDF/A-1b, which has no attachments and
// nothing transparent, is what Apache PDFBox Preflight can judge.
Result<QByteArray> exportPdf(
    const Release &release, const ExportOptions &options, PdfConformance conformance);

} // namespace rd
