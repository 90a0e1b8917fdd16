#pragma once

#include "model/field.h"

#include <QList>
#include <QString>

namespace rd {

struct Release;

// A stretch of a field's text: a headline, one paragraph of the statement, a quote. `offset` is
// where it starts in the field's text, so that a position in `text` plus `offset` is a position
// a finding can carry.
struct TextSpan
{
    FieldKey field;
    QString text;
    qsizetype offset = 0;
};

// The prose of a release in the order a reader meets it: headline, subheadline, the statement's
// paragraphs with each quote and its speaker's title where the quote is set, the notes to
// editors, the agencies' About paragraphs.
QList<TextSpan> proseInReadingOrder(const Release &release);

// The statement's paragraphs and list items, each with its offset in Body::plainText.
QList<TextSpan> statementSpans(const Release &release);

struct TextRange
{
    qsizetype start = 0;
    qsizetype length = 0;

    qsizetype end() const { return start + length; }
    bool contains(qsizetype position) const { return position >= start && position < end(); }
};

// The words of a text (runs holding a letter or digit), by Unicode word boundaries.
QList<TextRange> wordsOf(const QString &text);

// The sentences of a text, by Unicode sentence boundaries, not counting white space at the end.
QList<TextRange> sentencesOf(const QString &text);

// The web addresses and e-mail addresses written in a text, so that rules about words can leave
// them alone and the link rule can check them.
QList<TextRange> addressesIn(const QString &text);

bool overlapsAny(const QList<TextRange> &ranges, const TextRange &range);

} // namespace rd
