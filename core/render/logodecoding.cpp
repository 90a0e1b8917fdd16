#include "composedrelease.h"

#include <QBuffer>
#include <QImageReader>

namespace rd {

QImage decodeLogo(const QByteArray &data, const QString &mediaType, int maxSide)
{
    if (data.isEmpty())
        return {};
    const QByteArray format = mediaType == QLatin1String("image/jpeg") ? QByteArrayLiteral("jpeg")
                                                                       : QByteArrayLiteral("png");
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setDecideFormatFromContent(false);
    const QSize size = reader.size();
    if (size.isValid() && std::max(size.width(), size.height()) > maxSide)
        reader.setScaledSize(size.scaled(maxSide, maxSide, Qt::KeepAspectRatio));
    return reader.read();
}

} // namespace rd
