#include "textscan.h"

#include "model/quoteplacement.h"
#include "model/release.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace rd {

QList<TextSpan> statementSpans(const Release &release)
{
    QList<TextSpan> spans;
    qsizetype offset = 0;
    for (const BodyBlock &block : release.body.blocks) {
        const QString text = block.plainText();
        spans.append({{Field::Body, {}}, text, offset});
        offset += text.size() + 2; // Body::plainText separates blocks with a blank line
    }
    return spans;
}

QList<TextSpan> proseInReadingOrder(const Release &release)
{
    QList<TextSpan> spans;
    const auto addText = [&](const QString &text, const FieldKey &field) {
        if (!text.trimmed().isEmpty())
            spans.append({field, text, 0});
    };
    // Where each quote is set, worked out once: a long statement has many paragraphs to ask.
    QList<int> placements;
    for (const Quote &quote : release.quotes)
        placements.append(effectiveQuotePlacement(release.body, quote.afterParagraph));
    const auto addQuotesAt = [&](int placement) {
        for (qsizetype i = 0; i < release.quotes.size(); ++i) {
            if (placements.at(i) == placement) {
                addText(release.quotes.at(i).text, {Field::QuoteText, release.quotes.at(i).id});
                addText(release.quotes.at(i).title, {Field::QuoteTitle, release.quotes.at(i).id});
            }
        }
    };

    addText(release.headline, {Field::Headline, {}});
    addText(release.subheadline, {Field::Subheadline, {}});
    const QList<TextSpan> statement = statementSpans(release);
    int paragraph = 0;
    for (const TextSpan &span : statement) {
        if (span.text.trimmed().isEmpty())
            continue;
        spans.append(span);
        addQuotesAt(++paragraph);
    }
    addQuotesAt(0);
    addText(release.notesToEditors, {Field::NotesToEditors, {}});
    for (const Agency &agency : release.agencies)
        addText(agency.about, {Field::AgencyAbout, agency.id});
    return spans;
}

namespace {

QList<TextRange> segments(const QString &text, QTextBoundaryFinder::BoundaryType type)
{
    QList<TextRange> ranges;
    QTextBoundaryFinder finder(type, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype end = finder.position();
        ranges.append({start, end - start});
        start = end;
    }
    return ranges;
}

} // namespace

QList<TextRange> wordsOf(const QString &text)
{
    QList<TextRange> words;
    for (const TextRange &segment : segments(text, QTextBoundaryFinder::Word)) {
        for (qsizetype i = segment.start; i < segment.end(); ++i) {
            if (text.at(i).isLetterOrNumber()) {
                words.append(segment);
                break;
            }
        }
    }
    return words;
}

QList<TextRange> sentencesOf(const QString &text)
{
    QList<TextRange> sentences;
    for (TextRange segment : segments(text, QTextBoundaryFinder::Sentence)) {
        while (segment.length > 0 && text.at(segment.end() - 1).isSpace())
            --segment.length;
        if (segment.length > 0)
            sentences.append(segment);
    }
    return sentences;
}

QList<TextRange> addressesIn(const QString &text)
{
    // A scheme's address, a "www." address, or an e-mail address; a full stop or bracket that
    // ends the sentence is not part of it.
    static const QRegularExpression address(
        QStringLiteral("(?:\\b(?:https?|ftp|file|mailto|tel|javascript):[^\\s<>\"“”]+"
                       "|\\bwww\\.[^\\s<>\"“”]+"
                       "|[\\w.+%-]+@[\\w-]+(?:\\.[\\w-]+)+)(?<![.,;:!?)\\]'’])"),
        QRegularExpression::UseUnicodePropertiesOption);
    QList<TextRange> ranges;
    QRegularExpressionMatchIterator matches = address.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        ranges.append({match.capturedStart(), match.capturedLength()});
    }
    return ranges;
}

bool overlapsAny(const QList<TextRange> &ranges, const TextRange &range)
{
    return std::any_of(ranges.begin(), ranges.end(), [&](const TextRange &other) {
        return other.start < range.end() && range.start < other.end();
    });
}

} // namespace rd
