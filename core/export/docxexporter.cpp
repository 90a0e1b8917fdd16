#include "docxexporter.h"

#include "project/ziparchive.h"
#include "releasedesk_version.h"
#include "render/blockstyle.h"
#include "render/fonts.h"

#include <QBuffer>
#include <QXmlStreamWriter>

namespace rd {

namespace {

const QString wordNamespace
    = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString relationshipsNamespace
    = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
constexpr qreal emuPerPoint = 12700;

struct RoleStyle
{
    BlockRole role;
    const char *id;
    const char *name;
};

const RoleStyle roleStyles[] = {
    {BlockRole::StatusLine, "StatusLine", "Status line"},
    {BlockRole::EmbargoLine, "EmbargoLine", "Embargo line"},
    {BlockRole::StatusDetail, "StatusDetail", "Status detail"},
    {BlockRole::ReleaseInfo, "ReleaseInfo", "Release information"},
    {BlockRole::Dateline, "Dateline", "Dateline"},
    {BlockRole::Headline, "Title", "Title"},
    {BlockRole::Subheadline, "Subtitle", "Subtitle"},
    {BlockRole::Paragraph, "Normal", "Normal"},
    {BlockRole::BulletItem, "ListParagraph", "List Paragraph"},
    {BlockRole::NumberedItem, "ListParagraph", "List Paragraph"},
    {BlockRole::QuoteText, "Quote", "Quote"},
    {BlockRole::QuoteAttribution, "QuoteAttribution", "Quote attribution"},
    {BlockRole::Attachment, "AttachmentLine", "Attachment"},
    {BlockRole::EndMarker, "EndMarker", "End marker"},
    {BlockRole::IssuedBy, "IssuedBy", "Issued by"},
    {BlockRole::SectionHeading, "Heading2", "heading 2"},
    {BlockRole::SubHeading, "Heading3", "heading 3"},
    {BlockRole::SectionText, "SectionText", "Section text"},
};

QString styleIdOf(BlockRole role)
{
    for (const RoleStyle &style : roleStyles) {
        if (style.role == role)
            return QString::fromLatin1(style.id);
    }
    return QStringLiteral("Normal");
}

// XML 1.0 cannot carry most control characters; field text could hold one.
QString xmlSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (QChar c : text) {
        if (c.unicode() >= 0x20 || c == QLatin1Char('\t'))
            safe += c;
    }
    return safe;
}

QString hexColor(const QColor &color)
{
    return color.name().mid(1).toUpper();
}

QByteArray xmlDocument(const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    body(xml);
    xml.writeEndDocument();
    return bytes;
}

class DocxWriter
{
public:
    DocxWriter(const ComposedRelease &release, Paper paper)
        : m_release(release)
        , m_paper(paper)
    { }

    Result<QByteArray> write();

private:
    QByteArray documentXml();
    QByteArray stylesXml() const;
    QByteArray numberingXml() const;
    QByteArray relationshipsXml() const;
    QByteArray coreXml() const;

    void writeLetterhead(QXmlStreamWriter &xml);
    void writeBlock(QXmlStreamWriter &xml, const ComposedBlock &block);
    void writeRun(QXmlStreamWriter &xml, const Span &span);
    void writeImage(QXmlStreamWriter &xml, int index, QSizeF points, const QString &description);

    const ComposedRelease &m_release;
    Paper m_paper;
    QList<QByteArray> m_images; // word/media/imageN.png
    QStringList m_links; // hyperlink targets, rIdLinkN
    int m_numberedLists = 0; // each numbered list restarts at 1
    BlockRole m_previousRole = BlockRole::Paragraph;
};

Result<QByteArray> DocxWriter::write()
{
    const QByteArray document = documentXml();
    using Compression = ZipArchiveWriter::Compression;
    ZipArchiveWriter zip;
    const auto add = [&](const QString &name, const QByteArray &data) {
        return zip.add(name, data, Compression::Deflate);
    };
    Status status = add(
        QStringLiteral("[Content_Types].xml"), xmlDocument([](QXmlStreamWriter &xml) {
            xml.writeStartElement(QStringLiteral("Types"));
            xml.writeDefaultNamespace(
                QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
            const auto defaults = [&](const char *extension, const char *type) {
                xml.writeEmptyElement(QStringLiteral("Default"));
                xml.writeAttribute(QStringLiteral("Extension"), QLatin1String(extension));
                xml.writeAttribute(QStringLiteral("ContentType"), QLatin1String(type));
            };
            defaults("rels", "application/vnd.openxmlformats-package.relationships+xml");
            defaults("xml", "application/xml");
            defaults("png", "image/png");
            const auto override = [&](const char *part, const char *type) {
                xml.writeEmptyElement(QStringLiteral("Override"));
                xml.writeAttribute(QStringLiteral("PartName"), QLatin1String(part));
                xml.writeAttribute(QStringLiteral("ContentType"), QLatin1String(type));
            };
            override("/word/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
            override("/word/styles.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml");
            override("/word/numbering.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml");
            override(
                "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
            xml.writeEndElement();
        }));
    if (status)
        status = add(QStringLiteral("_rels/.rels"), xmlDocument([](QXmlStreamWriter &xml) {
            xml.writeStartElement(QStringLiteral("Relationships"));
            xml.writeDefaultNamespace(
                QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships"));
            xml.writeEmptyElement(QStringLiteral("Relationship"));
            xml.writeAttribute(QStringLiteral("Id"), QStringLiteral("rId1"));
            xml.writeAttribute(QStringLiteral("Type"),
                QStringLiteral("http://schemas.openxmlformats.org/"
                               "officeDocument/2006/relationships/"
                               "officeDocument"));
            xml.writeAttribute(QStringLiteral("Target"), QStringLiteral("word/document.xml"));
            xml.writeEmptyElement(QStringLiteral("Relationship"));
            xml.writeAttribute(QStringLiteral("Id"), QStringLiteral("rId2"));
            xml.writeAttribute(QStringLiteral("Type"),
                QStringLiteral("http://schemas.openxmlformats.org/"
                               "package/2006/relationships/metadata/"
                               "core-properties"));
            xml.writeAttribute(QStringLiteral("Target"), QStringLiteral("docProps/core.xml"));
            xml.writeEndElement();
        }));
    if (status)
        status = add(QStringLiteral("docProps/core.xml"), coreXml());
    if (status)
        status = add(QStringLiteral("word/document.xml"), document);
    if (status)
        status = add(QStringLiteral("word/styles.xml"), stylesXml());
    if (status)
        status = add(QStringLiteral("word/numbering.xml"), numberingXml());
    if (status)
        status = add(QStringLiteral("word/_rels/document.xml.rels"), relationshipsXml());
    for (int i = 0; i < m_images.size() && status; ++i)
        status = zip.add(QStringLiteral("word/media/image%1.png").arg(i + 1), m_images.at(i),
            Compression::Store);
    if (!status)
        return status.error();
    return zip.finish();
}

QByteArray DocxWriter::documentXml()
{
    return xmlDocument([this](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("w:document"));
        xml.writeNamespace(wordNamespace, QStringLiteral("w"));
        xml.writeNamespace(relationshipsNamespace, QStringLiteral("r"));
        xml.writeNamespace(
            QStringLiteral(
                "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
            QStringLiteral("wp"));
        xml.writeNamespace(QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main"),
            QStringLiteral("a"));
        xml.writeNamespace(
            QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"),
            QStringLiteral("pic"));
        xml.writeStartElement(QStringLiteral("w:body"));
        writeLetterhead(xml);
        for (const ComposedBlock &block : m_release.blocks)
            writeBlock(xml, block);

        const QSizeF page = pageSizeOf(m_paper).size(QPageSize::Point);
        xml.writeStartElement(QStringLiteral("w:sectPr"));
        xml.writeEmptyElement(QStringLiteral("w:pgSz"));
        xml.writeAttribute(QStringLiteral("w:w"), QString::number(qRound(page.width() * 20)));
        xml.writeAttribute(QStringLiteral("w:h"), QString::number(qRound(page.height() * 20)));
        const QMarginsF margins = PageSetup {m_paper}.margins();
        xml.writeEmptyElement(QStringLiteral("w:pgMar"));
        xml.writeAttribute(QStringLiteral("w:top"), QString::number(qRound(margins.top() * 20)));
        xml.writeAttribute(
            QStringLiteral("w:right"), QString::number(qRound(margins.right() * 20)));
        xml.writeAttribute(
            QStringLiteral("w:bottom"), QString::number(qRound(margins.bottom() * 20)));
        xml.writeAttribute(QStringLiteral("w:left"), QString::number(qRound(margins.left() * 20)));
        xml.writeAttribute(QStringLiteral("w:header"), QStringLiteral("454"));
        xml.writeAttribute(QStringLiteral("w:footer"), QStringLiteral("454"));
        xml.writeAttribute(QStringLiteral("w:gutter"), QStringLiteral("0"));
        xml.writeEndElement(); // sectPr
        xml.writeEndElement(); // body
        xml.writeEndElement(); // document
    });
}

void DocxWriter::writeLetterhead(QXmlStreamWriter &xml)
{
    if (m_release.letterhead.isEmpty())
        return;
    xml.writeStartElement(QStringLiteral("w:p"));
    for (const LetterheadEntry &entry : m_release.letterhead) {
        if (entry.logo.isNull())
            continue;
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        entry.logo.save(&buffer, "PNG");
        m_images.append(png);
        const qreal height = m_release.letterhead.size() > 4 ? 30 : 42;
        const QSizeF size(height * entry.logo.width() / std::max(1, entry.logo.height()), height);
        writeImage(xml, int(m_images.size()), size, entry.name);
        xml.writeStartElement(QStringLiteral("w:r"));
        xml.writeTextElement(QStringLiteral("w:t"), QStringLiteral(" "));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    QStringList names;
    for (const LetterheadEntry &entry : m_release.letterhead)
        names.append(entry.name);
    ComposedBlock namesBlock {BlockRole::SubHeading,
        {Span {names.join(QStringLiteral(" · ")), true, false, {}}}, 0, std::nullopt};
    writeBlock(xml, namesBlock);
}

void DocxWriter::writeImage(
    QXmlStreamWriter &xml, int index, QSizeF points, const QString &description)
{
    const QString cx = QString::number(qRound64(points.width() * emuPerPoint));
    const QString cy = QString::number(qRound64(points.height() * emuPerPoint));
    xml.writeStartElement(QStringLiteral("w:r"));
    xml.writeStartElement(QStringLiteral("w:drawing"));
    xml.writeStartElement(QStringLiteral("wp:inline"));
    for (const char *distance : {"distT", "distB", "distL", "distR"})
        xml.writeAttribute(QLatin1String(distance), QStringLiteral("0"));
    xml.writeEmptyElement(QStringLiteral("wp:extent"));
    xml.writeAttribute(QStringLiteral("cx"), cx);
    xml.writeAttribute(QStringLiteral("cy"), cy);
    xml.writeEmptyElement(QStringLiteral("wp:docPr"));
    xml.writeAttribute(QStringLiteral("id"), QString::number(index));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Logo %1").arg(index));
    xml.writeAttribute(QStringLiteral("descr"), xmlSafe(description));
    xml.writeStartElement(QStringLiteral("a:graphic"));
    xml.writeStartElement(QStringLiteral("a:graphicData"));
    xml.writeAttribute(QStringLiteral("uri"),
        QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"));
    xml.writeStartElement(QStringLiteral("pic:pic"));
    xml.writeStartElement(QStringLiteral("pic:nvPicPr"));
    xml.writeEmptyElement(QStringLiteral("pic:cNvPr"));
    xml.writeAttribute(QStringLiteral("id"), QString::number(index));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("image%1.png").arg(index));
    xml.writeEmptyElement(QStringLiteral("pic:cNvPicPr"));
    xml.writeEndElement(); // nvPicPr
    xml.writeStartElement(QStringLiteral("pic:blipFill"));
    xml.writeEmptyElement(QStringLiteral("a:blip"));
    xml.writeAttribute(QStringLiteral("r:embed"), QStringLiteral("rIdImage%1").arg(index));
    xml.writeStartElement(QStringLiteral("a:stretch"));
    xml.writeEmptyElement(QStringLiteral("a:fillRect"));
    xml.writeEndElement(); // stretch
    xml.writeEndElement(); // blipFill
    xml.writeStartElement(QStringLiteral("pic:spPr"));
    xml.writeStartElement(QStringLiteral("a:xfrm"));
    xml.writeEmptyElement(QStringLiteral("a:off"));
    xml.writeAttribute(QStringLiteral("x"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("y"), QStringLiteral("0"));
    xml.writeEmptyElement(QStringLiteral("a:ext"));
    xml.writeAttribute(QStringLiteral("cx"), cx);
    xml.writeAttribute(QStringLiteral("cy"), cy);
    xml.writeEndElement(); // xfrm
    xml.writeStartElement(QStringLiteral("a:prstGeom"));
    xml.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
    xml.writeEmptyElement(QStringLiteral("a:avLst"));
    xml.writeEndElement(); // prstGeom
    xml.writeEndElement(); // spPr
    xml.writeEndElement(); // pic
    xml.writeEndElement(); // graphicData
    xml.writeEndElement(); // graphic
    xml.writeEndElement(); // inline
    xml.writeEndElement(); // drawing
    xml.writeEndElement(); // r
}

void DocxWriter::writeBlock(QXmlStreamWriter &xml, const ComposedBlock &block)
{
    xml.writeStartElement(QStringLiteral("w:p"));
    xml.writeStartElement(QStringLiteral("w:pPr"));
    xml.writeEmptyElement(QStringLiteral("w:pStyle"));
    xml.writeAttribute(QStringLiteral("w:val"), styleIdOf(block.role));
    if (block.role == BlockRole::BulletItem || block.role == BlockRole::NumberedItem) {
        if (block.role == BlockRole::NumberedItem && m_previousRole != BlockRole::NumberedItem)
            ++m_numberedLists;
        xml.writeStartElement(QStringLiteral("w:numPr"));
        xml.writeEmptyElement(QStringLiteral("w:ilvl"));
        xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("0"));
        xml.writeEmptyElement(QStringLiteral("w:numId"));
        xml.writeAttribute(QStringLiteral("w:val"),
            QString::number(block.role == BlockRole::BulletItem ? 1 : 1 + m_numberedLists));
        xml.writeEndElement(); // numPr
    }
    xml.writeEndElement(); // pPr
    for (const Span &span : block.spans)
        writeRun(xml, span);
    xml.writeEndElement(); // p
    m_previousRole = block.role;
}

void DocxWriter::writeRun(QXmlStreamWriter &xml, const Span &span)
{
    if (!span.link.isEmpty()) {
        m_links.append(span.link);
        xml.writeStartElement(QStringLiteral("w:hyperlink"));
        xml.writeAttribute(QStringLiteral("r:id"), QStringLiteral("rIdLink%1").arg(m_links.size()));
    }
    xml.writeStartElement(QStringLiteral("w:r"));
    if (span.bold || span.italic || !span.link.isEmpty()) {
        xml.writeStartElement(QStringLiteral("w:rPr"));
        if (!span.link.isEmpty()) {
            xml.writeEmptyElement(QStringLiteral("w:rStyle"));
            xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("Hyperlink"));
        }
        if (span.bold)
            xml.writeEmptyElement(QStringLiteral("w:b"));
        if (span.italic)
            xml.writeEmptyElement(QStringLiteral("w:i"));
        xml.writeEndElement();
    }
    const QStringList lines
        = xmlSafe(QString(span.text).replace(QChar::LineSeparator, QLatin1Char('\n')))
              .split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            xml.writeEmptyElement(QStringLiteral("w:br"));
        xml.writeStartElement(QStringLiteral("w:t"));
        xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        xml.writeCharacters(lines.at(i));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // r
    if (!span.link.isEmpty())
        xml.writeEndElement(); // hyperlink
}

QByteArray DocxWriter::stylesXml() const
{
    return xmlDocument([](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("w:styles"));
        xml.writeNamespace(wordNamespace, QStringLiteral("w"));
        const BlockStyle normal = blockStyle(BlockRole::Paragraph);
        xml.writeStartElement(QStringLiteral("w:docDefaults"));
        xml.writeStartElement(QStringLiteral("w:rPrDefault"));
        xml.writeStartElement(QStringLiteral("w:rPr"));
        xml.writeEmptyElement(QStringLiteral("w:rFonts"));
        for (const char *slot : {"w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"})
            xml.writeAttribute(QLatin1String(slot), documentFontFamily());
        xml.writeEmptyElement(QStringLiteral("w:sz"));
        xml.writeAttribute(
            QStringLiteral("w:val"), QString::number(qRound(normal.font.pointSizeF() * 2)));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement(); // docDefaults

        QStringList written;
        for (const RoleStyle &roleStyle : roleStyles) {
            const QString id = QString::fromLatin1(roleStyle.id);
            if (written.contains(id))
                continue;
            written.append(id);
            const BlockStyle style = blockStyle(roleStyle.role);
            xml.writeStartElement(QStringLiteral("w:style"));
            xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("paragraph"));
            xml.writeAttribute(QStringLiteral("w:styleId"), id);
            if (id == QLatin1String("Normal"))
                xml.writeAttribute(QStringLiteral("w:default"), QStringLiteral("1"));
            xml.writeEmptyElement(QStringLiteral("w:name"));
            xml.writeAttribute(QStringLiteral("w:val"), QLatin1String(roleStyle.name));
            if (id != QLatin1String("Normal")) {
                xml.writeEmptyElement(QStringLiteral("w:basedOn"));
                xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("Normal"));
            }
            xml.writeEmptyElement(QStringLiteral("w:qFormat"));
            xml.writeStartElement(QStringLiteral("w:pPr"));
            if (style.keepWithNext)
                xml.writeEmptyElement(QStringLiteral("w:keepNext"));
            if (style.neverSplit)
                xml.writeEmptyElement(QStringLiteral("w:keepLines"));
            xml.writeEmptyElement(QStringLiteral("w:spacing"));
            xml.writeAttribute(
                QStringLiteral("w:before"), QString::number(qRound(style.spaceBefore * 20)));
            xml.writeAttribute(
                QStringLiteral("w:after"), QString::number(qRound(style.spaceAfter * 20)));
            xml.writeAttribute(
                QStringLiteral("w:line"), QString::number(qRound(style.lineSpacing * 240)));
            xml.writeAttribute(QStringLiteral("w:lineRule"), QStringLiteral("auto"));
            if (style.indent > 0 && id != QLatin1String("ListParagraph")) {
                xml.writeEmptyElement(QStringLiteral("w:ind"));
                xml.writeAttribute(
                    QStringLiteral("w:left"), QString::number(qRound(style.indent * 20)));
            }
            if (style.alignment & Qt::AlignHCenter) {
                xml.writeEmptyElement(QStringLiteral("w:jc"));
                xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("center"));
            }
            xml.writeEndElement(); // pPr
            xml.writeStartElement(QStringLiteral("w:rPr"));
            if (style.font.bold())
                xml.writeEmptyElement(QStringLiteral("w:b"));
            if (style.font.italic())
                xml.writeEmptyElement(QStringLiteral("w:i"));
            xml.writeEmptyElement(QStringLiteral("w:color"));
            xml.writeAttribute(QStringLiteral("w:val"), hexColor(style.color));
            xml.writeEmptyElement(QStringLiteral("w:sz"));
            xml.writeAttribute(
                QStringLiteral("w:val"), QString::number(qRound(style.font.pointSizeF() * 2)));
            xml.writeEndElement(); // rPr
            xml.writeEndElement(); // style
        }
        xml.writeStartElement(QStringLiteral("w:style"));
        xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("character"));
        xml.writeAttribute(QStringLiteral("w:styleId"), QStringLiteral("Hyperlink"));
        xml.writeEmptyElement(QStringLiteral("w:name"));
        xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("Hyperlink"));
        xml.writeStartElement(QStringLiteral("w:rPr"));
        xml.writeEmptyElement(QStringLiteral("w:color"));
        xml.writeAttribute(QStringLiteral("w:val"), hexColor(palette::link));
        xml.writeEmptyElement(QStringLiteral("w:u"));
        xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("single"));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement(); // styles
    });
}

QByteArray DocxWriter::numberingXml() const
{
    return xmlDocument([this](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("w:numbering"));
        xml.writeNamespace(wordNamespace, QStringLiteral("w"));
        const auto abstractNumber = [&](int id, const char *format, const QString &text) {
            xml.writeStartElement(QStringLiteral("w:abstractNum"));
            xml.writeAttribute(QStringLiteral("w:abstractNumId"), QString::number(id));
            xml.writeStartElement(QStringLiteral("w:lvl"));
            xml.writeAttribute(QStringLiteral("w:ilvl"), QStringLiteral("0"));
            xml.writeEmptyElement(QStringLiteral("w:start"));
            xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("1"));
            xml.writeEmptyElement(QStringLiteral("w:numFmt"));
            xml.writeAttribute(QStringLiteral("w:val"), QLatin1String(format));
            xml.writeEmptyElement(QStringLiteral("w:lvlText"));
            xml.writeAttribute(QStringLiteral("w:val"), text);
            xml.writeEmptyElement(QStringLiteral("w:lvlJc"));
            xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("left"));
            xml.writeStartElement(QStringLiteral("w:pPr"));
            xml.writeEmptyElement(QStringLiteral("w:ind"));
            xml.writeAttribute(QStringLiteral("w:left"), QStringLiteral("360"));
            xml.writeAttribute(QStringLiteral("w:hanging"), QStringLiteral("360"));
            xml.writeEndElement();
            xml.writeEndElement(); // lvl
            xml.writeEndElement(); // abstractNum
        };
        abstractNumber(0, "bullet", QStringLiteral("•"));
        abstractNumber(1, "decimal", QStringLiteral("%1."));
        const auto number = [&](int id, int abstractId, bool restart) {
            xml.writeStartElement(QStringLiteral("w:num"));
            xml.writeAttribute(QStringLiteral("w:numId"), QString::number(id));
            xml.writeEmptyElement(QStringLiteral("w:abstractNumId"));
            xml.writeAttribute(QStringLiteral("w:val"), QString::number(abstractId));
            if (restart) {
                xml.writeStartElement(QStringLiteral("w:lvlOverride"));
                xml.writeAttribute(QStringLiteral("w:ilvl"), QStringLiteral("0"));
                xml.writeEmptyElement(QStringLiteral("w:startOverride"));
                xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("1"));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        };
        number(1, 0, false);
        for (int list = 1; list <= m_numberedLists; ++list)
            number(1 + list, 1, true);
        xml.writeEndElement();
    });
}

QByteArray DocxWriter::relationshipsXml() const
{
    return xmlDocument([this](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("Relationships"));
        xml.writeDefaultNamespace(
            QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships"));
        const auto relationship
            = [&](const QString &id, const QString &type, const QString &target, bool external) {
                  xml.writeEmptyElement(QStringLiteral("Relationship"));
                  xml.writeAttribute(QStringLiteral("Id"), id);
                  xml.writeAttribute(
                      QStringLiteral("Type"), relationshipsNamespace + QLatin1Char('/') + type);
                  xml.writeAttribute(QStringLiteral("Target"), target);
                  if (external)
                      xml.writeAttribute(QStringLiteral("TargetMode"), QStringLiteral("External"));
              };
        relationship(QStringLiteral("rIdStyles"), QStringLiteral("styles"),
            QStringLiteral("styles.xml"), false);
        relationship(QStringLiteral("rIdNumbering"), QStringLiteral("numbering"),
            QStringLiteral("numbering.xml"), false);
        for (int i = 1; i <= m_images.size(); ++i)
            relationship(QStringLiteral("rIdImage%1").arg(i), QStringLiteral("image"),
                QStringLiteral("media/image%1.png").arg(i), false);
        for (int i = 1; i <= m_links.size(); ++i)
            relationship(QStringLiteral("rIdLink%1").arg(i), QStringLiteral("hyperlink"),
                xmlSafe(m_links.at(i - 1)), true);
        xml.writeEndElement();
    });
}

QByteArray DocxWriter::coreXml() const
{
    return xmlDocument([this](QXmlStreamWriter &xml) {
        const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
        xml.writeStartElement(QStringLiteral("cp:coreProperties"));
        xml.writeNamespace(
            QStringLiteral(
                "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
            QStringLiteral("cp"));
        xml.writeNamespace(dc, QStringLiteral("dc"));
        xml.writeTextElement(dc, QStringLiteral("title"), xmlSafe(m_release.title));
        xml.writeTextElement(
            dc, QStringLiteral("creator"), xmlSafe(m_release.authors.join(QStringLiteral("; "))));
        xml.writeTextElement(dc, QStringLiteral("subject"), xmlSafe(m_release.subject));
        xml.writeTextElement(dc, QStringLiteral("language"), xmlSafe(m_release.language));
        xml.writeEndElement();
    });
}

} // namespace

Result<QByteArray> exportDocx(const ComposedRelease &release, Paper paper)
{
    return DocxWriter(release, paper).write();
}

} // namespace rd
