#include "exporter.h"

#include "docxexporter.h"
#include "htmlexporter.h"
#include "mediakit.h"
#include "model/release.h"
#include "odtexporter.h"
#include "pdfexporter.h"
#include "textexporter.h"
#include "util/atomicfile.h"

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

    const ComposedRelease composed = composeRelease(release, {options.now});
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

Status exportRelease(const Release &release, const QString &path, const ExportOptions &options)
{
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
