#include "docxparts.h"

#include "render/blockstyle.h"
#include "render/fonts.h"

namespace rd::docx {

const QString wordNamespace
    = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString relationshipsNamespace
    = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

namespace {

struct RoleStyle
{
    BlockRole role;
    const char *id;
    const char *name;
};

const RoleStyle roleStyles[] = {
    {BlockRole::DraftNotice, "DraftNotice", "Draft notice"},
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

QString hexColor(const QColor &color)
{
    return color.name().mid(1).toUpper();
}

} // namespace

QString styleIdOf(BlockRole role)
{
    for (const RoleStyle &style : roleStyles) {
        if (style.role == role)
            return QString::fromLatin1(style.id);
    }
    return QStringLiteral("Normal");
}

QByteArray contentTypesXml()
{
    return xmlDocument([](QXmlStreamWriter &xml) {
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
    });
}

QByteArray packageRelationshipsXml()
{
    return xmlDocument([](QXmlStreamWriter &xml) {
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
    });
}

QByteArray stylesXml(const QString &language)
{
    return xmlDocument([&language](QXmlStreamWriter &xml) {
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
        if (!language.isEmpty()) {
            // The document language, for spelling, hyphenation and screen readers, whichever
            // script a run is in.
            xml.writeEmptyElement(QStringLiteral("w:lang"));
            for (const char *slot : {"w:val", "w:eastAsia", "w:bidi"})
                xml.writeAttribute(QLatin1String(slot), xmlSafe(language));
        }
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
            if (style.headingLevel > 0) {
                // What makes a heading a heading for navigation panes and tables of contents.
                xml.writeEmptyElement(QStringLiteral("w:outlineLvl"));
                xml.writeAttribute(
                    QStringLiteral("w:val"), QString::number(style.headingLevel - 1));
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

QByteArray numberingXml(int numberedLists)
{
    return xmlDocument([numberedLists](QXmlStreamWriter &xml) {
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
        for (int list = 1; list <= numberedLists; ++list)
            number(1 + list, 1, true);
        xml.writeEndElement();
    });
}

QByteArray coreXml(const ComposedRelease &release)
{
    return xmlDocument([&release](QXmlStreamWriter &xml) {
        const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
        xml.writeStartElement(QStringLiteral("cp:coreProperties"));
        xml.writeNamespace(
            QStringLiteral(
                "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
            QStringLiteral("cp"));
        xml.writeNamespace(dc, QStringLiteral("dc"));
        xml.writeTextElement(dc, QStringLiteral("title"), xmlSafe(release.title));
        xml.writeTextElement(
            dc, QStringLiteral("creator"), xmlSafe(release.authors.join(QStringLiteral("; "))));
        xml.writeTextElement(dc, QStringLiteral("subject"), xmlSafe(release.subject));
        xml.writeTextElement(dc, QStringLiteral("language"), xmlSafe(release.language));
        xml.writeEndElement();
    });
}

} // namespace rd::docx
