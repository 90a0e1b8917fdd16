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

Result<QByteArray> exportPdf(
    const Release &release, const ExportOptions &options, PdfConformance conformance)
{
    const Result<ComposeOptions> compose = composeOptionsFor(release, options);
    if (!compose)
        return compose.error();
    const std::shared_ptr<const PagedRelease> laidOut
        = layOutRelease(release, {options.paper, options.now, compose->versions, compose->layout});
    const PagedRelease &paged = *laidOut;
    const ComposedRelease &composed = paged.composed();

    const QString creator
        = QStringLiteral("Release Desk %1").arg(QLatin1String(RELEASEDESK_VERSION));
    // Both languages of a bilingual release; the catalogue names the first.
    QStringList languages {composed.language};
    if (composed.secondLanguage)
        languages.append(composed.secondLanguage->language);
    const QDateTime created = QDateTime::currentDateTimeUtc();
    const PdfMetadata metadata {composed.title, composed.authors, composed.subject, creator,
        creator, languages, created, identificationOf(conformance)};

    QList<AppendixPage> appendix;
    if (options.appendAttachments)
        appendix = appendixPages(release);
    PageStructure structure = paged.structure();
    appendToStructure(appendix, structure);

    TaggedPdfWriter writer({composed.title, composed.language, creator, creator, created,
                               xmpMetadata(metadata), conformance},
        pdfStructure(structure));
    PdfCanvas canvas(&writer);
    for (int page = 0; page < paged.pageCount(); ++page) {
        writer.beginPage(paged.pageSize());
        paged.paintPage(&canvas, page);
        writer.endPage();
    }
    for (const AppendixPage &page : std::as_const(appendix)) {
        writer.beginPage(paged.pageSize());
        paintAppendixPage(&canvas, page, paged.pageSetup());
        writer.endPage();
    }
    for (const Attachment &attachment : release.attachments) {
        writer.addAttachment({attachment.fileName, attachment.file.data(), attachment.mediaType,
            attachment.caption});
    }
    Result<QByteArray> pdf = writer.finish();
    if (!pdf)
        return Error {Tr::tr("the PDF could not be written: %1").arg(pdf.error().message)};
    return pdf;
}

} // namespace rd
