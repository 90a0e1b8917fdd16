#include "filesource.h"

#include "util/pdfpages.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FileSource)
};

Result<QByteArray> readSmallFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Tr::tr("could not be opened (%1)").arg(file.errorString())}.in(name);
    if (!file.isSequential() && file.size() > maxAttachmentSize)
        return Error {Tr::tr("is too large to attach (%1; the limit is %2)")
                          .arg(formatFileSize(file.size()), formatFileSize(maxAttachmentSize))}
            .in(name);
    const QByteArray data = file.read(maxAttachmentSize + 1);
    if (data.size() > maxAttachmentSize)
        return Error {Tr::tr("is too large to attach (the limit is %1)")
                          .arg(formatFileSize(maxAttachmentSize))}
            .in(name);
    if (file.error() != QFile::NoError)
        return Error {Tr::tr("could not be read (%1)").arg(file.errorString())}.in(name);
    return data;
}

} // namespace

Result<Attachment> attachmentFromFile(const QString &path)
{
    Result<QByteArray> data = readSmallFile(path);
    if (!data)
        return data.error();
    Attachment attachment;
    attachment.id = newItemId();
    attachment.fileName = QFileInfo(path).fileName();
    attachment.mediaType = QMimeDatabase().mimeTypeForFileNameAndData(path, data.value()).name();
    attachment.file = EmbeddedFile::fromData(data.value());
    if (attachment.mediaType == QLatin1String("application/pdf"))
        attachment.pdfPages = countPdfPages(data.value());
    return attachment;
}

Result<Image> logoFromFile(const QString &path)
{
    Result<QByteArray> data = readSmallFile(path);
    if (!data)
        return data.error();
    // Judged by content, not by the name: a logo must be an image the renderer can draw.
    const QString type = QMimeDatabase().mimeTypeForData(data.value()).name();
    if (type != QLatin1String("image/png") && type != QLatin1String("image/jpeg"))
        return Error {Tr::tr("is not a PNG or JPEG image, so it cannot be used as a logo")}.in(
            QFileInfo(path).fileName());
    return Image {EmbeddedFile::fromData(data.value()), type};
}

QString formatFileSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace rd
