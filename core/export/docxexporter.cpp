#include "docxexporter.h"

#include "docxparts.h"
#include "util/textdirection.h"
#include "util/ziparchive.h"

#include <QBuffer>
#include <QXmlStreamWriter>

namespace rd {

namespace {

using namespace docx;

constexpr qreal emuPerPoint = 12700;

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
    QByteArray relationshipsXml() const;

    void writeLetterhead(QXmlStreamWriter &xml);
    void writeSecondLanguage(QXmlStreamWriter &xml);
    void writeSideBySide(QXmlStreamWriter &xml);
    void writeCell(QXmlStreamWriter &xml, int column, const ComposedBlock *block, int width);
    void writeBlock(QXmlStreamWriter &xml, const ComposedBlock &block);
    void writeRun(QXmlStreamWriter &xml, const Span &span);
    void writeImage(QXmlStreamWriter &xml, int index, QSizeF points, const QString &description);

    const ComposedRelease &m_release;
    Paper m_paper;
    QList<QByteArray> m_images; // word/media/imageN.png
    QStringList m_links; // hyperlink targets, rIdLinkN
    int m_numberedLists = 0; // each numbered list restarts at 1
    // Where the text being written stands: after which kind of block, in which numbered list.
    // Two languages side by side each have their own.
    struct Flow
    {
        BlockRole previousRole = BlockRole::Paragraph;
        int numberedList = 0;
    };
    Flow m_flow;
    Flow m_columnFlows[2];
    // The language of the blocks being written, when it is not the document's (styles.xml): a
    // bilingual release's second language, which each of its runs is tagged with.
    QString m_runLanguage;
};

Result<QByteArray> DocxWriter::write()
{
    const QByteArray document = documentXml();
    using Compression = ZipArchiveWriter::Compression;
    ZipArchiveWriter zip;
    const auto add = [&](const QString &name, const QByteArray &data) {
        return zip.add(name, data, Compression::Deflate);
    };
    Status status = add(QStringLiteral("[Content_Types].xml"), docx::contentTypesXml());
    if (status)
        status = add(QStringLiteral("_rels/.rels"), docx::packageRelationshipsXml());
    if (status)
        status = add(QStringLiteral("docProps/core.xml"), docx::coreXml(m_release));
    if (status)
        status = add(QStringLiteral("word/document.xml"), document);
    if (status)
        status = add(QStringLiteral("word/styles.xml"), docx::stylesXml(m_release.language));
    if (status)
        status = add(QStringLiteral("word/numbering.xml"), docx::numberingXml(m_numberedLists));
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
        if (m_release.secondLanguage && m_release.layout == BilingualLayout::SideBySide) {
            writeSideBySide(xml);
        } else {
            for (const ComposedBlock &block : m_release.blocks)
                writeBlock(xml, block);
            writeSecondLanguage(xml);
        }

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
    // Set like the status line, not as a heading: the headline is the document's first heading.
    ComposedBlock namesBlock {BlockRole::StatusLine,
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

void DocxWriter::writeSecondLanguage(QXmlStreamWriter &xml)
{
    if (!m_release.secondLanguage)
        return;
    // From a new page, as a document of its own.
    xml.writeStartElement(QStringLiteral("w:p"));
    xml.writeStartElement(QStringLiteral("w:r"));
    xml.writeEmptyElement(QStringLiteral("w:br"));
    xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("page"));
    xml.writeEndElement();
    xml.writeEndElement();
    m_runLanguage = m_release.secondLanguage->language;
    m_flow = {};
    for (const ComposedBlock &block : m_release.secondLanguage->blocks)
        writeBlock(xml, block);
    m_runLanguage.clear();
}

void DocxWriter::writeSideBySide(QXmlStreamWriter &xml)
{
    // A borderless table of two equal columns, a passage and its translation in each row.
    const QSizeF page = pageSizeOf(m_paper).size(QPageSize::Point);
    const QMarginsF margins = PageSetup {m_paper}.margins();
    const int column = qRound((page.width() - margins.left() - margins.right()) * 20 / 2);
    xml.writeStartElement(QStringLiteral("w:tbl"));
    xml.writeStartElement(QStringLiteral("w:tblPr"));
    // A right-to-left first language takes the right column, where its readers start.
    if (directionOfLanguage(m_release.language) == Qt::RightToLeft)
        xml.writeEmptyElement(QStringLiteral("w:bidiVisual"));
    xml.writeEmptyElement(QStringLiteral("w:tblW"));
    xml.writeAttribute(QStringLiteral("w:w"), QString::number(column * 2));
    xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
    xml.writeEmptyElement(QStringLiteral("w:tblLayout"));
    xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("fixed"));
    xml.writeStartElement(QStringLiteral("w:tblCellMar"));
    for (const char *side : {"w:left", "w:right"}) {
        xml.writeEmptyElement(QLatin1String(side));
        xml.writeAttribute(QStringLiteral("w:w"), QStringLiteral("180"));
        xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
    }
    xml.writeEndElement(); // tblCellMar
    xml.writeEmptyElement(QStringLiteral("w:tblLook"));
    xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("0000"));
    xml.writeEndElement(); // tblPr
    xml.writeStartElement(QStringLiteral("w:tblGrid"));
    for (int i = 0; i < 2; ++i) {
        xml.writeEmptyElement(QStringLiteral("w:gridCol"));
        xml.writeAttribute(QStringLiteral("w:w"), QString::number(column));
    }
    xml.writeEndElement(); // tblGrid
    for (const BlockPair &row : sideBySideRows(m_release)) {
        xml.writeStartElement(QStringLiteral("w:tr"));
        writeCell(xml, 0, row.first, column);
        writeCell(xml, 1, row.second, column);
        xml.writeEndElement(); // tr
    }
    xml.writeEndElement(); // tbl
    // A document's body ends with a paragraph, not a table.
    xml.writeEmptyElement(QStringLiteral("w:p"));
}

void DocxWriter::writeCell(QXmlStreamWriter &xml, int column, const ComposedBlock *block, int width)
{
    xml.writeStartElement(QStringLiteral("w:tc"));
    xml.writeStartElement(QStringLiteral("w:tcPr"));
    xml.writeEmptyElement(QStringLiteral("w:tcW"));
    xml.writeAttribute(QStringLiteral("w:w"), QString::number(width));
    xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
    xml.writeEndElement(); // tcPr
    // A cell holds at least one paragraph, an empty one where the other language has no match.
    m_runLanguage = column == 0 ? QString() : m_release.secondLanguage->language;
    m_flow = m_columnFlows[column];
    if (block)
        writeBlock(xml, *block);
    else
        xml.writeEmptyElement(QStringLiteral("w:p"));
    m_columnFlows[column] = m_flow;
    m_runLanguage.clear();
    xml.writeEndElement(); // tc
}

void DocxWriter::writeBlock(QXmlStreamWriter &xml, const ComposedBlock &block)
{
    xml.writeStartElement(QStringLiteral("w:p"));
    xml.writeStartElement(QStringLiteral("w:pPr"));
    xml.writeEmptyElement(QStringLiteral("w:pStyle"));
    xml.writeAttribute(QStringLiteral("w:val"), styleIdOf(block.role));
    if (block.role == BlockRole::BulletItem || block.role == BlockRole::NumberedItem) {
        if (block.role == BlockRole::NumberedItem && m_flow.previousRole != BlockRole::NumberedItem)
            m_flow.numberedList = ++m_numberedLists;
        xml.writeStartElement(QStringLiteral("w:numPr"));
        xml.writeEmptyElement(QStringLiteral("w:ilvl"));
        xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("0"));
        xml.writeEmptyElement(QStringLiteral("w:numId"));
        xml.writeAttribute(QStringLiteral("w:val"),
            QString::number(block.role == BlockRole::BulletItem ? 1 : 1 + m_flow.numberedList));
        xml.writeEndElement(); // numPr
    }
    // A paragraph whose first strong character is right to left runs from the right.
    if (block.plainText().isRightToLeft())
        xml.writeEmptyElement(QStringLiteral("w:bidi"));
    xml.writeEndElement(); // pPr
    for (const Span &span : block.spans)
        writeRun(xml, span);
    xml.writeEndElement(); // p
    m_flow.previousRole = block.role;
}

void DocxWriter::writeRun(QXmlStreamWriter &xml, const Span &span)
{
    if (!span.link.isEmpty()) {
        m_links.append(span.link);
        xml.writeStartElement(QStringLiteral("w:hyperlink"));
        xml.writeAttribute(QStringLiteral("r:id"), QStringLiteral("rIdLink%1").arg(m_links.size()));
    }
    xml.writeStartElement(QStringLiteral("w:r"));
    const bool rightToLeft = hasRightToLeft(span.text);
    if (span.bold || span.italic || !span.link.isEmpty() || rightToLeft
        || !m_runLanguage.isEmpty()) {
        xml.writeStartElement(QStringLiteral("w:rPr"));
        if (!span.link.isEmpty()) {
            xml.writeEmptyElement(QStringLiteral("w:rStyle"));
            xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("Hyperlink"));
        }
        // Word formats right-to-left runs with the complex-script properties.
        if (span.bold) {
            xml.writeEmptyElement(QStringLiteral("w:b"));
            xml.writeEmptyElement(QStringLiteral("w:bCs"));
        }
        if (span.italic) {
            xml.writeEmptyElement(QStringLiteral("w:i"));
            xml.writeEmptyElement(QStringLiteral("w:iCs"));
        }
        if (rightToLeft)
            xml.writeEmptyElement(QStringLiteral("w:rtl"));
        if (!m_runLanguage.isEmpty()) {
            xml.writeEmptyElement(QStringLiteral("w:lang"));
            for (const char *slot : {"w:val", "w:eastAsia", "w:bidi"})
                xml.writeAttribute(QLatin1String(slot), xmlSafe(m_runLanguage));
        }
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

} // namespace

Result<QByteArray> exportDocx(const ComposedRelease &release, Paper paper)
{
    return DocxWriter(release, paper).write();
}

} // namespace rd
