#pragma once

#include "pagesetup.h"

#include <QImage>
#include <QList>
#include <QString>

namespace rd {

class PageCanvas;
class PageStructure;

struct Release;

// A page after the release: one page of an attached PDF, or an attached image as a figure.
struct AppendixPage
{
    QImage image;
    QString caption;
    // Its elements in the document's structure (appendToStructure), -1 until it has them.
    int captionElement = -1;
    int figureElement = -1;
};

// The attachments as appendix pages, in the release's order: PDFs page by page, PNG and JPEG
// images as figures; other files are listed in the release only.
QList<AppendixPage> appendixPages(const Release &release);

// Adds the appendix pages to a document's structure, after the release: each page's caption as
// a caption, and the page itself as a figure that the caption names.
void appendToStructure(QList<AppendixPage> &pages, PageStructure &structure);

// Paints an appendix page in points, like PagedRelease::paintPage.
void paintAppendixPage(PageCanvas *canvas, const AppendixPage &page, const PageSetup &setup);

} // namespace rd
