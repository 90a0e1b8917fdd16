// The module that holds Qt's Pdf module (with PDFium inside it, and Qt Network and Kerberos, which
// it links), for reading attached PDFs: loaded by pdfpages.cpp the first time a PDF is read, so
// that an export of a project that records its attachments' page counts never maps it.
#include <QBuffer>
#include <QEventLoop>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QPdfDocument>
#include <QTimer>

#include <algorithm>

namespace {

// Loads a PDF from memory, waiting for QPdfDocument's loader when it works asynchronously.
// Nothing is written to disk.
bool loadFromMemory(QPdfDocument &document, QBuffer &buffer)
{
    buffer.open(QIODevice::ReadOnly);
    document.load(&buffer);
    if (document.status() == QPdfDocument::Status::Loading) {
        QEventLoop loop;
        QObject::connect(&document, &QPdfDocument::statusChanged, &loop, [&] {
            if (document.status() != QPdfDocument::Status::Loading)
                loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return document.status() == QPdfDocument::Status::Ready;
}

} // namespace

extern "C" {

Q_DECL_EXPORT int releasedeskCountPdfPages(const QByteArray &pdf)
{
    QBuffer buffer;
    buffer.setData(pdf);
    QPdfDocument document;
    return loadFromMemory(document, buffer) ? document.pageCount() : 0;
}

Q_DECL_EXPORT QList<QImage> releasedeskRasterizePdfPages(
    const QByteArray &pdf, qreal dotsPerInch, int maxPages)
{
    QBuffer buffer;
    buffer.setData(pdf);
    QPdfDocument document;
    QList<QImage> pages;
    if (!loadFromMemory(document, buffer))
        return pages;
    for (int page = 0; page < std::min(document.pageCount(), maxPages); ++page) {
        const QSizeF points = document.pagePointSize(page);
        const QSize pixels = (points * dotsPerInch / 72.0).toSize();
        QImage image = document.render(page, pixels);
        if (image.isNull())
            continue;
        // Opaque, so that the appendix needs no transparency (PDF/A, and smaller files).
        QImage flattened(image.size(), QImage::Format_RGB32);
        flattened.fill(Qt::white);
        QPainter(&flattened).drawImage(0, 0, image);
        pages.append(flattened);
    }
    return pages;
}

} // extern "C"
