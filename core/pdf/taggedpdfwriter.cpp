#include "taggedpdfwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QUrl>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PdfWriter)
};

QByteArray versionOf(PdfConformance conformance)
{
    return conformance == PdfConformance::ArchivalA1b ? "1.4" : "1.7";
}

QByteArray pdfDate(const QDateTime &time)
{
    return pdfByteString(
        "D:" + time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "+00'00'");
}

// An image's samples, one byte per component, without the padding at the end of each line.
QByteArray samples(const QImage &image, bool alphaOnly)
{
    const int components = alphaOnly ? 1 : 3;
    QByteArray bytes(qsizetype(image.width()) * image.height() * components, Qt::Uninitialized);
    char *out = bytes.data();
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (alphaOnly) {
                *out++ = char(qAlpha(line[x]));
            } else {
                *out++ = char(qRed(line[x]));
                *out++ = char(qGreen(line[x]));
                *out++ = char(qBlue(line[x]));
            }
        }
    }
    return bytes;
}

constexpr qsizetype photographPixels = 512 * 512; // above this, an opaque image is sent as JPEG

} // namespace

TaggedPdfWriter::TaggedPdfWriter(PdfDocumentInfo info, QList<PdfStructureElement> structure)
    : m_info(std::move(info))
    , m_writer(&m_out, versionOf(m_info.conformance))
    , m_fonts(m_writer)
    , m_structure(std::move(structure))
{
    m_out.reserve(256 * 1024);
}

TaggedPdfWriter::~TaggedPdfWriter() = default;

int TaggedPdfWriter::imageObject(const QImage &source)
{
    if (source.isNull())
        return 0;
    if (const auto it = m_images.constFind(source.cacheKey()); it != m_images.cend())
        return *it;
    // PDF/A-1 allows no transparency: such an image is set on the white of the paper.
    bool alpha = source.hasAlphaChannel();
    QImage image = source.convertToFormat(QImage::Format_ARGB32);
    if (alpha && m_info.conformance == PdfConformance::ArchivalA1b) {
        QImage flat(image.size(), QImage::Format_ARGB32);
        flat.fill(Qt::white);
        QPainter(&flat).drawImage(0, 0, image);
        image = flat;
        alpha = false;
    }
    if (alpha) {
        alpha = false;
        for (int y = 0; y < image.height() && !alpha; ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width() && !alpha; ++x)
                alpha = qAlpha(line[x]) != 255;
        }
    }
    QByteArray entries = "/Type /XObject /Subtype /Image /Width "
        + QByteArray::number(image.width()) + " /Height " + QByteArray::number(image.height())
        + " /ColorSpace /DeviceRGB /BitsPerComponent 8";
    if (alpha) {
        const int mask = m_writer.reserve();
        m_writer.writeStreamSoon(mask,
            "/Type /XObject /Subtype /Image /Width " + QByteArray::number(image.width())
                + " /Height " + QByteArray::number(image.height())
                + " /ColorSpace /DeviceGray /BitsPerComponent 8",
            samples(image, true));
        entries += " /SMask " + pdfReference(mask);
    }
    const int object = m_writer.reserve();
    QByteArray jpeg;
    if (!alpha && qsizetype(image.width()) * image.height() > photographPixels) {
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpeg");
        writer.setQuality(90);
        if (!writer.write(image.convertToFormat(QImage::Format_RGB32)))
            jpeg.clear();
    }
    if (!jpeg.isEmpty())
        m_writer.writeStream(object, entries + " /Filter /DCTDecode", jpeg, false);
    else
        m_writer.writeStreamSoon(object, entries, samples(image, false));
    m_images.insert(source.cacheKey(), object);
    return object;
}

void TaggedPdfWriter::addAttachment(const PdfAttachment &attachment)
{
    // PDF/A-1 allows no embedded files.
    if (m_info.conformance != PdfConformance::ArchivalA1b)
        m_attachments.append(attachment);
}

QByteArray TaggedPdfWriter::writeAttachments()
{
    if (m_attachments.isEmpty())
        return {};
    QByteArray names;
    QByteArray associated;
    QList<std::pair<QString, int>> sorted;
    for (const PdfAttachment &attachment : std::as_const(m_attachments)) {
        const int file = m_writer.reserve();
        // Stored as they are: attachments are mostly compressed already (PDF, JPEG, DOCX).
        const QByteArray subtype = pdfName(attachment.mediaType.toLatin1());
        m_writer.writeStream(file,
            "/Type /EmbeddedFile /Subtype " + subtype + " /Params << /Size "
                + QByteArray::number(attachment.data.size()) + " /ModDate "
                + pdfDate(m_info.created) + " /CheckSum <"
                + QCryptographicHash::hash(attachment.data, QCryptographicHash::Md5).toHex()
                + "> >>",
            attachment.data, false);
        const int spec = m_writer.reserve();
        m_writer.writeObject(spec,
            "<< /Type /Filespec /F " + pdfTextString(attachment.fileName) + " /UF "
                + pdfTextString(attachment.fileName) + " /Desc "
                + pdfTextString(
                    attachment.description.isEmpty() ? attachment.fileName : attachment.description)
                + " /AFRelationship /Supplement /EF << /F " + pdfReference(file) + " /UF "
                + pdfReference(file) + " >> >>");
        sorted.append({attachment.fileName, spec});
        associated += pdfReference(spec) + ' ';
    }
    // A name tree's keys are sorted; two attachments of one name are told apart by their place.
    std::sort(sorted.begin(), sorted.end());
    for (int i = 0; i < sorted.size(); ++i) {
        QString key = sorted.at(i).first;
        if (i > 0 && sorted.at(i - 1).first == key)
            key += QStringLiteral(" (%1)").arg(i + 1);
        names += pdfTextString(key) + ' ' + pdfReference(sorted.at(i).second) + ' ';
    }
    return " /Names << /EmbeddedFiles << /Names [" + names + "] >> >> /AF [" + associated.trimmed()
        + "]";
}

int TaggedPdfWriter::writeOutline()
{
    // The headline of each language version, with the section headings beneath it.
    struct Entry
    {
        int element;
        int id = 0;
        QList<Entry> children;
    };
    QList<Entry> top;
    for (int i = 0; i < m_structure.elementCount(); ++i) {
        const PdfStructureElement &element = m_structure.element(i);
        if (element.title.isEmpty() || !m_destinations.contains(i))
            continue;
        if (element.type == "H1" || top.isEmpty())
            top.append({i, 0, {}});
        else if (element.type == "H2")
            top.last().children.append({i, 0, {}});
    }
    if (top.isEmpty())
        return 0;
    const int outlines = m_writer.reserve();
    const auto reserveAll = [this](QList<Entry> &entries) {
        for (Entry &entry : entries) {
            entry.id = m_writer.reserve();
            for (Entry &child : entry.children)
                child.id = m_writer.reserve();
        }
    };
    reserveAll(top);
    const auto writeLevel = [this](const QList<Entry> &entries, int parent, auto &&self) -> void {
        for (int i = 0; i < entries.size(); ++i) {
            const Entry &entry = entries.at(i);
            const auto [page, top] = m_destinations.value(entry.element);
            QByteArray body = "<< /Title " + pdfTextString(m_structure.element(entry.element).title)
                + " /Parent " + pdfReference(parent) + " /Dest [" + pdfReference(m_pageIds.at(page))
                + " /XYZ 0 " + pdfNumber(std::min(top, m_pageSizes.at(page).height())) + " null]";
            if (i > 0)
                body += " /Prev " + pdfReference(entries.at(i - 1).id);
            if (i + 1 < entries.size())
                body += " /Next " + pdfReference(entries.at(i + 1).id);
            if (!entry.children.isEmpty()) {
                body += " /First " + pdfReference(entry.children.first().id) + " /Last "
                    + pdfReference(entry.children.last().id) + " /Count "
                    + QByteArray::number(entry.children.size());
                self(entry.children, entry.id, self);
            }
            m_writer.writeObject(entry.id, body + " >>");
        }
    };
    writeLevel(top, outlines, writeLevel);
    m_writer.writeObject(outlines,
        "<< /Type /Outlines /First " + pdfReference(top.first().id) + " /Last "
            + pdfReference(top.last().id) + " /Count " + QByteArray::number(top.size()) + " >>");
    return outlines;
}

Result<QByteArray> TaggedPdfWriter::finish()
{
    if (Status fonts = m_fonts.write(m_info.conformance == PdfConformance::ArchivalA1b); !fonts)
        return fonts.error();

    // One resource dictionary serves every page.
    QByteArray fonts;
    for (int i = 0; i < m_fonts.count(); ++i)
        fonts += pdfName(m_fonts.resourceName(i)) + ' ' + pdfReference(m_fonts.objectId(i)) + ' ';
    QByteArray images;
    for (int object : std::as_const(m_images))
        images += "/Im" + QByteArray::number(object) + ' ' + pdfReference(object) + ' ';
    const int resources = m_writer.reserve();
    m_writer.writeObject(resources, "<< /Font << " + fonts + ">> /XObject << " + images + ">> >>");

    // Link annotations, each in its Link element, keyed in the parent tree after the pages.
    const int pageCount = int(m_pageIds.size());
    QList<QByteArray> annotations(pageCount);
    for (int i = 0; i < m_links.size(); ++i) {
        const Link &link = m_links.at(i);
        const int annotation = m_writer.reserve();
        const int key = pageCount + i;
        m_writer.writeObject(annotation,
            "<< /Type /Annot /Subtype /Link /Rect [" + pdfNumber(link.area.left()) + ' '
                + pdfNumber(link.area.top()) + ' ' + pdfNumber(link.area.right()) + ' '
                + pdfNumber(link.area.bottom()) + "] /Border [0 0 0] /F 4 /Contents "
                + pdfTextString(QString::fromLatin1(link.uri)) + " /A << /S /URI /URI "
                + pdfByteString(link.uri) + " >> /StructParent " + QByteArray::number(key) + " >>");
        m_structure.addAnnotation(link.element, link.page, annotation, key);
        annotations[link.page] += pdfReference(annotation) + ' ';
    }

    const int pages = m_writer.reserve();
    QByteArray kids;
    for (int page = 0; page < pageCount; ++page) {
        const QSizeF size = m_pageSizes.at(page);
        QByteArray body = "<< /Type /Page /Parent " + pdfReference(pages) + " /MediaBox [0 0 "
            + pdfNumber(size.width()) + ' ' + pdfNumber(size.height()) + "] /Resources "
            + pdfReference(resources) + " /Contents " + pdfReference(m_contentIds.at(page))
            + " /StructParents " + QByteArray::number(page) + " /Tabs /S";
        if (!annotations.at(page).isEmpty())
            body += " /Annots [" + annotations.at(page).trimmed() + ']';
        m_writer.writeObject(m_pageIds.at(page), body + " >>");
        kids += pdfReference(m_pageIds.at(page)) + ' ';
    }
    m_writer.writeObject(pages,
        "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " + QByteArray::number(pageCount)
            + " >>");

    const int structure = m_structure.write(m_writer, m_pageIds, pageCount + int(m_links.size()));
    const int outline = writeOutline();
    const QByteArray attachments = writeAttachments();

    const int metadata = m_writer.reserve();
    // Metadata stays uncompressed, so that programs that do not read PDF can find it.
    m_writer.writeStream(metadata, "/Type /Metadata /Subtype /XML", m_info.xmpMetadata, false);

    QByteArray catalog = "<< /Type /Catalog /Pages " + pdfReference(pages) + " /StructTreeRoot "
        + pdfReference(structure) + " /MarkInfo << /Marked true >> /Metadata "
        + pdfReference(metadata) + " /ViewerPreferences << /DisplayDocTitle true >>";
    if (!m_info.language.isEmpty())
        catalog += " /Lang " + pdfTextString(m_info.language);
    if (outline)
        catalog += " /Outlines " + pdfReference(outline);
    catalog += attachments;
    if (m_info.conformance != PdfConformance::Standard) {
        // Colours are sRGB, as the profile Qt carries for its own PDF/A output says.
        QFile profile(QStringLiteral(":/qpdf/sRGB2014.icc"));
        if (!profile.open(QIODevice::ReadOnly))
            return Error {Tr::tr("the colour profile that PDF/A needs is missing")};
        const int icc = m_writer.reserve();
        m_writer.writeStream(icc, "/N 3", profile.readAll());
        const int intent = m_writer.reserve();
        m_writer.writeObject(intent,
            "<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1)"
            " /Info (sRGB IEC61966-2.1) /DestOutputProfile "
                + pdfReference(icc) + " >>");
        catalog += " /OutputIntents [" + pdfReference(intent) + ']';
    }
    const int catalogId = m_writer.reserve();
    m_writer.writeObject(catalogId, catalog + " >>");

    const int info = m_writer.reserve();
    m_writer.writeObject(info,
        "<< /Title " + pdfTextString(m_info.title) + " /Creator " + pdfTextString(m_info.creator)
            + " /Producer " + pdfTextString(m_info.producer) + " /CreationDate "
            + pdfDate(m_info.created) + " >>");
    QCryptographicHash id(QCryptographicHash::Md5);
    id.addData(m_info.title.toUtf8());
    id.addData(pdfDate(m_info.created));
    id.addData(QByteArray::number(m_out.size()));
    m_writer.finish(catalogId, info, id.result());
    return std::move(m_out);
}

} // namespace rd
