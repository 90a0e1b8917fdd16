#include "htmlexporter.h"

#include "util/textdirection.h"

#include <QBuffer>
#include <QLocale>

namespace rd {

namespace {

const char *const styleSheet = R"(
body { font-family: "Noto Sans", "Helvetica Neue", Arial, sans-serif; color: #1a1a1a;
       max-width: 44em; margin: 2em auto; padding: 0 1em; line-height: 1.45; }
header.letterhead { display: flex; flex-wrap: wrap; gap: 1.2em 2em; align-items: flex-end;
                    border-bottom: 1px solid #c8ccd2; padding-bottom: 1em; margin-bottom: 1.2em; }
header.letterhead figure { margin: 0; text-align: center; max-width: 10em; }
header.letterhead img { max-height: 4em; max-width: 10em; }
header.letterhead figcaption { font-weight: bold; color: #1b2a4a; font-size: 0.9em; }
.draft { font-weight: bold; font-size: 0.85em; letter-spacing: 0.04em; color: #b3261e; margin: 0 0 0.3em; }
.status { font-weight: bold; letter-spacing: 0.05em; color: #1b2a4a; margin: 0; }
.status.embargo, .status-detail { color: #b3261e; }
.status-detail, .info { font-size: 0.85em; margin: 0.2em 0; }
.info { color: #5a5f66; margin-bottom: 1.5em; }
.dateline { font-weight: bold; color: #5a5f66; font-size: 0.9em; margin-bottom: 0.3em; }
h1 { color: #1b2a4a; font-size: 1.7em; line-height: 1.2; margin: 0 0 0.3em; }
.subheadline { font-size: 1.15em; color: #333840; margin-top: 0; }
blockquote { border-inline-start: 3px solid #1b2a4a; margin: 1em 0; padding-inline-start: 1em; }
blockquote p { font-style: italic; margin: 0 0 0.3em; }
blockquote footer { color: #5a5f66; font-size: 0.9em; }
.attachment { font-size: 0.9em; margin: 0.2em 0; }
.end { text-align: center; font-weight: bold; letter-spacing: 0.15em; margin: 1.5em 0 0.2em; }
.issued-by { text-align: center; color: #5a5f66; font-size: 0.85em; margin-bottom: 2em; }
h2 { color: #1b2a4a; font-size: 1.05em; margin: 1.5em 0 0.3em; }
h3 { font-size: 0.95em; margin: 0.8em 0 0.2em; }
section p { font-size: 0.95em; margin: 0.3em 0; }
a { color: #1a4f9c; }
article + article { border-top: 1px solid #c8ccd2; margin-top: 2.5em; padding-top: 1em; }
body.side-by-side { max-width: 80em; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 0 2.5em; }
@media (max-width: 48em) { .pair { grid-template-columns: 1fr; } }
)";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QChar::LineSeparator, QStringLiteral("<br>"));
}

QString inlineHtml(const ComposedBlock &block)
{
    QString html;
    for (const Span &span : block.spans) {
        QString piece = escaped(span.text);
        if (span.italic)
            piece = QStringLiteral("<em>%1</em>").arg(piece);
        if (span.bold)
            piece = QStringLiteral("<strong>%1</strong>").arg(piece);
        if (!span.link.isEmpty())
            piece = QStringLiteral("<a href=\"%1\">%2</a>").arg(span.link.toHtmlEscaped(), piece);
        html += piece;
    }
    return html;
}

QString direction(const QString &language)
{
    return directionOfLanguage(language) == Qt::RightToLeft ? QStringLiteral("rtl")
                                                            : QStringLiteral("ltr");
}

QString dataUri(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

// Opens and closes the lists and sections that blocks belong to.
class HtmlWriter
{
public:
    explicit HtmlWriter(QString *out)
        : m_out(out)
    { }

    void write(const ComposedBlock &block);
    void finish() { closeContainers(BlockRole::Paragraph); }

private:
    void line(const QString &html) { *m_out += html + QLatin1Char('\n'); }
    void closeContainers(BlockRole next);

    QString *m_out;
    bool m_inBullets = false;
    bool m_inNumbers = false;
    bool m_inQuote = false;
};

void HtmlWriter::closeContainers(BlockRole next)
{
    if (m_inBullets && next != BlockRole::BulletItem) {
        line(QStringLiteral("</ul>"));
        m_inBullets = false;
    }
    if (m_inNumbers && next != BlockRole::NumberedItem) {
        line(QStringLiteral("</ol>"));
        m_inNumbers = false;
    }
    if (m_inQuote && next != BlockRole::QuoteAttribution) {
        line(QStringLiteral("</blockquote>"));
        m_inQuote = false;
    }
}

void HtmlWriter::write(const ComposedBlock &block)
{
    closeContainers(block.role);
    const QString html = inlineHtml(block);
    switch (block.role) {
    case BlockRole::DraftNotice:
        line(QStringLiteral("<p dir=\"auto\" class=\"draft\">%1</p>").arg(html));
        break;
    case BlockRole::StatusLine:
        line(QStringLiteral("<p dir=\"auto\" class=\"status\">%1</p>").arg(html));
        break;
    case BlockRole::EmbargoLine:
        line(QStringLiteral("<p dir=\"auto\" class=\"status embargo\">%1</p>").arg(html));
        break;
    case BlockRole::StatusDetail:
        line(QStringLiteral("<p dir=\"auto\" class=\"status-detail\">%1</p>").arg(html));
        break;
    case BlockRole::ReleaseInfo:
        line(QStringLiteral("<p dir=\"auto\" class=\"info\">%1</p>").arg(html));
        break;
    case BlockRole::Dateline:
        line(QStringLiteral("<p dir=\"auto\" class=\"dateline\">%1</p>").arg(html));
        break;
    case BlockRole::Headline:
        line(QStringLiteral("<h1 dir=\"auto\">%1</h1>").arg(html));
        break;
    case BlockRole::Subheadline:
        line(QStringLiteral("<p dir=\"auto\" class=\"subheadline\">%1</p>").arg(html));
        break;
    case BlockRole::BulletItem:
        if (!m_inBullets)
            line(QStringLiteral("<ul dir=\"auto\">"));
        m_inBullets = true;
        line(QStringLiteral("<li dir=\"auto\">%1</li>").arg(html));
        break;
    case BlockRole::NumberedItem:
        if (!m_inNumbers)
            line(QStringLiteral("<ol dir=\"auto\">"));
        m_inNumbers = true;
        line(QStringLiteral("<li dir=\"auto\">%1</li>").arg(html));
        break;
    case BlockRole::QuoteText:
        line(QStringLiteral("<blockquote dir=\"auto\">"));
        m_inQuote = true;
        line(QStringLiteral("<p dir=\"auto\">%1</p>").arg(html));
        break;
    case BlockRole::QuoteAttribution:
        line(QStringLiteral("<footer dir=\"auto\">%1</footer>").arg(html));
        break;
    case BlockRole::Attachment:
        line(QStringLiteral("<p dir=\"auto\" class=\"attachment\">%1</p>").arg(html));
        break;
    case BlockRole::EndMarker:
        line(QStringLiteral("<p dir=\"auto\" class=\"end\">%1</p>").arg(html));
        break;
    case BlockRole::IssuedBy:
        line(QStringLiteral("<p dir=\"auto\" class=\"issued-by\">%1</p>").arg(html));
        break;
    case BlockRole::SectionHeading:
        line(QStringLiteral("<h2 dir=\"auto\">%1</h2>").arg(html));
        break;
    case BlockRole::SubHeading:
        line(QStringLiteral("<h3 dir=\"auto\">%1</h3>").arg(html));
        break;
    case BlockRole::Paragraph:
    case BlockRole::SectionText:
        line(QStringLiteral("<p dir=\"auto\">%1</p>").arg(html));
        break;
    }
}

void writeBlocks(QString *out, const QList<const ComposedBlock *> &blocks)
{
    HtmlWriter writer(out);
    for (const ComposedBlock *block : blocks)
        writer.write(*block);
    writer.finish();
}

// Whether a row of two languages set side by side carries on what the row before began: a list's
// next item, a quote's attribution. They share a row, so that a list or a quote is one element.
bool continuesRow(const BlockPair &row, const BlockPair &previous)
{
    const auto continues = [](const ComposedBlock *block, const ComposedBlock *before) {
        if (!block || !before)
            return false;
        return block->role == BlockRole::QuoteAttribution
            || (block->role == before->role
                && (block->role == BlockRole::BulletItem
                    || block->role == BlockRole::NumberedItem));
    };
    return continues(row.first, previous.first) || continues(row.second, previous.second);
}

// A bilingual release side by side: each passage in a row beside its translation, each half
// tagged with its language so that a screen reader reads it in the right voice.
void writeSideBySide(QString *out, const ComposedRelease &release)
{
    const QList<BlockPair> rows = sideBySideRows(release);
    const QString languages[2] = {release.language, release.secondLanguage->language};
    for (qsizetype start = 0; start < rows.size();) {
        qsizetype end = start + 1;
        while (end < rows.size() && continuesRow(rows.at(end), rows.at(end - 1)))
            ++end;
        *out += QStringLiteral("<div class=\"pair\">\n");
        for (int column = 0; column < 2; ++column) {
            QList<const ComposedBlock *> blocks;
            for (qsizetype i = start; i < end; ++i) {
                if (const ComposedBlock *block = column == 0 ? rows.at(i).first : rows.at(i).second)
                    blocks.append(block);
            }
            *out += QStringLiteral("<div lang=\"%1\" dir=\"%2\">\n")
                        .arg(languages[column].toHtmlEscaped(), direction(languages[column]));
            writeBlocks(out, blocks);
            *out += QStringLiteral("</div>\n");
        }
        *out += QStringLiteral("</div>\n");
        start = end;
    }
}

QList<const ComposedBlock *> blocksOf(const ComposedRelease &release)
{
    QList<const ComposedBlock *> blocks;
    for (const ComposedBlock &block : release.blocks)
        blocks.append(&block);
    return blocks;
}

} // namespace

QByteArray exportHtml(const ComposedRelease &release)
{
    QString out;
    // The page runs in the language's direction; each block then follows its own text.
    out += QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\">\n<head>\n<meta charset=\"utf-8\">\n")
               .arg(release.language.toHtmlEscaped(), direction(release.language));
    out += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                          "'none'; img-src data:; style-src 'unsafe-inline'\">\n");
    out += QStringLiteral(
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out += QStringLiteral("<title>%1</title>\n").arg(release.title.toHtmlEscaped());
    if (!release.authors.isEmpty())
        out += QStringLiteral("<meta name=\"author\" content=\"%1\">\n")
                   .arg(release.authors.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!release.subject.isEmpty())
        out += QStringLiteral("<meta name=\"description\" content=\"%1\">\n")
                   .arg(release.subject.toHtmlEscaped());
    const ComposedRelease *second = release.secondLanguage.get();
    const bool sideBySide = second && release.layout == BilingualLayout::SideBySide;
    out += QStringLiteral("<style>%1</style>\n</head>\n<body%2>\n")
               .arg(QLatin1String(styleSheet),
                   sideBySide ? QStringLiteral(" class=\"side-by-side\"") : QString());

    if (!release.letterhead.isEmpty()) {
        out += QStringLiteral("<header class=\"letterhead\">\n");
        for (const LetterheadEntry &entry : release.letterhead) {
            out += QStringLiteral("<figure>");
            if (!entry.logo.isNull())
                out += QStringLiteral("<img src=\"%1\" alt=\"\">").arg(dataUri(entry.logo));
            out += QStringLiteral("<figcaption dir=\"auto\">%1</figcaption></figure>\n")
                       .arg(escaped(entry.name));
        }
        out += QStringLiteral("</header>\n");
    }
    out += QStringLiteral("<main>\n");
    if (sideBySide) {
        writeSideBySide(&out, release);
    } else if (second) {
        // One after the other, each in an article of its own language.
        for (const ComposedRelease *version : {&release, second}) {
            out += QStringLiteral("<article lang=\"%1\" dir=\"%2\">\n")
                       .arg(version->language.toHtmlEscaped(), direction(version->language));
            writeBlocks(&out, blocksOf(*version));
            out += QStringLiteral("</article>\n");
        }
    } else {
        writeBlocks(&out, blocksOf(release));
    }
    out += QStringLiteral("</main>\n</body>\n</html>\n");
    return out.toUtf8();
}

} // namespace rd
