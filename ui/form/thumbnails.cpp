#include "thumbnails.h"

#include "model/release.h"
#include "util/pdfpages.h"
#include "render/composedrelease.h"

#include <QApplication>
#include <QCache>
#include <QPainter>
#include <QStyle>

namespace rd {

namespace {

constexpr int thumbnailSide = 96;

QPixmap framed(const QImage &image)
{
    QPixmap pixmap(thumbnailSide, thumbnailSide);
    pixmap.fill(Qt::transparent);
    const QImage scaled = image.scaled(
        thumbnailSide - 4, thumbnailSide - 4, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPainter painter(&pixmap);
    const QPoint topLeft(
        (thumbnailSide - scaled.width()) / 2, (thumbnailSide - scaled.height()) / 2);
    painter.drawImage(topLeft, scaled);
    painter.setPen(QColor(0, 0, 0, 80));
    painter.drawRect(QRect(topLeft, scaled.size()).adjusted(0, 0, -1, -1));
    return pixmap;
}

} // namespace

QIcon attachmentThumbnail(const Attachment &attachment)
{
    static QCache<QString, QIcon> cache(64);
    if (const QIcon *cached = cache.object(attachment.file.sha256()))
        return *cached;

    QImage image;
    if (attachment.mediaType == QLatin1String("application/pdf")) {
        const QList<QImage> pages = rasterizePdfPages(attachment.file.data(), 24, 1);
        if (!pages.isEmpty())
            image = pages.first();
    } else if (attachment.mediaType == QLatin1String("image/png")
        || attachment.mediaType == QLatin1String("image/jpeg")) {
        image = decodeLogo(attachment.file.data(), attachment.mediaType, thumbnailSide * 2);
    }
    const QIcon icon
        = image.isNull() ? qApp->style()->standardIcon(QStyle::SP_FileIcon) : QIcon(framed(image));
    cache.insert(attachment.file.sha256(), new QIcon(icon));
    return icon;
}

} // namespace rd
