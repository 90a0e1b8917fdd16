#include "textexporter.h"

#include "render/linktext.h"

#include <QRegularExpression>
#include <QUrl>

namespace rd {

namespace {

constexpr int columns = 72;

// A link's text with its address, unless the text already says it.
QString withLinkTarget(const Span &span)
{
    const QString address = addressToShow(span);
    return address.isEmpty() ? span.text : QStringLiteral("%1 <%2>").arg(span.text, address);
}

// The release, and a bilingual release's second language after it.
QList<const ComposedRelease *> versionsOf(const ComposedRelease &release)
{
    QList<const ComposedRelease *> versions {&release};
    if (release.secondLanguage)
        versions.append(release.secondLanguage.get());
    return versions;
}

QString plainTextOf(const ComposedBlock &block)
{
    QString text;
    for (const Span &span : block.spans)
        text += withLinkTarget(span);
    return text; // a line break inside a block (a contact's lines) stays one
}

QString escapedMarkdown(const QString &text)
{
    // CommonMark lets any ASCII punctuation be escaped; escaping all that can start or end syntax
    // keeps "*", "_", "[", "<", "#", "|" and the rest literal wherever they stand.
    static const QString special = QStringLiteral("\\`*_{}[]<>()#+-.!|~&");
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (QChar c : text) {
        if (special.contains(c))
            escaped += QLatin1Char('\\');
        // A backslash at the end of a line is CommonMark's hard line break.
        if (c == QChar::LineSeparator)
            escaped += QStringLiteral("\\\n");
        else
            escaped += c;
    }
    return escaped;
}

// Spaces around a span stay outside its emphasis markers, which must touch the text.
struct Padded
{
    QString lead;
    QString core;
    QString trail;
};

Padded splitSpaces(const QString &text)
{
    qsizetype begin = 0;
    while (begin < text.size() && text.at(begin).isSpace())
        ++begin;
    qsizetype end = text.size();
    while (end > begin && text.at(end - 1).isSpace())
        --end;
    return {text.left(begin), text.mid(begin, end - begin), text.mid(end)};
}

QString markdownOf(const ComposedBlock &block)
{
    QString text;
    for (const Span &span : block.spans) {
        Padded piece = splitSpaces(escapedMarkdown(span.text));
        if (!piece.core.isEmpty()) {
            if (span.italic)
                piece.core = QStringLiteral("*%1*").arg(piece.core);
            if (span.bold)
                piece.core = QStringLiteral("**%1**").arg(piece.core);
            if (!span.link.isEmpty())
                // The angle-bracket form keeps parentheses in the address from ending the link.
                piece.core = QStringLiteral("[%1](<%2>)")
                                 .arg(piece.core, QString::fromLatin1(QUrl(span.link).toEncoded()));
        }
        text += piece.lead + piece.core + piece.trail;
    }
    return text;
}

} // namespace

namespace {

QStringList wrapLine(
    const QString &text, int width, const QString &firstIndent, const QString &indent)
{
    QStringList lines;
    QString line = firstIndent;
    bool lineHasWord = false;
    for (QString word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int room = width - int(line.size()) - (lineHasWord ? 1 : 0);
        if (lineHasWord && word.size() > room) {
            lines.append(line);
            line = indent;
            lineHasWord = false;
        }
        while (line.size() + word.size() > width && word.size() > width - indent.size()) {
            qsizetype cut = width - line.size() - (lineHasWord ? 1 : 0);
            // Never between the halves of a surrogate pair or before a combining mark.
            while (cut > 1 && (word.at(cut).isLowSurrogate() || word.at(cut).isMark()))
                --cut;
            line += (lineHasWord ? QStringLiteral(" ") : QString()) + word.left(cut);
            word = word.mid(cut);
            lines.append(line);
            line = indent;
            lineHasWord = false;
        }
        line += (lineHasWord ? QStringLiteral(" ") : QString()) + word;
        lineHasWord = true;
    }
    if (lineHasWord || lines.isEmpty())
        lines.append(line);
    return lines;
}

} // namespace

QStringList wrapText(
    const QString &text, int width, const QString &firstIndent, const QString &indent)
{
    QStringList lines;
    const QStringList parts = text.split(QChar::LineSeparator);
    for (qsizetype i = 0; i < parts.size(); ++i)
        lines += wrapLine(parts.at(i), width, i == 0 ? firstIndent : indent, indent);
    return lines;
}

QByteArray exportPlainText(const ComposedRelease &release)
{
    QStringList out;
    const auto paragraph = [&](const QStringList &lines) {
        out += lines;
        out.append(QString());
    };
    QStringList names;
    for (const LetterheadEntry &entry : release.letterhead)
        names.append(entry.name);
    if (!names.isEmpty())
        paragraph(wrapText(names.join(QStringLiteral(" | ")), columns, {}, {}));

    for (const ComposedRelease *version : versionsOf(release)) {
        // A second language follows the first, below a rule: side by side is for the page.
        if (version != &release)
            paragraph({QString(columns, QLatin1Char('='))});
        const QList<ComposedBlock> &blocks = version->blocks;
        for (int i = 0; i < blocks.size(); ++i) {
            const ComposedBlock &block = blocks.at(i);
            const QString text = plainTextOf(block);
            const bool nextIsList = i + 1 < blocks.size()
                && (blocks.at(i + 1).role == BlockRole::BulletItem
                    || blocks.at(i + 1).role == BlockRole::NumberedItem);
            switch (block.role) {
            case BlockRole::DraftNotice:
                paragraph(wrapText(text.toUpper(), columns, {}, {}));
                break;
            case BlockRole::StatusLine:
            case BlockRole::EmbargoLine:
            case BlockRole::StatusDetail:
            case BlockRole::EndMarker:
                out += wrapText(text, columns, {}, {});
                break;
            case BlockRole::BulletItem:
                out += wrapText(text, columns, QStringLiteral("  * "), QStringLiteral("    "));
                if (!nextIsList)
                    out.append(QString());
                break;
            case BlockRole::NumberedItem: {
                const QString number = QStringLiteral("  %1. ").arg(block.number);
                out += wrapText(text, columns, number, QString(number.size(), QLatin1Char(' ')));
                if (!nextIsList)
                    out.append(QString());
                break;
            }
            case BlockRole::QuoteText:
                out += wrapText(text, columns, QStringLiteral("    "), QStringLiteral("    "));
                break;
            case BlockRole::QuoteAttribution:
                paragraph(
                    wrapText(text, columns, QStringLiteral("    "), QStringLiteral("      ")));
                break;
            case BlockRole::SectionHeading:
                paragraph(wrapText(text.toUpper(), columns, {}, {}));
                break;
            case BlockRole::Attachment:
                out += wrapText(text, columns, {}, QStringLiteral("  "));
                if (i + 1 >= blocks.size() || blocks.at(i + 1).role != BlockRole::Attachment)
                    out.append(QString());
                break;
            case BlockRole::SubHeading:
                out += wrapText(text, columns, {}, {});
                break;
            default:
                paragraph(wrapText(text, columns, {}, {}));
                break;
            }
        }
    }
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return (out.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

QByteArray exportMarkdown(const ComposedRelease &release)
{
    QStringList out;
    QStringList names;
    for (const LetterheadEntry &entry : release.letterhead)
        names.append(escapedMarkdown(entry.name));
    if (!names.isEmpty())
        out << QStringLiteral("**%1**").arg(names.join(QStringLiteral(" · "))) << QString();

    for (const ComposedRelease *version : versionsOf(release)) {
        if (version != &release)
            out << QStringLiteral("---") << QString();
        const QList<ComposedBlock> &blocks = version->blocks;
        for (int i = 0; i < blocks.size(); ++i) {
            const ComposedBlock &block = blocks.at(i);
            const QString text = markdownOf(block);
            const BlockRole next
                = i + 1 < blocks.size() ? blocks.at(i + 1).role : BlockRole::Paragraph;
            switch (block.role) {
            case BlockRole::DraftNotice:
                out << QStringLiteral("**%1**").arg(escapedMarkdown(block.plainText()))
                    << QString();
                break;
            case BlockRole::StatusLine:
            case BlockRole::EmbargoLine:
            case BlockRole::StatusDetail:
                // Two trailing spaces: a line break inside the paragraph.
                out << text + QStringLiteral("  ");
                break;
            case BlockRole::Headline:
                out << QStringLiteral("# ") + text << QString();
                break;
            case BlockRole::Subheadline:
                out << QStringLiteral("*%1*").arg(escapedMarkdown(block.plainText())) << QString();
                break;
            case BlockRole::BulletItem:
                out << QStringLiteral("- ") + text;
                if (next != BlockRole::BulletItem)
                    out << QString();
                break;
            case BlockRole::NumberedItem:
                out << QStringLiteral("%1. ").arg(block.number) + text;
                if (next != BlockRole::NumberedItem)
                    out << QString();
                break;
            case BlockRole::QuoteText:
                out << QStringLiteral("> ") + text << QStringLiteral(">");
                break;
            case BlockRole::QuoteAttribution:
                out << QStringLiteral("> ") + text << QString();
                break;
            case BlockRole::Attachment:
                out << text + (next == BlockRole::Attachment ? QStringLiteral("  ") : QString());
                if (next != BlockRole::Attachment)
                    out << QString();
                break;
            case BlockRole::EndMarker:
                out << QStringLiteral("**%1**").arg(text) << QString();
                break;
            case BlockRole::SectionHeading:
                out << QStringLiteral("## ") + text << QString();
                break;
            case BlockRole::SubHeading:
                out << QStringLiteral("### ") + text << QString();
                break;
            default:
                out << text << QString();
                break;
            }
        }
    }
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return (out.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

} // namespace rd
