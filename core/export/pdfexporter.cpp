#include "pdfexporter.h"

#include "model/release.h"
#include "pdfcanvas.h"
#include "releasedesk_version.h"
#include "render/appendix.h"
#include "render/layoutrelease.h"
#include "render/pagedrelease.h"
#include "xmpmetadata.h"

#include <QCoreApplication>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)
};

PdfAIdentification identificationOf(PdfConformance conformance)
{
    switch (conformance) {
    case PdfConformance::Standard:
        return PdfAIdentification::None;
    case PdfConformance::ArchivalA1b:
        return PdfAIdentification::A1b;
    case PdfConformance::ArchivalA3a:
        return PdfAIdentification::A3a;
    }
    return PdfAIdentification::None;
}

} // namespace

Result<QByteArray> exportPdf(const Release &release, const ExportOptions &options)
{
    return exportPdf(release, options,
        options.format == ExportFormat::PdfA ? PdfConformance::ArchivalA3a
                                             : PdfConformance::Standard);
}

namespace {

struct PdfContent
{
    const PagedRelease &paged;
    QString title;
    QList<AppendixPage> appendix;
    const QList<Attachment> *attachments = nullptr;
    PdfConformance conformance = PdfConformance::Standard;
    PageOverlay overlay;
};

Result<QByteArray> writePdf(PdfContent content)
{
    const PagedRelease &paged = content.paged;
    const ComposedRelease &composed = paged.composed();
    const QString creator
        = QStringLiteral("Release Desk %1").arg(QLatin1String(RELEASEDESK_VERSION));
    // Both languages of a bilingual release; the catalogue names the first.
    QStringList languages {composed.language};
    if (composed.secondLanguage)
        languages.append(composed.secondLanguage->language);
    const QDateTime created = QDateTime::currentDateTimeUtc();
    const PdfMetadata metadata {content.title, composed.authors, composed.subject, creator, creator,
        languages, created, identificationOf(content.conformance)};

    PageStructure structure = paged.structure();
    appendToStructure(content.appendix, structure);

    TaggedPdfWriter writer({content.title, composed.language, creator, creator, created,
                               xmpMetadata(metadata), content.conformance},
        pdfStructure(structure));
    PdfCanvas canvas(&writer);
    for (int page = 0; page < paged.pageCount(); ++page) {
        writer.beginPage(paged.pageSize());
        paged.paintPage(&canvas, page);
        if (content.overlay)
            content.overlay(&canvas, page);
        writer.endPage();
    }
    for (const AppendixPage &page : content.appendix) {
        writer.beginPage(paged.pageSize());
        paintAppendixPage(&canvas, page, paged.pageSetup());
        writer.endPage();
    }
    if (content.attachments) {
        for (const Attachment &attachment : *content.attachments) {
            writer.addAttachment({attachment.fileName, attachment.file.data(), attachment.mediaType,
                attachment.caption});
        }
    }
    Result<QByteArray> pdf = writer.finish();
    if (!pdf)
        return Error {Tr::tr("the PDF could not be written: %1").arg(pdf.error().message)};
    return pdf;
}

} // namespace

Result<QByteArray> exportPdf(
    const Release &release, const ExportOptions &options, PdfConformance conformance)
{
    const Result<ComposeOptions> compose = composeOptionsFor(release, options);
    if (!compose)
        return compose.error();
    const std::shared_ptr<const PagedRelease> laidOut
        = layOutRelease(release, {options.paper, options.now, compose->versions, compose->layout});
    return writePdf({*laidOut, laidOut->composed().title,
        options.appendAttachments ? appendixPages(release) : QList<AppendixPage> {},
        &release.attachments, conformance, {}});
}

Result<QByteArray> writePagedPdf(
    const PagedRelease &paged, const QString &titlePrefix, const PageOverlay &overlay)
{
    const QString title = paged.composed().title.isEmpty()
        ? titlePrefix
        : QStringLiteral("%1: %2").arg(titlePrefix, paged.composed().title);
    return writePdf({paged, title, {}, nullptr, PdfConformance::Standard, overlay});
}

} // namespace rd
