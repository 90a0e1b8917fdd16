#include "projectwriter.h"

#include "formatversion.h"
#include "manifestwriter.h"
#include "model/release.h"
#include "util/compressibility.h"
#include "util/writeall.h"
#include "util/ziparchive.h"

#include <QJsonDocument>
#include <QSet>

namespace rd {

namespace {

QList<EmbeddedFile> embeddedFiles(const Release &release)
{
    QList<EmbeddedFile> files;
    QSet<QString> seen;
    const auto add = [&](const EmbeddedFile &file) {
        if (!file.isNull() && !seen.contains(file.sha256())) {
            seen.insert(file.sha256());
            files.append(file);
        }
    };
    for (const Agency &agency : release.agencies)
        add(agency.logo.file);
    for (const Attachment &attachment : release.attachments)
        add(attachment.file);
    // A version's files are stored once with the release's, by their hash.
    for (const ReleaseVersion &version : release.versions) {
        if (!version.content)
            continue;
        for (const Agency &agency : version.content->agencies)
            add(agency.logo.file);
        for (const Attachment &attachment : version.content->attachments)
            add(attachment.file);
    }
    return files;
}

} // namespace

Result<QByteArray> projectBytes(const Release &release)
{
    using Compression = ZipArchiveWriter::Compression;
    ZipArchiveWriter zip;
    Status status
        = zip.add(format::mimeTypeEntry, QByteArray(format::mimeType.data()), Compression::Store);
    if (status) {
        const QByteArray manifest = QJsonDocument(manifestToJson(release)).toJson();
        status = zip.add(format::manifestEntry, manifest, Compression::Deflate);
    }
    for (const EmbeddedFile &file : embeddedFiles(release)) {
        if (!status)
            break;
        // A photograph, a PDF or a video is stored as it is: deflating it again would save
        // nothing and make every save and every read of the project slower.
        status = zip.add(format::filesFolder + file.sha256(), file.data(),
            isAlreadyCompressed(file.data()) ? Compression::Store : Compression::Deflate);
    }
    if (!status)
        return status.error();
    return zip.finish();
}

Status writeProject(const Release &release, QIODevice *device)
{
    Result<QByteArray> bytes = projectBytes(release);
    if (!bytes)
        return bytes.error();
    return writeAll(device, bytes.value());
}

} // namespace rd
