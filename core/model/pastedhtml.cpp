#include "pastedhtml.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringView>

namespace rd {

namespace {

QString decodeEntities(QStringView text)
{
    static const QHash<QString, QChar> named {
        {QStringLiteral("amp"), QLatin1Char('&')},
        {QStringLiteral("lt"), QLatin1Char('<')},
        {QStringLiteral("gt"), QLatin1Char('>')},
        {QStringLiteral("quot"), QLatin1Char('"')},
        {QStringLiteral("apos"), QLatin1Char('\'')},
        {QStringLiteral("nbsp"), QChar(0x00A0)},
        {QStringLiteral("ndash"), QChar(0x2013)},
        {QStringLiteral("mdash"), QChar(0x2014)},
        {QStringLiteral("lsquo"), QChar(0x2018)},
        {QStringLiteral("rsquo"), QChar(0x2019)},
        {QStringLiteral("ldquo"), QChar(0x201C)},
        {QStringLiteral("rdquo"), QChar(0x201D)},
        {QStringLiteral("hellip"), QChar(0x2026)},
    };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&')) {
            out += text.at(i);
            continue;
        }
        const qsizetype end = text.indexOf(QLatin1Char(';'), i);
        if (end < 0 || end - i > 10) {
            out += text.at(i);
            continue;
        }
        const QString entity = text.mid(i + 1, end - i - 1).toString();
        bool ok = false;
        char32_t code = 0;
        if (entity.startsWith(QLatin1String("#x")) || entity.startsWith(QLatin1String("#X")))
            code = entity.mid(2).toUInt(&ok, 16);
        else if (entity.startsWith(QLatin1Char('#')))
            code = entity.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF) {
            out += QString::fromUcs4(&code, 1);
            i = end;
        } else if (named.contains(entity)) {
            out += named.value(entity);
            i = end;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

QString attribute(const QString &tag, const QString &name)
{
    const QRegularExpression pattern(
        QStringLiteral("\\b%1\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))").arg(name),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(tag);
    if (!match.hasMatch())
        return {};
    for (int group : {2, 3, 4}) {
        if (match.capturedStart(group) >= 0)
            return decodeEntities(match.captured(group));
    }
    return {};
}

// Reads the tags and text of pasted HTML into a Body.
class PasteReader
{
public:
    Body read(const QString &html);

private:
    void openTag(const QString &name, const QString &tag);
    void closeTag(const QString &name);
    void addText(const QString &text);
    void endBlock();

    Body m_body;
    BodyBlock m_block;
    QList<BodyBlock::Kind> m_lists; // open ul/ol, innermost last
    BodyBlock::Kind m_kind = BodyBlock::Kind::Paragraph;
    int m_bold = 0;
    int m_italic = 0;
    QStringList m_links; // open a, innermost last ("" when not a link we keep)
    QList<QPair<QString, int>> m_styledSpans; // span-like tags that set bold (1) / italic (2)
    int m_skipping = 0; // inside script, style, head or title
};

const QStringList blockTags {QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("h1"),
    QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
    QStringLiteral("h6"), QStringLiteral("li"), QStringLiteral("tr"), QStringLiteral("blockquote"),
    QStringLiteral("br")};
const QStringList skippedTags {QStringLiteral("script"), QStringLiteral("style"),
    QStringLiteral("head"), QStringLiteral("title")};

Body PasteReader::read(const QString &html)
{
    static const QRegularExpression token(
        QStringLiteral("<!--.*?-->|<![^>]*>|<\\?[^>]*>|<(/?)([a-zA-Z][a-zA-Z0-9:]*)([^>]*)>"),
        QRegularExpression::DotMatchesEverythingOption);
    qsizetype position = 0;
    for (auto it = token.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        addText(html.mid(position, match.capturedStart() - position));
        position = match.capturedEnd();
        if (match.captured(2).isEmpty())
            continue; // a comment, doctype or processing instruction
        const QString name = match.captured(2).toLower();
        if (match.captured(1).isEmpty()) {
            openTag(name, match.captured(3));
            if (match.captured(3).endsWith(QLatin1Char('/')))
                closeTag(name);
        } else {
            closeTag(name);
        }
    }
    addText(html.mid(position));
    endBlock();
    return m_body;
}

void PasteReader::openTag(const QString &name, const QString &tag)
{
    if (skippedTags.contains(name)) {
        ++m_skipping;
        return;
    }
    if (name == QLatin1String("ul") || name == QLatin1String("ol")) {
        endBlock();
        m_lists.append(name == QLatin1String("ol") ? BodyBlock::Kind::NumberedItem
                                                   : BodyBlock::Kind::BulletItem);
        return;
    }
    if (blockTags.contains(name)) {
        endBlock();
        if (name == QLatin1String("li"))
            m_kind = m_lists.isEmpty() ? BodyBlock::Kind::BulletItem : m_lists.last();
        return;
    }
    if (name == QLatin1String("b") || name == QLatin1String("strong")) {
        ++m_bold;
    } else if (name == QLatin1String("i") || name == QLatin1String("em")) {
        ++m_italic;
    } else if (name == QLatin1String("a")) {
        const QString href = attribute(tag, QStringLiteral("href")).trimmed();
        m_links.append(isAllowedLink(href) ? href : QString());
    } else if (name == QLatin1String("span") || name == QLatin1String("font")) {
        // Word and browsers put bold and italic in style attributes.
        const QString style
            = attribute(tag, QStringLiteral("style")).toLower().remove(QLatin1Char(' '));
        static const QRegularExpression boldWeight(QStringLiteral("font-weight:(bold|[6-9]00)"));
        int flags = 0;
        if (boldWeight.match(style).hasMatch())
            flags |= 1;
        if (style.contains(QLatin1String("font-style:italic")))
            flags |= 2;
        m_bold += flags & 1;
        m_italic += (flags & 2) ? 1 : 0;
        m_styledSpans.append({name, flags});
    }
}

void PasteReader::closeTag(const QString &name)
{
    if (skippedTags.contains(name)) {
        m_skipping = std::max(0, m_skipping - 1);
        return;
    }
    if (name == QLatin1String("ul") || name == QLatin1String("ol")) {
        endBlock();
        if (!m_lists.isEmpty())
            m_lists.removeLast();
        return;
    }
    if (blockTags.contains(name)) {
        endBlock();
        return;
    }
    if (name == QLatin1String("b") || name == QLatin1String("strong"))
        m_bold = std::max(0, m_bold - 1);
    else if (name == QLatin1String("i") || name == QLatin1String("em"))
        m_italic = std::max(0, m_italic - 1);
    else if (name == QLatin1String("a") && !m_links.isEmpty())
        m_links.removeLast();
    else if ((name == QLatin1String("span") || name == QLatin1String("font"))) {
        for (qsizetype i = m_styledSpans.size() - 1; i >= 0; --i) {
            if (m_styledSpans.at(i).first == name) {
                const int flags = m_styledSpans.at(i).second;
                m_bold = std::max(0, m_bold - (flags & 1));
                m_italic = std::max(0, m_italic - ((flags & 2) ? 1 : 0));
                m_styledSpans.removeAt(i);
                break;
            }
        }
    }
}

void PasteReader::addText(const QString &raw)
{
    if (m_skipping > 0 || raw.isEmpty())
        return;
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QString text = decodeEntities(QString(raw).replace(whitespace, QStringLiteral(" ")));
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    if (m_block.runs.isEmpty() || m_block.runs.last().text.endsWith(QLatin1Char(' ')))
        while (text.startsWith(QLatin1Char(' ')))
            text.remove(0, 1);
    if (text.isEmpty())
        return;
    const TextRun run {
        text, m_bold > 0, m_italic > 0, m_links.isEmpty() ? QString() : m_links.last()};
    if (!m_block.runs.isEmpty() && m_block.runs.last().bold == run.bold
        && m_block.runs.last().italic == run.italic && m_block.runs.last().link == run.link)
        m_block.runs.last().text += text;
    else
        m_block.runs.append(run);
}

void PasteReader::endBlock()
{
    while (!m_block.runs.isEmpty() && m_block.runs.last().text.trimmed().isEmpty())
        m_block.runs.removeLast();
    if (m_block.runs.isEmpty())
        return; // nothing yet: a <p> just inside an <li> keeps the item's kind
    QString &last = m_block.runs.last().text;
    while (last.endsWith(QLatin1Char(' ')))
        last.chop(1);
    m_block.kind = m_kind;
    m_body.blocks.append(m_block);
    m_block = BodyBlock {};
    m_kind = BodyBlock::Kind::Paragraph;
}

} // namespace

Body bodyFromPastedHtml(const QString &html)
{
    return PasteReader().read(html);
}

} // namespace rd
