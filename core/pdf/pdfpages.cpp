#include "pdfpages.h"

#include "model/embeddedfile.h"

#include <QBuffer>
#include <QCache>
#include <QEventLoop>
#include <QMutex>
#include <QPainter>
#include <QPdfDocument>
#include <QTimer>

namespace rd {

namespace {

// Loads a PDF from memory, waiting for QPdfDocument's loader when it works asynchronously.
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

int countPdfPages(const QByteArray &pdf)
{
    QBuffer buffer;
    buffer.setData(pdf);
    QPdfDocument document;
    return loadFromMemory(document, buffer) ? document.pageCount() : 0;
}

int countPdfPages(const EmbeddedFile &file)
{
    static QMutex mutex; // the preview lays out on a worker thread
    static QCache<QString, int> counts(256);
    {
        const QMutexLocker locker(&mutex);
        if (const int *count = counts.object(file.sha256()))
            return *count;
    }
    const int count = countPdfPages(file.data());
    const QMutexLocker locker(&mutex);
    counts.insert(file.sha256(), new int(count));
    return count;
}

QList<QImage> rasterizePdfPages(const QByteArray &pdf, qreal dotsPerInch, int maxPages)
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

} // namespace rd
