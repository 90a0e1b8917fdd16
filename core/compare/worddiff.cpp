#include "worddiff.h"

#include "sequencediff.h"

#include <QHash>
#include <QTextBoundaryFinder>

namespace rd {

namespace {

// Beyond this many words inserted and deleted, the comparison of one text costs more than it
// tells: a reader sees a rewrite either way.
constexpr qsizetype maxWordEdits = 1500;

// The text cut at Unicode's word boundaries: words, runs of spaces and single punctuation marks.
QList<QStringView> tokensOf(const QString &text)
{
    QList<QStringView> tokens;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() >= 0) {
        const qsizetype end = finder.position();
        if (end > start)
            tokens.append(QStringView(text).mid(start, end - start));
        start = end;
    }
    if (start < text.size())
        tokens.append(QStringView(text).mid(start));
    return tokens;
}

// Each distinct token as a number, shared by both texts.
QList<quint32> numbered(const QList<QStringView> &tokens, QHash<QStringView, quint32> &numbers)
{
    QList<quint32> result;
    result.reserve(tokens.size());
    for (QStringView token : tokens) {
        auto it = numbers.constFind(token);
        if (it == numbers.constEnd())
            it = numbers.insert(token, quint32(numbers.size()));
        result.append(*it);
    }
    return result;
}

void append(QList<WordChange> &changes, WordChange::Kind kind, const QList<QStringView> &tokens,
    qsizetype from, qsizetype length)
{
    if (length <= 0)
        return;
    QString text;
    for (qsizetype i = from; i < from + length; ++i)
        text += tokens.at(i);
    if (!changes.isEmpty() && changes.last().kind == kind)
        changes.last().text += text;
    else
        changes.append({kind, text});
}

// A space between a deleted and an inserted word is shown as changed too, so that "the red car"
// to "a blue car" reads as "the red" deleted and "a blue" inserted, rather than as four
// alternating pieces. Each changed stretch is given as its deletion, then its insertion.
QList<WordChange> joinedAcrossSpaces(const QList<WordChange> &changes)
{
    QList<WordChange> joined;
    WordChange deleted {WordChange::Kind::Deleted, {}};
    WordChange inserted {WordChange::Kind::Inserted, {}};
    const auto flush = [&] {
        if (!deleted.text.isEmpty())
            joined.append(deleted);
        if (!inserted.text.isEmpty())
            joined.append(inserted);
        deleted.text.clear();
        inserted.text.clear();
    };
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const WordChange &change = changes.at(i);
        if (change.kind == WordChange::Kind::Deleted) {
            deleted.text += change.text;
            continue;
        }
        if (change.kind == WordChange::Kind::Inserted) {
            inserted.text += change.text;
            continue;
        }
        const bool nextChanges = i + 1 < changes.size();
        const bool bridges = nextChanges && change.text.trimmed().isEmpty()
            && ((!deleted.text.isEmpty() && !inserted.text.isEmpty())
                || (!deleted.text.isEmpty() && changes.at(i + 1).kind == WordChange::Kind::Inserted)
                || (!inserted.text.isEmpty()
                    && changes.at(i + 1).kind == WordChange::Kind::Deleted));
        if (bridges) {
            deleted.text += change.text;
            inserted.text += change.text;
            continue;
        }
        flush();
        joined.append(change);
    }
    flush();
    return joined;
}

QStringList wordsOfKind(const QList<WordChange> &changes, WordChange::Kind kind)
{
    QStringList words;
    for (const WordChange &change : changes) {
        if (change.kind == kind && !change.text.trimmed().isEmpty())
            words.append(change.text.trimmed());
    }
    return words;
}

} // namespace

QList<WordChange> compareWords(const QString &before, const QString &after)
{
    if (before == after)
        return before.isEmpty() ? QList<WordChange> {}
                                : QList<WordChange> {{WordChange::Kind::Same, before}};
    const QList<QStringView> beforeTokens = tokensOf(before);
    const QList<QStringView> afterTokens = tokensOf(after);
    QHash<QStringView, quint32> numbers;
    const QList<quint32> a = numbered(beforeTokens, numbers);
    const QList<quint32> b = numbered(afterTokens, numbers);
    const std::optional<QList<EditRun>> runs = shortestEdit(a, b, maxWordEdits);
    QList<WordChange> changes;
    if (!runs) {
        if (!before.isEmpty())
            changes.append({WordChange::Kind::Deleted, before});
        if (!after.isEmpty())
            changes.append({WordChange::Kind::Inserted, after});
        return changes;
    }
    qsizetype inBefore = 0, inAfter = 0;
    for (const EditRun &run : *runs) {
        switch (run.kind) {
        case EditRun::Kind::Keep:
            append(changes, WordChange::Kind::Same, beforeTokens, inBefore, run.length);
            inBefore += run.length;
            inAfter += run.length;
            break;
        case EditRun::Kind::Delete:
            append(changes, WordChange::Kind::Deleted, beforeTokens, inBefore, run.length);
            inBefore += run.length;
            break;
        case EditRun::Kind::Insert:
            append(changes, WordChange::Kind::Inserted, afterTokens, inAfter, run.length);
            inAfter += run.length;
            break;
        }
    }
    return joinedAcrossSpaces(changes);
}

QStringList deletedWords(const QList<WordChange> &changes)
{
    return wordsOfKind(changes, WordChange::Kind::Deleted);
}

QStringList insertedWords(const QList<WordChange> &changes)
{
    return wordsOfKind(changes, WordChange::Kind::Inserted);
}

bool needsSpaceBetween(const QString &deleted, const QString &inserted)
{
    return !deleted.isEmpty() && !inserted.isEmpty() && !deleted.back().isSpace()
        && !inserted.front().isSpace();
}

double wordSimilarity(const QString &a, const QString &b)
{
    const QStringList wordsA = a.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList wordsB = b.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (wordsA.isEmpty() || wordsB.isEmpty())
        return 0;
    QHash<QString, int> counts;
    for (const QString &word : wordsA)
        ++counts[word];
    int common = 0;
    for (const QString &word : wordsB) {
        auto it = counts.find(word);
        if (it != counts.end() && *it > 0) {
            --*it;
            ++common;
        }
    }
    return 2.0 * common / double(wordsA.size() + wordsB.size());
}

} // namespace rd
