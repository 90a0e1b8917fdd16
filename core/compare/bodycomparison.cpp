#include "bodycomparison.h"

#include "sequencediff.h"

#include <QHash>

#include <algorithm>

namespace rd {

namespace {

// Everything a paragraph is: its kind and its runs with their formatting, as one string, so that
// equal paragraphs get equal numbers.
QString identityOf(const BodyBlock &block)
{
    QString identity = QString::number(int(block.kind));
    for (const TextRun &run : block.runs) {
        identity += QChar(0x1f);
        identity += QLatin1Char(run.bold ? 'b' : '-');
        identity += QLatin1Char(run.italic ? 'i' : '-');
        identity += run.link;
        identity += QChar(0x1e);
        identity += run.text;
    }
    return identity;
}

// The formatting alone: the kind, and the bold, italics and link of each run that shows text.
QString formattingOf(const BodyBlock &block)
{
    QString formatting = QString::number(int(block.kind));
    for (const TextRun &run : block.runs) {
        if (run.text.trimmed().isEmpty())
            continue;
        formatting += QLatin1Char(run.bold ? 'b' : '-');
        formatting += QLatin1Char(run.italic ? 'i' : '-');
        formatting += run.link;
        formatting += QChar(0x1f);
    }
    return formatting;
}

// Deleted and inserted paragraphs between two paragraphs both versions keep.
struct Hunk
{
    QList<qsizetype> deleted; // indices in before
    QList<qsizetype> inserted; // indices in after
    qsizetype afterPosition = 0; // where in after the hunk lies
};

struct Sorted
{
    double position; // in after; a removed paragraph just before what replaced it
    Difference difference;
};

class BodyComparer
{
public:
    BodyComparer(const Body &before, const Body &after, const FieldKey &key, const QString &prefix)
        : m_before(before.blocks)
        , m_after(after.blocks)
        , m_key(key)
        , m_prefix(prefix)
    { }

    QList<Difference> compare()
    {
        QList<Hunk> hunks = hunksOf();
        for (Hunk &hunk : hunks)
            pairEqualWords(hunk);
        findMoves(hunks);
        for (Hunk &hunk : hunks)
            pairSimilar(hunk);
        std::stable_sort(m_found.begin(), m_found.end(),
            [](const Sorted &a, const Sorted &b) { return a.position < b.position; });
        QList<Difference> differences;
        for (const Sorted &sorted : std::as_const(m_found))
            differences.append(sorted.difference);
        return differences;
    }

private:
    QList<Hunk> hunksOf() const
    {
        IdentityNumbers numbers;
        const auto numbered = [&](const QList<BodyBlock> &blocks) {
            QList<quint32> result;
            for (const BodyBlock &block : blocks)
                result.append(numbers.numberOf(identityOf(block)));
            return result;
        };
        const QList<quint32> a = numbered(m_before);
        const QList<quint32> b = numbered(m_after);
        // A statement has hundreds of paragraphs at most: always compared in full.
        const QList<EditRun> runs = shortestEdit(a, b, a.size() + b.size())
                                        .value_or(QList<EditRun> {{EditRun::Kind::Delete, a.size()},
                                            {EditRun::Kind::Insert, b.size()}});
        QList<Hunk> hunks;
        qsizetype inBefore = 0, inAfter = 0;
        bool open = false;
        for (const EditRun &run : runs) {
            if (run.kind == EditRun::Kind::Keep) {
                inBefore += run.length;
                inAfter += run.length;
                open = false;
                continue;
            }
            if (!open) {
                hunks.append(Hunk {{}, {}, inAfter});
                open = true;
            }
            for (qsizetype i = 0; i < run.length; ++i) {
                if (run.kind == EditRun::Kind::Delete)
                    hunks.last().deleted.append(inBefore++);
                else
                    hunks.last().inserted.append(inAfter++);
            }
        }
        return hunks;
    }

    QString path(qsizetype index) const { return m_prefix + QStringLiteral("body[%1]").arg(index); }

    Difference differenceOf(
        Difference::Kind kind, qsizetype beforeIndex, qsizetype afterIndex) const
    {
        Difference difference;
        difference.kind = kind;
        difference.key = m_key;
        if (beforeIndex >= 0)
            difference.before = m_before.at(beforeIndex).plainText();
        if (afterIndex >= 0)
            difference.after = m_after.at(afterIndex).plainText();
        difference.paragraph = afterIndex >= 0 ? afterIndex : beforeIndex;
        difference.earlierParagraph = beforeIndex;
        difference.path = path(difference.paragraph);
        if (kind == Difference::Kind::Moved)
            difference.earlierPath = path(beforeIndex);
        difference.words = compareWords(difference.before, difference.after);
        if (beforeIndex >= 0 && afterIndex >= 0)
            difference.formattingChanged
                = formattingOf(m_before.at(beforeIndex)) != formattingOf(m_after.at(afterIndex));
        return difference;
    }

    // The same words in the same place with other formatting.
    void pairEqualWords(Hunk &hunk)
    {
        for (qsizetype d = 0; d < hunk.deleted.size(); ++d) {
            const QString text = m_before.at(hunk.deleted.at(d)).plainText();
            for (qsizetype i = 0; i < hunk.inserted.size(); ++i) {
                if (m_after.at(hunk.inserted.at(i)).plainText() != text)
                    continue;
                Difference difference = differenceOf(
                    Difference::Kind::Changed, hunk.deleted.at(d), hunk.inserted.at(i));
                difference.formattingChanged = true;
                m_found.append({double(hunk.inserted.at(i)), difference});
                hunk.deleted.removeAt(d--);
                hunk.inserted.removeAt(i);
                break;
            }
        }
    }

    // A paragraph deleted in one place and inserted with the same words in another.
    void findMoves(QList<Hunk> &hunks)
    {
        QMultiHash<QString, QPair<qsizetype, qsizetype>> deleted; // text: hunk, index in hunk
        for (qsizetype h = 0; h < hunks.size(); ++h) {
            for (qsizetype d : std::as_const(hunks.at(h).deleted)) {
                const QString text = m_before.at(d).plainText();
                if (!text.trimmed().isEmpty())
                    deleted.insert(text, {h, d});
            }
        }
        for (Hunk &hunk : hunks) {
            for (qsizetype i = 0; i < hunk.inserted.size(); ++i) {
                const QString text = m_after.at(hunk.inserted.at(i)).plainText();
                auto it = deleted.find(text);
                if (it == deleted.end())
                    continue;
                const auto [fromHunk, beforeIndex] = it.value();
                deleted.erase(it);
                hunks[fromHunk].deleted.removeOne(beforeIndex);
                m_found.append({double(hunk.inserted.at(i)),
                    differenceOf(Difference::Kind::Moved, beforeIndex, hunk.inserted.at(i))});
                hunk.inserted.removeAt(i--);
            }
        }
    }

    // What is left of each hunk: paragraphs paired in order where they are alike (or where one
    // paragraph took the place of one other), the rest added or removed.
    void pairSimilar(const Hunk &hunk)
    {
        const bool oneForOne = hunk.deleted.size() == 1 && hunk.inserted.size() == 1;
        qsizetype d = 0, i = 0;
        const auto alike = [&](qsizetype beforeIndex, qsizetype afterIndex) {
            return wordSimilarity(
                       m_before.at(beforeIndex).plainText(), m_after.at(afterIndex).plainText())
                >= changedTextSimilarity;
        };
        // Just after what the later version has in its place so far: a removed paragraph reads
        // after the changed one before it, not before it.
        double placedUpTo = double(hunk.afterPosition) - 1;
        const auto removed = [&](qsizetype beforeIndex) {
            m_found.append(
                {placedUpTo + 0.5, differenceOf(Difference::Kind::Removed, beforeIndex, -1)});
        };
        const auto placed = [&](Difference::Kind kind, qsizetype from, qsizetype to) {
            m_found.append({double(to), differenceOf(kind, from, to)});
            placedUpTo = double(to);
        };
        while (d < hunk.deleted.size() && i < hunk.inserted.size()) {
            const qsizetype from = hunk.deleted.at(d), to = hunk.inserted.at(i);
            if (oneForOne || alike(from, to)) {
                placed(Difference::Kind::Changed, from, to);
                ++d;
                ++i;
            } else if (i + 1 < hunk.inserted.size() && alike(from, hunk.inserted.at(i + 1))) {
                placed(Difference::Kind::Added, -1, to);
                ++i;
            } else {
                removed(from);
                ++d;
            }
        }
        for (; d < hunk.deleted.size(); ++d)
            removed(hunk.deleted.at(d));
        for (; i < hunk.inserted.size(); ++i)
            m_found.append({double(hunk.inserted.at(i)),
                differenceOf(Difference::Kind::Added, -1, hunk.inserted.at(i))});
    }

    const QList<BodyBlock> &m_before;
    const QList<BodyBlock> &m_after;
    FieldKey m_key;
    QString m_prefix;
    QList<Sorted> m_found;
};

} // namespace

QList<Difference> compareBodies(
    const Body &before, const Body &after, const FieldKey &key, const QString &pathPrefix)
{
    return BodyComparer(before, after, key, pathPrefix).compare();
}

} // namespace rd
