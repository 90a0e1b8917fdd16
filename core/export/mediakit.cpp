#include "mediakit.h"

#include "exporter.h"
#include "model/release.h"
#include "util/atomicfile.h"
#include "util/filenames.h"
#include "util/ziparchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MediaKit)
};

// "statement.pdf", "statement (2).pdf", ... so that no attachment overwrites another.
QString uniqueName(const QString &name, QSet<QString> *taken)
{
    QString candidate = name;
    const QFileInfo info(name);
    for (int n = 2; taken->contains(candidate.toLower()); ++n) {
        candidate = info.suffix().isEmpty()
            ? QStringLiteral("%1 (%2)").arg(info.completeBaseName()).arg(n)
            : QStringLiteral("%1 (%2).%3").arg(info.completeBaseName()).arg(n).arg(info.suffix());
    }
    taken->insert(candidate.toLower());
    return candidate;
}

} // namespace

Result<QList<KitFile>> mediaKitFiles(const Release &release, const ExportOptions &options)
{
    const QString base = safeFileName(release.reference, QStringLiteral("release"));
    QList<KitFile> files;
    const auto add
        = [&](ExportFormat format, const QString &name, const ExportOptions &version) -> Status {
        ExportOptions single = version;
        single.format = format;
        Result<QByteArray> bytes = exportToBytes(release, single);
        if (!bytes)
            return Status(bytes.error());
        files.append({name, bytes.value()});
        return success();
    };
    const std::pair<ExportFormat, const char *> formats[]
        = {{ExportFormat::Pdf, "pdf"}, {ExportFormat::Text, "txt"}, {ExportFormat::Html, "html"}};
    if (release.translation.language.isEmpty() || !options.language.isEmpty()) {
        for (const auto &[format, extension] : formats) {
            if (Status added
                = add(format, base + QLatin1Char('.') + QLatin1String(extension), options);
                !added)
                return added.error();
        }
    } else {
        // A bilingual kit: the release with both its languages as it prints, and each language
        // alone in every format, for the outlets that publish in one.
        if (Status added = add(ExportFormat::Pdf, base + QStringLiteral(".pdf"), options); !added)
            return added.error();
        for (const QString &language : {release.language, release.translation.language}) {
            ExportOptions version = options;
            version.language = language;
            for (const auto &[format, extension] : formats) {
                if (Status added = add(format,
                        QStringLiteral("%1.%2.%3").arg(base, language, QLatin1String(extension)),
                        version);
                    !added)
                    return added.error();
            }
        }
    }
    QSet<QString> taken;
    for (const Attachment &attachment : release.attachments) {
        const QString name
            = uniqueName(safeFileName(attachment.fileName, QStringLiteral("attachment")), &taken);
        files.append({QStringLiteral("attachments/") + name, attachment.file.data()});
    }
    return files;
}

Status writeMediaKitFolder(const QList<KitFile> &files, const QString &path)
{
    const QFileInfo target(path);
    const QString name = target.fileName();
    if (target.exists())
        return Error {Tr::tr("already exists; choose a new name for the media kit")}.in(name);
    if (!target.absoluteDir().exists())
        return Error {Tr::tr("could not be written (the folder %1 does not exist)")
                          .arg(QDir::toNativeSeparators(target.absolutePath()))}
            .in(name);

    QTemporaryDir staging(target.absoluteDir().filePath(QStringLiteral(".%1-XXXXXX").arg(name)));
    if (!staging.isValid())
        return Error {Tr::tr("could not be written (%1)").arg(staging.errorString())}.in(name);
    for (const KitFile &file : files) {
        const QString filePath = staging.filePath(file.path);
        if (!QDir().mkpath(QFileInfo(filePath).absolutePath()))
            return Error {Tr::tr("could not be written (a folder could not be made)")}.in(name);
        if (Status saved = saveFileAtomically(filePath, file.data); !saved)
            return Error {saved.error().message}.in(name);
    }
    if (!QDir().rename(staging.path(), target.absoluteFilePath()))
        return Error {Tr::tr("could not be written (the finished kit could not be moved into "
                             "place)")}
            .in(name);
    staging.setAutoRemove(false);
    return success();
}

Result<QByteArray> mediaKitZip(const QList<KitFile> &files)
{
    ZipArchiveWriter zip;
    for (const KitFile &file : files) {
        const bool compressed = file.path.endsWith(QLatin1String(".txt"))
            || file.path.endsWith(QLatin1String(".html"));
        if (Status added = zip.add(file.path, file.data,
                compressed ? ZipArchiveWriter::Compression::Deflate
                           : ZipArchiveWriter::Compression::Store);
            !added)
            return added.error();
    }
    return zip.finish();
}

} // namespace rd
