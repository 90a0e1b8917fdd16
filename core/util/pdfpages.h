#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>

namespace rd {

// Attached PDFs, read from memory with Qt's Pdf module: their page count, for "Attached: ... (PDF,
// 2 pages)", and their pages as images, for the appendix and for thumbnails.
//
// Qt's Pdf module lives in a module of Release Desk's own (util/modules.h), loaded the first time a
// PDF is read. A PDF that cannot be read has no pages; so has every PDF if the module is missing,
// which is said once on stderr.
int countPdfPages(const QByteArray &pdf);
QList<QImage> rasterizePdfPages(const QByteArray &pdf, qreal dotsPerInch, int maxPages = 200);

} // namespace rd
