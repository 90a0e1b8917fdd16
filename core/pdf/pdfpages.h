#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>

namespace rd {

class EmbeddedFile;

// Attached PDFs read with Qt's Pdf module: their page count for "Attached: ... (PDF, 2 pages)" and
// their pages as images for the appendix and for thumbnails. Nothing is written to disk: the bytes
// are read from memory.
int countPdfPages(const QByteArray &pdf);
// The same for an embedded file, remembered by its hash: the preview lays the release out again
// after every pause in typing, and reading a large PDF each time would slow it.
int countPdfPages(const EmbeddedFile &file);
QList<QImage> rasterizePdfPages(const QByteArray &pdf, qreal dotsPerInch, int maxPages = 200);

} // namespace rd
