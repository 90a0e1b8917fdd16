#include "pdfexporter.h"

#include "model/release.h"
#include "pdflanguages.h"
#include "releasedesk_version.h"
#include "render/appendix.h"
#include "render/layoutrelease.h"
#include "render/pagedrelease.h"
#include "xmpmetadata.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)
};

} // namespace

Result<QByteArray> exportPdf(const Release &release, const ExportOptions &options)
{
    const bool pdfA = options.format == ExportFormat::PdfA;
    const Result<ComposeOptions> compose = composeOptionsFor(release, options);
    if (!compose)
        return compose.error();
    const std::shared_ptr<const PagedRelease> laidOut
        = layOutRelease(release, {options.paper, options.now, compose->versions, compose->layout});
    const PagedRelease &paged = *laidOut;

    QByteArray bytes;
    bytes.reserve(1024 * 1024); // the PDF engine writes in many small pieces
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(
            pdfA ? QPagedPaintDevice::PdfVersion_A1b : QPagedPaintDevice::PdfVersion_1_6);
        writer.setResolution(1200);
        writer.setTitle(paged.composed().title);
        const QString creator
            = QStringLiteral("Release Desk %1").arg(QLatin1String(RELEASEDESK_VERSION));
        writer.setCreator(creator);
        // Both languages of a bilingual release: the PDF itself names only the first.
        QStringList languages {paged.composed().language};
        if (paged.composed().secondLanguage)
            languages.append(paged.composed().secondLanguage->language);
        PdfMetadata metadata {paged.composed().title, paged.composed().authors,
            paged.composed().subject, creator,
            QStringLiteral("Qt %1").arg(QLatin1String(qVersion())), languages, pdfA};
        writer.setDocumentXmpMetadata(xmpMetadata(metadata));
        if (!pdfA) {
            for (const Attachment &attachment : release.attachments)
                writer.addFileAttachment(
                    attachment.fileName, attachment.file.data(), attachment.mediaType);
        }

        QList<AppendixPage> appendix;
        if (options.appendAttachments)
            appendix = appendixPages(release);
        if (!printRelease(paged, &writer, appendix))
            return Error {Tr::tr("the PDF could not be drawn")};
    }
    if (!fillXmpCreateDate(bytes))
        return Error {Tr::tr("the PDF's metadata could not be completed")};
    if (!setDocumentLanguage(bytes, paged.composed().language))
        return Error {Tr::tr("the PDF's language could not be recorded")};
    return bytes;
}

} // namespace rd
