#include "pdfpages.h"

#include "util/modules.h"

#include <QLibrary>

#include <cstdio>

namespace rd {

namespace {

// The functions of the PDF module (pdfpagesmodule.cpp), loaded once, by whichever thread reads a
// PDF first.
struct PdfReader
{
    using CountPages = int (*)(const QByteArray &);
    using RasterizePages = QList<QImage> (*)(const QByteArray &, qreal, int);

    PdfReader()
    {
        const QString failure = loadModule(QStringLiteral("releasedesk-pdfpages"), &module);
        if (failure.isEmpty()) {
            countPages = reinterpret_cast<CountPages>(module.resolve("releasedeskCountPdfPages"));
            rasterizePages
                = reinterpret_cast<RasterizePages>(module.resolve("releasedeskRasterizePdfPages"));
        }
        if (!countPages || !rasterizePages) {
            // A broken installation: said once; attached PDFs then show no pages.
            std::fprintf(stderr, "releasedesk: attached PDFs cannot be read: %s\n",
                qPrintable(failure.isEmpty() ? module.errorString() : failure));
            countPages = nullptr;
            rasterizePages = nullptr;
        }
    }

    QLibrary module;
    CountPages countPages = nullptr;
    RasterizePages rasterizePages = nullptr;
};

const PdfReader &pdfReader()
{
    static const PdfReader reader;
    return reader;
}

} // namespace

int countPdfPages(const QByteArray &pdf)
{
    const PdfReader &reader = pdfReader();
    return reader.countPages ? reader.countPages(pdf) : 0;
}

QList<QImage> rasterizePdfPages(const QByteArray &pdf, qreal dotsPerInch, int maxPages)
{
    const PdfReader &reader = pdfReader();
    return reader.rasterizePages ? reader.rasterizePages(pdf, dotsPerInch, maxPages)
                                 : QList<QImage> {};
}

} // namespace rd
