#pragma once

#include "exportoptions.h"
#include "pdf/taggedpdfwriter.h"
#include "util/error.h"

#include <functional>

namespace rd {

class PageCanvas;
class PagedRelease;
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

// Paints over a page of the release, after it: a review copy's comments in the margin. What it
// paints must be marked as furniture or belong to the page's structure.
using PageOverlay = std::function<void(PageCanvas *canvas, int page)>;

// Pages laid out by the caller (a redline, a review copy) as a tagged PDF, without the release's
// attachments, its title the composed release's with `titlePrefix` before it.
Result<QByteArray> writePagedPdf(
    const PagedRelease &paged, const QString &titlePrefix, const PageOverlay &overlay = {});

} // namespace rd
