#pragma once

#include <QList>
#include <QString>

namespace rd {

// A stretch of a text compared with another version of it: the same in both, only in the
// earlier one (deleted) or only in the later one (inserted).
struct WordChange
{
    enum class Kind { Same, Deleted, Inserted };
    Kind kind;
    QString text;

    bool operator==(const WordChange &) const = default;
};

// What changed between two versions of a text, word by word: words (in any script, as Unicode's
// word boundaries find them), the spaces between them and each punctuation mark are compared
// whole, so that a changed word shows as that word deleted and its replacement inserted, never as
// a few letters. Joining the Same and Deleted stretches gives `before`, the Same and Inserted ones
// `after`. Two texts too different to compare word by word in a bounded time come back as the
// one deleted and the other inserted.
QList<WordChange> compareWords(const QString &before, const QString &after);

// The deleted and the inserted words of a comparison, each stretch trimmed, in order.
QStringList deletedWords(const QList<WordChange> &changes);
QStringList insertedWords(const QList<WordChange> &changes);

// Whether a deleted stretch and the inserted one that replaces it need a space between them when
// both are shown side by side, so that they do not read (or copy out) as one word: when neither
// has one at the join.
bool needsSpaceBetween(const QString &deleted, const QString &inserted);

// How much of their words two texts share, from 0 to 1: twice the words in common over the words
// of both.
double wordSimilarity(const QString &a, const QString &b);

// A paragraph rewritten in place keeps being "the same paragraph, changed" down to this share of
// shared words; below it, it was replaced.
inline constexpr double changedTextSimilarity = 0.3;

} // namespace rd
