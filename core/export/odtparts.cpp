#include "odtparts.h"

#include "releasedesk_version.h"
#include "render/blockstyle.h"
#include "render/fonts.h"

#include <QRegularExpression>

namespace rd::odt {

namespace ns {
const QString office = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString style = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString text = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString fo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString svg = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
const QString draw = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
const QString xlink = QStringLiteral("http://www.w3.org/1999/xlink");
const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString meta = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
const QString table = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
} // namespace ns

QString points(qreal value)
{
    return QString::number(value, 'f', 2) + QStringLiteral("pt");
}

namespace {

const QString manifestNamespace
    = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
const QString fontFaceName = QStringLiteral("Release");

struct RoleStyle
{
    BlockRole role;
    const char *name;
    const char *displayName;
};

// Bulleted and numbered items share a paragraph style; their lists differ.
const RoleStyle roleStyles[] = {
    {BlockRole::DraftNotice, "DraftNotice", "Draft notice"},
    {BlockRole::StatusLine, "StatusLine", "Status line"},
    {BlockRole::EmbargoLine, "EmbargoLine", "Embargo line"},
    {BlockRole::StatusDetail, "StatusDetail", "Status detail"},
    {BlockRole::ReleaseInfo, "ReleaseInfo", "Release information"},
    {BlockRole::Dateline, "Dateline", "Dateline"},
    {BlockRole::Headline, "Headline", "Headline"},
    {BlockRole::Subheadline, "Subheadline", "Subheadline"},
    {BlockRole::Paragraph, "BodyText", "Body text"},
    {BlockRole::BulletItem, "ListItem", "List item"},
    {BlockRole::QuoteText, "Quote", "Quote"},
    {BlockRole::QuoteAttribution, "QuoteAttribution", "Quote attribution"},
    {BlockRole::Attachment, "AttachmentLine", "Attachment"},
    {BlockRole::EndMarker, "EndMarker", "End marker"},
    {BlockRole::IssuedBy, "IssuedBy", "Issued by"},
    {BlockRole::SectionHeading, "SectionHeading", "Section heading"},
    {BlockRole::SubHeading, "SubHeading", "Subheading"},
    {BlockRole::SectionText, "SectionText", "Section text"},
};

void writeFontFaces(QXmlStreamWriter &xml)
{
    xml.writeStartElement(ns::office, QStringLiteral("font-face-decls"));
    xml.writeEmptyElement(ns::style, QStringLiteral("font-face"));
    xml.writeAttribute(ns::style, QStringLiteral("name"), fontFaceName);
    xml.writeAttribute(
        ns::svg, QStringLiteral("font-family"), QStringLiteral("'%1'").arg(documentFontFamily()));
    xml.writeAttribute(ns::style, QStringLiteral("font-family-generic"), QStringLiteral("swiss"));
    xml.writeEndElement();
}

// Attributes for all three script slots: Latin (fo:), East Asian and complex (style:...-asian,
// style:...-complex).
void writeForEveryScript(QXmlStreamWriter &xml, const QString &name, const QString &value)
{
    xml.writeAttribute(ns::fo, name, value);
    xml.writeAttribute(ns::style, name + QStringLiteral("-asian"), value);
    xml.writeAttribute(ns::style, name + QStringLiteral("-complex"), value);
}

void writeTextProperties(QXmlStreamWriter &xml, const BlockStyle &style)
{
    xml.writeEmptyElement(ns::style, QStringLiteral("text-properties"));
    xml.writeAttribute(ns::fo, QStringLiteral("color"), style.color.name());
    writeForEveryScript(xml, QStringLiteral("font-size"), points(style.font.pointSizeF()));
    if (style.font.bold())
        writeForEveryScript(xml, QStringLiteral("font-weight"), QStringLiteral("bold"));
    if (style.font.italic()) {
        xml.writeAttribute(ns::fo, QStringLiteral("font-style"), QStringLiteral("italic"));
        xml.writeAttribute(ns::style, QStringLiteral("font-style-asian"), QStringLiteral("italic"));
        // Arabic and Hebrew have no italic; a slanted copy of their letters is not emphasis.
        xml.writeAttribute(
            ns::style, QStringLiteral("font-style-complex"), QStringLiteral("normal"));
    }
    if (style.font.letterSpacing() > 0)
        xml.writeAttribute(
            ns::fo, QStringLiteral("letter-spacing"), points(style.font.letterSpacing()));
}

// The indent and the quote bar sit on the side where lines start: the left, or the right.
void writeIndent(QXmlStreamWriter &xml, const BlockStyle &style, bool rightToLeft)
{
    const bool bar = style.decoration == BlockStyle::Decoration::QuoteBar;
    const QString start = rightToLeft ? QStringLiteral("right") : QStringLiteral("left");
    const QString end = rightToLeft ? QStringLiteral("left") : QStringLiteral("right");
    constexpr qreal barWidth = 1.5;
    constexpr qreal barGap = 8;
    const qreal margin = bar ? std::max<qreal>(0, style.indent - barGap) : style.indent;
    xml.writeAttribute(ns::fo, QStringLiteral("margin-") + start, points(margin));
    xml.writeAttribute(ns::fo, QStringLiteral("margin-") + end, points(0));
    if (bar) {
        xml.writeAttribute(ns::fo, QStringLiteral("border-") + start,
            QStringLiteral("%1 solid %2").arg(points(barWidth), palette::accent.name()));
        xml.writeAttribute(ns::fo, QStringLiteral("border-") + end, QStringLiteral("none"));
        xml.writeAttribute(ns::fo, QStringLiteral("padding-") + start, points(barGap));
        xml.writeAttribute(ns::fo, QStringLiteral("padding-") + end, points(0));
    }
}

void writeParagraphStyle(QXmlStreamWriter &xml, const RoleStyle &roleStyle)
{
    const BlockStyle style = blockStyle(roleStyle.role);
    xml.writeStartElement(ns::style, QStringLiteral("style"));
    xml.writeAttribute(ns::style, QStringLiteral("name"), QLatin1String(roleStyle.name));
    xml.writeAttribute(
        ns::style, QStringLiteral("display-name"), QLatin1String(roleStyle.displayName));
    xml.writeAttribute(ns::style, QStringLiteral("family"), QStringLiteral("paragraph"));
    xml.writeAttribute(ns::style, QStringLiteral("parent-style-name"), QStringLiteral("Standard"));
    if (style.headingLevel > 0) {
        xml.writeAttribute(ns::style, QStringLiteral("default-outline-level"),
            QString::number(style.headingLevel));
        xml.writeAttribute(ns::style, QStringLiteral("class"), QStringLiteral("text"));
    }
    xml.writeEmptyElement(ns::style, QStringLiteral("paragraph-properties"));
    xml.writeAttribute(ns::fo, QStringLiteral("margin-top"), points(style.spaceBefore));
    xml.writeAttribute(ns::fo, QStringLiteral("margin-bottom"), points(style.spaceAfter));
    xml.writeAttribute(ns::fo, QStringLiteral("line-height"),
        QStringLiteral("%1%").arg(qRound(style.lineSpacing * 100)));
    xml.writeAttribute(ns::fo, QStringLiteral("text-align"),
        style.alignment & Qt::AlignHCenter ? QStringLiteral("center") : QStringLiteral("start"));
    if (style.keepWithNext)
        xml.writeAttribute(ns::fo, QStringLiteral("keep-with-next"), QStringLiteral("always"));
    if (style.neverSplit)
        xml.writeAttribute(ns::fo, QStringLiteral("keep-together"), QStringLiteral("always"));
    if (roleStyle.role != BlockRole::BulletItem && roleStyle.role != BlockRole::NumberedItem)
        writeIndent(xml, style, false);
    writeTextProperties(xml, style);
    xml.writeEndElement(); // style
}

void writeTextStyle(QXmlStreamWriter &xml, const QString &name, bool bold, bool italic,
    std::optional<QColor> linkColor = std::nullopt)
{
    xml.writeStartElement(ns::style, QStringLiteral("style"));
    xml.writeAttribute(ns::style, QStringLiteral("name"), name);
    xml.writeAttribute(ns::style, QStringLiteral("family"), QStringLiteral("text"));
    xml.writeEmptyElement(ns::style, QStringLiteral("text-properties"));
    if (bold)
        writeForEveryScript(xml, QStringLiteral("font-weight"), QStringLiteral("bold"));
    if (italic) {
        xml.writeAttribute(ns::fo, QStringLiteral("font-style"), QStringLiteral("italic"));
        xml.writeAttribute(ns::style, QStringLiteral("font-style-asian"), QStringLiteral("italic"));
    }
    if (linkColor) {
        xml.writeAttribute(ns::fo, QStringLiteral("color"), linkColor->name());
        xml.writeAttribute(
            ns::style, QStringLiteral("text-underline-style"), QStringLiteral("solid"));
        xml.writeAttribute(
            ns::style, QStringLiteral("text-underline-width"), QStringLiteral("auto"));
        xml.writeAttribute(
            ns::style, QStringLiteral("text-underline-color"), QStringLiteral("font-color"));
    }
    xml.writeEndElement();
}

void writeListStyle(QXmlStreamWriter &xml, const QString &name, bool numbered)
{
    xml.writeStartElement(ns::text, QStringLiteral("list-style"));
    xml.writeAttribute(ns::style, QStringLiteral("name"), name);
    if (numbered) {
        xml.writeStartElement(ns::text, QStringLiteral("list-level-style-number"));
        xml.writeAttribute(ns::text, QStringLiteral("level"), QStringLiteral("1"));
        xml.writeAttribute(ns::style, QStringLiteral("num-suffix"), QStringLiteral("."));
        xml.writeAttribute(ns::style, QStringLiteral("num-format"), QStringLiteral("1"));
    } else {
        xml.writeStartElement(ns::text, QStringLiteral("list-level-style-bullet"));
        xml.writeAttribute(ns::text, QStringLiteral("level"), QStringLiteral("1"));
        xml.writeAttribute(ns::text, QStringLiteral("bullet-char"), QStringLiteral("•"));
    }
    const qreal indent = blockStyle(BlockRole::BulletItem).indent;
    xml.writeStartElement(ns::style, QStringLiteral("list-level-properties"));
    xml.writeAttribute(ns::text, QStringLiteral("list-level-position-and-space-mode"),
        QStringLiteral("label-alignment"));
    xml.writeEmptyElement(ns::style, QStringLiteral("list-level-label-alignment"));
    xml.writeAttribute(ns::text, QStringLiteral("label-followed-by"), QStringLiteral("listtab"));
    xml.writeAttribute(ns::text, QStringLiteral("list-tab-stop-position"), points(indent));
    xml.writeAttribute(ns::fo, QStringLiteral("text-indent"), points(-12));
    xml.writeAttribute(ns::fo, QStringLiteral("margin-left"), points(indent));
    xml.writeEndElement(); // list-level-properties
    xml.writeEndElement(); // list-level-style-...
    xml.writeEndElement(); // list-style
}

void writePageLayout(QXmlStreamWriter &xml, Paper paper)
{
    const PageSetup setup {paper};
    const QSizeF size = setup.pageSize();
    const QMarginsF margins = setup.margins();
    xml.writeStartElement(ns::office, QStringLiteral("automatic-styles"));
    xml.writeStartElement(ns::style, QStringLiteral("page-layout"));
    xml.writeAttribute(ns::style, QStringLiteral("name"), QStringLiteral("Page"));
    xml.writeEmptyElement(ns::style, QStringLiteral("page-layout-properties"));
    xml.writeAttribute(ns::fo, QStringLiteral("page-width"), points(size.width()));
    xml.writeAttribute(ns::fo, QStringLiteral("page-height"), points(size.height()));
    xml.writeAttribute(ns::fo, QStringLiteral("margin-top"), points(margins.top()));
    xml.writeAttribute(ns::fo, QStringLiteral("margin-bottom"), points(margins.bottom()));
    xml.writeAttribute(ns::fo, QStringLiteral("margin-left"), points(margins.left()));
    xml.writeAttribute(ns::fo, QStringLiteral("margin-right"), points(margins.right()));
    xml.writeAttribute(ns::style, QStringLiteral("print-orientation"), QStringLiteral("portrait"));
    xml.writeEndElement(); // page-layout
    xml.writeEndElement(); // automatic-styles
    xml.writeStartElement(ns::office, QStringLiteral("master-styles"));
    xml.writeEmptyElement(ns::style, QStringLiteral("master-page"));
    xml.writeAttribute(ns::style, QStringLiteral("name"), QStringLiteral("Standard"));
    xml.writeAttribute(ns::style, QStringLiteral("page-layout-name"), QStringLiteral("Page"));
    xml.writeEndElement();
}

} // namespace

QString styleNameOf(BlockRole role)
{
    if (role == BlockRole::NumberedItem)
        role = BlockRole::BulletItem;
    for (const RoleStyle &style : roleStyles) {
        if (style.role == role)
            return QString::fromLatin1(style.name);
    }
    return QStringLiteral("BodyText");
}

QString rightToLeftStyleNameOf(BlockRole role)
{
    return styleNameOf(role) + QStringLiteral("_rtl");
}

namespace {

// The parts of a BCP 47 tag that ODF's language attributes take, if the tag has that shape.
struct LanguageParts
{
    QString language;
    QString script;
    QString country;
};

std::optional<LanguageParts> languageParts(const QString &tag)
{
    static const QRegularExpression shape(QStringLiteral(
        R"(^([A-Za-z]{2,3})(?:-([A-Za-z]{4}))?(?:-([A-Za-z]{2}|[0-9]{3}))?(?:-[A-Za-z0-9]{1,8})*$)"));
    const QRegularExpressionMatch match = shape.match(tag);
    if (!match.hasMatch())
        return std::nullopt;
    return LanguageParts {match.captured(1), match.captured(2), match.captured(3)};
}

} // namespace

void writeLanguage(QXmlStreamWriter &xml, const QString &tag)
{
    const std::optional<LanguageParts> parts = languageParts(tag);
    if (!parts)
        return;
    // The same language for Latin, East Asian and complex-script text, as a document has one.
    for (const QString &suffix :
        {QString(), QStringLiteral("-asian"), QStringLiteral("-complex")}) {
        const QString prefixNs = suffix.isEmpty() ? ns::fo : ns::style;
        xml.writeAttribute(prefixNs, QStringLiteral("language") + suffix, parts->language);
        if (!parts->country.isEmpty())
            xml.writeAttribute(prefixNs, QStringLiteral("country") + suffix, parts->country);
        if (!parts->script.isEmpty())
            xml.writeAttribute(prefixNs, QStringLiteral("script") + suffix, parts->script);
    }
}

void writeNamespaces(QXmlStreamWriter &xml)
{
    xml.writeNamespace(ns::office, QStringLiteral("office"));
    xml.writeNamespace(ns::style, QStringLiteral("style"));
    xml.writeNamespace(ns::text, QStringLiteral("text"));
    xml.writeNamespace(ns::fo, QStringLiteral("fo"));
    xml.writeNamespace(ns::svg, QStringLiteral("svg"));
    xml.writeNamespace(ns::draw, QStringLiteral("draw"));
    xml.writeNamespace(ns::xlink, QStringLiteral("xlink"));
    xml.writeNamespace(ns::dc, QStringLiteral("dc"));
    xml.writeNamespace(ns::meta, QStringLiteral("meta"));
    xml.writeNamespace(ns::table, QStringLiteral("table"));
}

void writeRightToLeftStyles(QXmlStreamWriter &xml)
{
    for (const RoleStyle &roleStyle : roleStyles) {
        const BlockStyle style = blockStyle(roleStyle.role);
        xml.writeStartElement(ns::style, QStringLiteral("style"));
        xml.writeAttribute(
            ns::style, QStringLiteral("name"), rightToLeftStyleNameOf(roleStyle.role));
        xml.writeAttribute(ns::style, QStringLiteral("family"), QStringLiteral("paragraph"));
        xml.writeAttribute(
            ns::style, QStringLiteral("parent-style-name"), QLatin1String(roleStyle.name));
        xml.writeEmptyElement(ns::style, QStringLiteral("paragraph-properties"));
        xml.writeAttribute(ns::style, QStringLiteral("writing-mode"), QStringLiteral("rl-tb"));
        if (roleStyle.role != BlockRole::BulletItem)
            writeIndent(xml, style, true);
        xml.writeEndElement();
    }
}

QByteArray stylesXml(const QString &language, Paper paper)
{
    return xmlDocument([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(ns::office, QStringLiteral("document-styles"));
        writeNamespaces(xml);
        xml.writeAttribute(ns::office, QStringLiteral("version"), QStringLiteral("1.2"));
        writeFontFaces(xml);
        xml.writeStartElement(ns::office, QStringLiteral("styles"));

        const BlockStyle normal = blockStyle(BlockRole::Paragraph);
        xml.writeStartElement(ns::style, QStringLiteral("default-style"));
        xml.writeAttribute(ns::style, QStringLiteral("family"), QStringLiteral("paragraph"));
        xml.writeEmptyElement(ns::style, QStringLiteral("paragraph-properties"));
        xml.writeAttribute(ns::fo, QStringLiteral("orphans"), QStringLiteral("2"));
        xml.writeAttribute(ns::fo, QStringLiteral("widows"), QStringLiteral("2"));
        xml.writeAttribute(ns::style, QStringLiteral("writing-mode"), QStringLiteral("page"));
        xml.writeEmptyElement(ns::style, QStringLiteral("text-properties"));
        for (const QString &slot : {QStringLiteral("font-name"), QStringLiteral("font-name-asian"),
                 QStringLiteral("font-name-complex")})
            xml.writeAttribute(ns::style, slot, fontFaceName);
        writeForEveryScript(xml, QStringLiteral("font-size"), points(normal.font.pointSizeF()));
        // The document language, for spelling, hyphenation and screen readers.
        writeLanguage(xml, language);
        xml.writeEndElement(); // default-style

        xml.writeStartElement(ns::style, QStringLiteral("style"));
        xml.writeAttribute(ns::style, QStringLiteral("name"), QStringLiteral("Standard"));
        xml.writeAttribute(ns::style, QStringLiteral("family"), QStringLiteral("paragraph"));
        xml.writeAttribute(ns::style, QStringLiteral("class"), QStringLiteral("text"));
        xml.writeEndElement();
        for (const RoleStyle &roleStyle : roleStyles)
            writeParagraphStyle(xml, roleStyle);
        xml.writeStartElement(ns::style, QStringLiteral("style"));
        xml.writeAttribute(ns::style, QStringLiteral("name"), letterheadStyleName);
        xml.writeAttribute(ns::style, QStringLiteral("family"), QStringLiteral("paragraph"));
        xml.writeAttribute(
            ns::style, QStringLiteral("parent-style-name"), QStringLiteral("Standard"));
        xml.writeEmptyElement(ns::style, QStringLiteral("paragraph-properties"));
        xml.writeAttribute(ns::fo, QStringLiteral("margin-bottom"), points(4));
        xml.writeEndElement();

        writeTextStyle(xml, strongStyleName, true, false);
        writeTextStyle(xml, emphasisStyleName, false, true);
        writeTextStyle(xml, strongEmphasisStyleName, true, true);
        writeTextStyle(xml, linkStyleName, false, false, palette::link);
        writeListStyle(xml, bulletListStyleName, false);
        writeListStyle(xml, numberListStyleName, true);
        xml.writeEndElement(); // styles
        writePageLayout(xml, paper);
        xml.writeEndElement(); // document-styles
    });
}

QByteArray metaXml(const ComposedRelease &release)
{
    return xmlDocument([&release](QXmlStreamWriter &xml) {
        xml.writeStartElement(ns::office, QStringLiteral("document-meta"));
        writeNamespaces(xml);
        xml.writeAttribute(ns::office, QStringLiteral("version"), QStringLiteral("1.2"));
        xml.writeStartElement(ns::office, QStringLiteral("meta"));
        xml.writeTextElement(ns::meta, QStringLiteral("generator"),
            QStringLiteral("ReleaseDesk/%1").arg(QLatin1String(RELEASEDESK_VERSION)));
        xml.writeTextElement(ns::dc, QStringLiteral("title"), xmlSafe(release.title));
        if (!release.subject.isEmpty())
            xml.writeTextElement(ns::dc, QStringLiteral("subject"), xmlSafe(release.subject));
        if (!release.authors.isEmpty())
            xml.writeTextElement(ns::meta, QStringLiteral("initial-creator"),
                xmlSafe(release.authors.join(QStringLiteral("; "))));
        if (languageParts(release.language))
            xml.writeTextElement(ns::dc, QStringLiteral("language"), release.language);
        xml.writeEndElement(); // meta
        xml.writeEndElement(); // document-meta
    });
}

QByteArray manifestXml(const QStringList &pictures)
{
    return xmlDocument([&pictures](QXmlStreamWriter &xml) {
        xml.writeStartElement(manifestNamespace, QStringLiteral("manifest"));
        xml.writeNamespace(manifestNamespace, QStringLiteral("manifest"));
        xml.writeAttribute(manifestNamespace, QStringLiteral("version"), QStringLiteral("1.2"));
        const auto entry = [&](const QString &path, const QString &mediaType) {
            xml.writeEmptyElement(manifestNamespace, QStringLiteral("file-entry"));
            xml.writeAttribute(manifestNamespace, QStringLiteral("full-path"), path);
            if (path == QLatin1String("/"))
                xml.writeAttribute(
                    manifestNamespace, QStringLiteral("version"), QStringLiteral("1.2"));
            xml.writeAttribute(manifestNamespace, QStringLiteral("media-type"), mediaType);
        };
        entry(QStringLiteral("/"), QStringLiteral("application/vnd.oasis.opendocument.text"));
        for (const char *part : {"content.xml", "styles.xml", "meta.xml"})
            entry(QLatin1String(part), QStringLiteral("text/xml"));
        for (const QString &picture : pictures)
            entry(picture, QStringLiteral("image/png"));
        xml.writeEndElement();
    });
}

} // namespace rd::odt
