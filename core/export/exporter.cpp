#include "exporter.h"

#include "docxexporter.h"
#include "htmlexporter.h"
#include "mediakit.h"
#include "model/release.h"
#include "odtexporter.h"
#include "pdfexporter.h"
#include "textexporter.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QFileInfo>

namespace rd {

Result<QByteArray> exportToBytes(const Release &release, const ExportOptions &options)
{
    if (options.format == ExportFormat::Pdf || options.format == ExportFormat::PdfA)
        return exportPdf(release, options);
    if (options.format == ExportFormat::Kit) {
        Result<QList<KitFile>> files = mediaKitFiles(release, options);
        if (!files)
            return files.error();
        return mediaKitZip(files.value());
    }

    const Result<ComposeOptions> composeOptions = composeOptionsFor(release, options);
    if (!composeOptions)
        return composeOptions.error();
    const ComposedRelease composed = composeRelease(release, composeOptions.value());
    switch (options.format) {
    case ExportFormat::Docx:
        return exportDocx(composed, options.paper);
    case ExportFormat::Odt:
        return exportOdt(composed, options.paper);
    case ExportFormat::Html:
        return exportHtml(composed);
    case ExportFormat::Markdown:
        return exportMarkdown(composed);
    case ExportFormat::Text:
        return exportPlainText(composed);
    default:
        break;
    }
    return Error {QStringLiteral("unknown export format")};
}

QList<ExportFile> exportFiles(
    const Release &release, const QString &path, const ExportOptions &options)
{
    if (!options.eachLanguage || release.translation.language.isEmpty())
        return {{path, options}};
    QList<ExportFile> files;
    const QFileInfo info(path);
    for (const QString &language : {release.language, release.translation.language}) {
        ExportOptions single = options;
        single.eachLanguage = false;
        single.language = language;
        // The language before the extension; after the whole name of a kit's folder.
        const QString name = info.suffix().isEmpty()
            ? info.fileName() + QLatin1Char('.') + language
            : QStringLiteral("%1.%2.%3").arg(info.completeBaseName(), language, info.suffix());
        files.append(ExportFile {info.dir().filePath(name), single});
    }
    return files;
}

Status exportRelease(const Release &release, const QString &path, const ExportOptions &options)
{
    if (options.eachLanguage && !release.translation.language.isEmpty()) {
        for (const ExportFile &file : exportFiles(release, path, options)) {
            if (Status exported = exportRelease(release, file.path, file.options); !exported)
                return exported;
        }
        return success();
    }
    const QString name = QFileInfo(path).fileName();
    if (options.format == ExportFormat::Kit && !options.kitAsZip) {
        Result<QList<KitFile>> files = mediaKitFiles(release, options);
        if (!files)
            return files.error().in(name);
        return writeMediaKitFolder(files.value(), path);
    }
    Result<QByteArray> bytes = exportToBytes(release, options);
    if (!bytes)
        return bytes.error().in(name);
    return saveFileAtomically(path, bytes.value());
}

} // namespace rd
