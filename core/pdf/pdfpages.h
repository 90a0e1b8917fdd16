#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>

namespace rd {

// Attached PDFs read with Qt's Pdf module: their page count for "Attached: ... (PDF, 2 pages)" and
// their pages as images for the appendix and for thumbnails. A separate library beside core, so
// that core itself stays on Qt Core and Gui. Nothing is written to disk: the bytes are read from
// memory.
int countPdfPages(const QByteArray &pdf);
QList<QImage> rasterizePdfPages(const QByteArray &pdf, qreal dotsPerInch, int maxPages = 200);

} // namespace rd
