#include "fuzzinput.h"

#include "project/formatversion.h"
#include "project/manifestreader.h"

#include <QBuffer>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>

namespace rd::fuzz {

QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

namespace {

const QByteArray &smallPng()
{
    static const QByteArray png = [] {
        QImage image(4, 3, QImage::Format_RGB32);
        image.fill(Qt::darkBlue);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }();
    return png;
}

} // namespace

std::optional<Release> releaseFromJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    QJsonObject manifest = document.object();
    if (!manifest.contains(QStringLiteral("release"))) {
        manifest = QJsonObject {{QStringLiteral("formatVersion"), format::version},
            {QStringLiteral("minReaderVersion"), 1}, {QStringLiteral("release"), manifest}};
    }
    const auto anyFile = [](const QString &, qint64, const QString &) {
        return Result<EmbeddedFile>(EmbeddedFile::fromData(smallPng()));
    };
    Result<Release> release = releaseFromManifest(manifest, anyFile);
    if (!release)
        return std::nullopt;
    return release.value();
}

} // namespace rd::fuzz
