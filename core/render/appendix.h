#pragma once

#include "pagesetup.h"

#include <QImage>
#include <QList>
#include <QString>

#include <functional>

class QPainter;

namespace rd {

struct Release;

// Renders the pages of an attached PDF as images (Qt's Pdf module does it, outside core, which
// stays on Qt Core and Gui); empty when the PDF cannot be read.
using PdfPageRasterizer = std::function<QList<QImage>(const QByteArray &pdf, qreal dotsPerInch)>;

// A page after the release: one page of an attached PDF, or an attached image as a figure.
struct AppendixPage
{
    QImage image;
    QString caption;
};

// The attachments as appendix pages, in the release's order: PDFs page by page (when a
// rasterizer is given), PNG and JPEG images as figures; other files are listed in the release
// only.
QList<AppendixPage> appendixPages(const Release &release, const PdfPageRasterizer &rasterizePdf);

// Paints an appendix page in points, like PagedRelease::paintPage.
void paintAppendixPage(QPainter *painter, const AppendixPage &page, const PageSetup &setup);

} // namespace rd
