#include "projectreader.h"

#include "formatversion.h"
#include "manifestreader.h"
#include "util/ziparchive.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QJsonDocument>

#include <algorithm>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectReader)
};

Status checkMimeType(const ZipArchiveReader &archive)
{
    const auto &entries = archive.entries();
    if (entries.isEmpty() || entries.first().name != format::mimeTypeEntry)
        return Error {Tr::tr("not a Release Desk project (it is a ZIP file of another kind)")};
    if (!entries.first().stored)
        return Error {Tr::tr("damaged: its 'mimetype' entry is compressed")};
    Result<QByteArray> mimeType = archive.read(format::mimeTypeEntry, 256);
    if (!mimeType)
        return mimeType.error();
    if (mimeType.value() != QByteArrayView(format::mimeType))
        return Error {Tr::tr("not a Release Desk project (it is a ZIP file of type '%1')")
                          .arg(QString::fromUtf8(mimeType.value().left(80)))};
    return success();
}

} // namespace

Result<LoadedRelease> readProject(const QByteArray &bytes, const ReadLimits &limits)
{
    ZipArchiveReader archive;
    if (Status opened = archive.open(bytes); !opened)
        return opened.error();
    if (Status mimeType = checkMimeType(archive); !mimeType)
        return mimeType.error();

    Result<QByteArray> manifestBytes = archive.read(format::manifestEntry, limits.maxManifestSize);
    if (!manifestBytes)
        return manifestBytes.error();
    QJsonParseError parseError;
    const QJsonDocument manifest = QJsonDocument::fromJson(manifestBytes.value(), &parseError);
    if (manifest.isNull())
        return Error {Tr::tr("damaged: manifest.json is not valid JSON (%1 at byte %2)")
                          .arg(parseError.errorString())
                          .arg(parseError.offset)};
    if (!manifest.isObject())
        return Error {Tr::tr("damaged: manifest.json is not a JSON object")};

    qint64 totalSize = manifestBytes->size();
    // A file that several logos, attachments or versions use is read once and shared: fifty
    // versions of a release with a large attachment hold its bytes once, in memory as on disk.
    QHash<QString, EmbeddedFile> loadedFiles;
    const EmbeddedFileLoader loadFile = [&](const QString &sha256, qint64 size,
                                            const QString &description) -> Result<EmbeddedFile> {
        if (const auto it = loadedFiles.constFind(sha256); it != loadedFiles.constEnd()) {
            if (it->size() != size)
                return Error {Tr::tr("%1 is damaged (it has %2 bytes instead of %3)")
                                  .arg(description)
                                  .arg(it->size())
                                  .arg(size)};
            return *it;
        }
        const QString entryName = format::filesFolder + sha256;
        if (!archive.contains(entryName))
            return Error {Tr::tr("%1 is missing from the project").arg(description)};
        const qint64 allowed
            = std::min(limits.maxEmbeddedFileSize, limits.maxTotalSize - totalSize);
        Result<QByteArray> data = archive.read(entryName, std::max<qint64>(allowed, 0));
        if (!data)
            return Error {Tr::tr("%1: %2").arg(description, data.error().message)};
        totalSize += data->size();
        EmbeddedFile file = EmbeddedFile::fromData(data.value());
        if (file.sha256() != sha256)
            return Error {Tr::tr("%1 is damaged (checksum mismatch)").arg(description)};
        if (file.size() != size)
            return Error {Tr::tr("%1 is damaged (it has %2 bytes instead of %3)")
                              .arg(description)
                              .arg(file.size())
                              .arg(size)};
        loadedFiles.insert(sha256, file);
        return file;
    };

    LoadedRelease loaded;
    Result<Release> release = releaseFromManifest(manifest.object(), loadFile, &loaded.warnings);
    if (!release)
        return release.error();
    loaded.release = std::move(release).value();
    return loaded;
}

Result<LoadedRelease> readProject(QIODevice *device, const ReadLimits &limits)
{
    if (device->size() > limits.maxFileSize)
        return Error {
            Tr::tr("refused: it is larger than %1 MiB").arg(limits.maxFileSize / (1024 * 1024))};
    // Read up to one byte past the limit, to know that it was passed, but without setting room
    // aside for the limit itself (QIODevice::read(n) allocates n bytes): a file is read at its
    // size, a stream a piece at a time.
    QByteArray bytes;
    if (!device->isSequential()) {
        bytes = device->read(std::min(device->size(), limits.maxFileSize) + 1);
    } else {
        for (QByteArray piece = device->read(64 * 1024);
             !piece.isEmpty() && bytes.size() <= limits.maxFileSize;
             piece = device->read(64 * 1024))
            bytes += piece;
    }
    if (bytes.size() > limits.maxFileSize)
        return Error {
            Tr::tr("refused: it is larger than %1 MiB").arg(limits.maxFileSize / (1024 * 1024))};
    if (bytes.isEmpty() && !device->errorString().isEmpty() && device->atEnd() == false)
        return Error {Tr::tr("could not be read (%1)").arg(device->errorString())};
    return readProject(bytes, limits);
}

} // namespace rd
