#include "pdfpages.h"

#include "util/modules.h"

namespace rd {

namespace {

// The PDF module (pdfpagesmodule.cpp), loaded once, by whichever thread reads a PDF first; without
// it attached PDFs show no pages.
using CountPages = int (*)(const QByteArray &);
using RasterizePages = QList<QImage> (*)(const QByteArray &, qreal, int);

const Module &pdfModule()
{
    static const Module module(QStringLiteral("releasedesk-pdfpages"),
        {"releasedeskCountPdfPages", "releasedeskRasterizePdfPages"},
        "attached PDFs cannot be read");
    return module;
}

} // namespace

int countPdfPages(const QByteArray &pdf)
{
    const auto countPages = pdfModule().function<CountPages>(0);
    return countPages ? countPages(pdf) : 0;
}

QList<QImage> rasterizePdfPages(const QByteArray &pdf, qreal dotsPerInch, int maxPages)
{
    const auto rasterizePages = pdfModule().function<RasterizePages>(1);
    return rasterizePages ? rasterizePages(pdf, dotsPerInch, maxPages) : QList<QImage> {};
}

} // namespace rd
