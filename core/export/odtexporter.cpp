#include "odtexporter.h"

#include "odtparts.h"
#include "render/blockstyle.h"
#include "util/ziparchive.h"

#include <QBuffer>
#include <QCoreApplication>

namespace rd {

namespace {

using namespace odt;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OdtExporter)
};

class OdtWriter
{
public:
    OdtWriter(const ComposedRelease &release, Paper paper)
        : m_release(release)
        , m_paper(paper)
    { }

    Result<QByteArray> write();

private:
    QByteArray contentXml();
    void writeLetterhead(QXmlStreamWriter &xml);
    void writeSecondLanguage(QXmlStreamWriter &xml);
    void writeSideBySide(QXmlStreamWriter &xml);
    void writeBlock(QXmlStreamWriter &xml, const ComposedBlock &block);
    void writeSpan(QXmlStreamWriter &xml, const Span &span);
    void writeText(QXmlStreamWriter &xml, const QString &text);
    void openListFor(QXmlStreamWriter &xml, BlockRole role);
    void closeList(QXmlStreamWriter &xml);

    const ComposedRelease &m_release;
    Paper m_paper;
    QStringList m_pictures; // Pictures/logoN.png, in order
    QList<QByteArray> m_pictureBytes;
    std::optional<BlockRole> m_openList;
    bool m_atLineStart = true; // where ODF would drop a space that is not written as text:s
    bool m_inSecondLanguage = false; // a bilingual release's second language: spans are tagged
    bool m_startsPage = false; // the next paragraph starts a page
    bool m_inCell = false; // each block of two languages side by side is a table cell of its own
};

Result<QByteArray> OdtWriter::write()
{
    const QByteArray content = contentXml();
    using Compression = ZipArchiveWriter::Compression;
    ZipArchiveWriter zip;
    // The media type comes first and uncompressed, so that a program can tell what the file is
    // from its first bytes.
    Status status = zip.add(QStringLiteral("mimetype"),
        QByteArrayLiteral("application/vnd.oasis.opendocument.text"), Compression::Store);
    const auto add = [&](const QString &name, const QByteArray &data) {
        if (status)
            status = zip.add(name, data, Compression::Deflate);
    };
    add(QStringLiteral("content.xml"), content);
    add(QStringLiteral("styles.xml"), stylesXml(m_release.language, m_paper));
    add(QStringLiteral("meta.xml"), metaXml(m_release));
    for (int i = 0; i < m_pictures.size() && status; ++i)
        status = zip.add(m_pictures.at(i), m_pictureBytes.at(i), Compression::Store);
    add(QStringLiteral("META-INF/manifest.xml"), manifestXml(m_pictures));
    if (!status)
        return status.error();
    return zip.finish();
}

QByteArray OdtWriter::contentXml()
{
    return xmlDocument([this](QXmlStreamWriter &xml) {
        xml.writeStartElement(ns::office, QStringLiteral("document-content"));
        writeNamespaces(xml);
        xml.writeAttribute(ns::office, QStringLiteral("version"), QStringLiteral("1.2"));
        xml.writeStartElement(ns::office, QStringLiteral("automatic-styles"));
        writeRightToLeftStyles(xml);
        if (m_release.secondLanguage)
            writeBilingualStyles(
                xml, m_release.language, m_release.secondLanguage->language, m_paper);
        xml.writeEndElement();
        xml.writeStartElement(ns::office, QStringLiteral("body"));
        xml.writeStartElement(ns::office, QStringLiteral("text"));
        writeLetterhead(xml);
        if (m_release.secondLanguage && m_release.layout == BilingualLayout::SideBySide) {
            writeSideBySide(xml);
        } else {
            for (const ComposedBlock &block : m_release.blocks)
                writeBlock(xml, block);
            closeList(xml);
            writeSecondLanguage(xml);
        }
        xml.writeEndElement(); // text
        xml.writeEndElement(); // body
        xml.writeEndElement(); // document-content
    });
}

void OdtWriter::writeLetterhead(QXmlStreamWriter &xml)
{
    if (m_release.letterhead.isEmpty())
        return;
    const qreal height = m_release.letterhead.size() > 4 ? 30 : 42;
    bool anyLogo = false;
    for (const LetterheadEntry &entry : m_release.letterhead) {
        if (entry.logo.isNull())
            continue;
        if (!anyLogo) {
            xml.writeStartElement(ns::text, QStringLiteral("p"));
            xml.writeAttribute(ns::text, QStringLiteral("style-name"), letterheadStyleName);
            anyLogo = true;
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        entry.logo.save(&buffer, "PNG");
        m_pictures.append(QStringLiteral("Pictures/logo%1.png").arg(m_pictures.size() + 1));
        m_pictureBytes.append(png);

        const qreal width = height * entry.logo.width() / std::max(1, entry.logo.height());
        xml.writeStartElement(ns::draw, QStringLiteral("frame"));
        xml.writeAttribute(
            ns::draw, QStringLiteral("name"), QStringLiteral("Logo %1").arg(m_pictures.size()));
        xml.writeAttribute(ns::text, QStringLiteral("anchor-type"), QStringLiteral("as-char"));
        xml.writeAttribute(ns::svg, QStringLiteral("width"), QStringLiteral("%1pt").arg(width));
        xml.writeAttribute(ns::svg, QStringLiteral("height"), QStringLiteral("%1pt").arg(height));
        xml.writeEmptyElement(ns::draw, QStringLiteral("image"));
        xml.writeAttribute(ns::xlink, QStringLiteral("href"), m_pictures.last());
        xml.writeAttribute(ns::xlink, QStringLiteral("type"), QStringLiteral("simple"));
        xml.writeAttribute(ns::xlink, QStringLiteral("show"), QStringLiteral("embed"));
        xml.writeAttribute(ns::xlink, QStringLiteral("actuate"), QStringLiteral("onLoad"));
        // The alternative text that screen readers and exports to HTML and PDF use.
        xml.writeTextElement(
            ns::svg, QStringLiteral("title"), Tr::tr("Logo of %1").arg(xmlSafe(entry.name)));
        xml.writeEndElement(); // frame
        xml.writeStartElement(ns::text, QStringLiteral("s"));
        xml.writeEndElement();
    }
    if (anyLogo)
        xml.writeEndElement(); // p

    QStringList names;
    for (const LetterheadEntry &entry : m_release.letterhead)
        names.append(entry.name);
    // Set like the status line, not as a heading: the headline is the document's first heading.
    ComposedBlock namesBlock;
    namesBlock.role = BlockRole::StatusLine;
    namesBlock.spans.append(Span {names.join(QStringLiteral(" · ")), true, false, {}});
    writeBlock(xml, namesBlock);
}

void OdtWriter::writeSecondLanguage(QXmlStreamWriter &xml)
{
    if (!m_release.secondLanguage)
        return;
    // From a new page, as a document of its own.
    m_inSecondLanguage = true;
    m_startsPage = true;
    for (const ComposedBlock &block : m_release.secondLanguage->blocks)
        writeBlock(xml, block);
    closeList(xml);
    m_inSecondLanguage = false;
}

void OdtWriter::writeSideBySide(QXmlStreamWriter &xml)
{
    xml.writeStartElement(ns::table, QStringLiteral("table"));
    xml.writeAttribute(ns::table, QStringLiteral("name"), QStringLiteral("Languages"));
    xml.writeAttribute(ns::table, QStringLiteral("style-name"), sideBySideTableStyleName);
    xml.writeEmptyElement(ns::table, QStringLiteral("table-column"));
    xml.writeAttribute(ns::table, QStringLiteral("style-name"), sideBySideColumnStyleName);
    xml.writeAttribute(ns::table, QStringLiteral("number-columns-repeated"), QStringLiteral("2"));
    m_inCell = true;
    for (const BlockPair &row : sideBySideRows(m_release)) {
        xml.writeStartElement(ns::table, QStringLiteral("table-row"));
        for (const ComposedBlock *block : {row.first, row.second}) {
            xml.writeStartElement(ns::table, QStringLiteral("table-cell"));
            xml.writeAttribute(ns::table, QStringLiteral("style-name"), sideBySideCellStyleName);
            xml.writeAttribute(ns::office, QStringLiteral("value-type"), QStringLiteral("string"));
            m_inSecondLanguage = block == row.second;
            if (block) {
                writeBlock(xml, *block);
                closeList(xml);
            } else {
                xml.writeEmptyElement(ns::text, QStringLiteral("p"));
            }
            xml.writeEndElement(); // table-cell
        }
        xml.writeEndElement(); // table-row
    }
    m_inCell = false;
    m_inSecondLanguage = false;
    xml.writeEndElement(); // table
}

void OdtWriter::closeList(QXmlStreamWriter &xml)
{
    if (!m_openList)
        return;
    xml.writeEndElement(); // list
    m_openList.reset();
}

void OdtWriter::openListFor(QXmlStreamWriter &xml, BlockRole role)
{
    const bool isListItem = role == BlockRole::BulletItem || role == BlockRole::NumberedItem;
    if (m_openList && (!isListItem || *m_openList != role))
        closeList(xml);
    if (!isListItem || m_openList)
        return;
    // Each list is its own text:list, so every numbered list starts at 1.
    xml.writeStartElement(ns::text, QStringLiteral("list"));
    xml.writeAttribute(ns::text, QStringLiteral("style-name"),
        role == BlockRole::NumberedItem ? numberListStyleName : bulletListStyleName);
    m_openList = role;
}

void OdtWriter::writeBlock(QXmlStreamWriter &xml, const ComposedBlock &block)
{
    openListFor(xml, block.role);
    if (m_openList) {
        xml.writeStartElement(ns::text, QStringLiteral("list-item"));
        // A numbered item alone in its cell still carries its number in the list.
        if (m_inCell && block.role == BlockRole::NumberedItem)
            xml.writeAttribute(
                ns::text, QStringLiteral("start-value"), QString::number(block.number));
    }

    const int headingLevel = blockStyle(block.role).headingLevel;
    xml.writeStartElement(ns::text, headingLevel > 0 ? QStringLiteral("h") : QStringLiteral("p"));
    // A paragraph whose first strong character is right to left runs from the right.
    QString style = block.plainText().isRightToLeft() ? rightToLeftStyleNameOf(block.role)
                                                      : styleNameOf(block.role);
    if (std::exchange(m_startsPage, false))
        style = secondLanguageStartStyleName(block.role);
    xml.writeAttribute(ns::text, QStringLiteral("style-name"), style);
    if (headingLevel > 0)
        xml.writeAttribute(
            ns::text, QStringLiteral("outline-level"), QString::number(headingLevel));
    m_atLineStart = true;
    if (m_inSecondLanguage) {
        xml.writeStartElement(ns::text, QStringLiteral("span"));
        xml.writeAttribute(ns::text, QStringLiteral("style-name"), secondLanguageStyleName);
    }
    for (const Span &span : block.spans)
        writeSpan(xml, span);
    if (m_inSecondLanguage)
        xml.writeEndElement(); // span
    xml.writeEndElement(); // h or p

    if (m_openList)
        xml.writeEndElement(); // list-item
}

void OdtWriter::writeSpan(QXmlStreamWriter &xml, const Span &span)
{
    if (!span.link.isEmpty()) {
        xml.writeStartElement(ns::text, QStringLiteral("a"));
        xml.writeAttribute(ns::xlink, QStringLiteral("type"), QStringLiteral("simple"));
        xml.writeAttribute(ns::xlink, QStringLiteral("href"), xmlSafe(span.link));
        xml.writeAttribute(ns::text, QStringLiteral("style-name"), linkStyleName);
        xml.writeAttribute(ns::text, QStringLiteral("visited-style-name"), linkStyleName);
    }
    const QString textStyle = span.bold && span.italic ? strongEmphasisStyleName
        : span.bold                                    ? strongStyleName
        : span.italic                                  ? emphasisStyleName
                                                       : QString();
    if (!textStyle.isEmpty()) {
        xml.writeStartElement(ns::text, QStringLiteral("span"));
        xml.writeAttribute(ns::text, QStringLiteral("style-name"), textStyle);
    }
    writeText(xml, span.text);
    if (!textStyle.isEmpty())
        xml.writeEndElement();
    if (!span.link.isEmpty())
        xml.writeEndElement();
}

// ODF collapses white space as HTML does: runs of spaces, tabs and line breaks are elements.
void OdtWriter::writeText(QXmlStreamWriter &xml, const QString &text)
{
    const QString safe = xmlSafe(text);
    QString pending;
    const auto flush = [&] {
        if (!pending.isEmpty())
            xml.writeCharacters(pending);
        pending.clear();
    };
    for (qsizetype i = 0; i < safe.size();) {
        const QChar c = safe.at(i);
        if (c == QLatin1Char(' ')) {
            qsizetype run = 1;
            while (i + run < safe.size() && safe.at(i + run) == QLatin1Char(' '))
                ++run;
            qsizetype asElement = run;
            if (!m_atLineStart) {
                pending += QLatin1Char(' ');
                --asElement;
            }
            if (asElement > 0) {
                flush();
                xml.writeEmptyElement(ns::text, QStringLiteral("s"));
                if (asElement > 1)
                    xml.writeAttribute(ns::text, QStringLiteral("c"), QString::number(asElement));
            }
            m_atLineStart = false;
            i += run;
            continue;
        }
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QChar::LineSeparator) {
            flush();
            xml.writeEmptyElement(ns::text,
                c == QLatin1Char('\t') ? QStringLiteral("tab") : QStringLiteral("line-break"));
            m_atLineStart = c != QLatin1Char('\t');
            ++i;
            continue;
        }
        pending += c;
        m_atLineStart = false;
        ++i;
    }
    flush();
}

} // namespace

Result<QByteArray> exportOdt(const ComposedRelease &release, Paper paper)
{
    return OdtWriter(release, paper).write();
}

} // namespace rd
