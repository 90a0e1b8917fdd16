#include "redline.h"

#include "compare/sequencediff.h"
#include "compare/worddiff.h"
#include "pdfexporter.h"
#include "render/pagedrelease.h"

#include <QCoreApplication>
#include <QHash>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Redline)
};

// Everything that makes a block what it is, as one string, so that equal blocks get equal
// numbers: its role, the field it comes from, and its text with its formatting.
QString identityOf(const ComposedBlock &block)
{
    QString identity = QString::number(int(block.role)) + QLatin1Char('|');
    if (block.source) {
        identity += QStringLiteral("%1/%2/%3|")
                        .arg(int(block.source->field))
                        .arg(block.source->itemId)
                        .arg(block.source->translated);
    }
    identity += QString::number(block.number) + QLatin1Char('|');
    for (const Span &span : block.spans) {
        identity += QStringLiteral("%1%2%3\x1f%4\x1e")
                        .arg(span.bold ? u'b' : u'-')
                        .arg(span.italic ? u'i' : u'-')
                        .arg(span.link, span.text);
    }
    return identity;
}

QList<quint32> numbered(const QList<ComposedBlock> &blocks, IdentityNumbers &numbers)
{
    QList<quint32> result;
    result.reserve(blocks.size());
    for (const ComposedBlock &block : blocks)
        result.append(numbers.numberOf(identityOf(block)));
    return result;
}

ComposedBlock markedWhole(ComposedBlock block, SpanMark mark)
{
    for (Span &span : block.spans)
        span.mark = mark;
    return block;
}

// Takes a block's formatted text a stretch at a time, so that a stretch of compared words keeps
// the bold, italics and links of the text it came from.
class SpanReader
{
public:
    explicit SpanReader(const QList<Span> &spans)
        : m_spans(spans)
    { }

    void take(qsizetype length, SpanMark mark, QList<Span> &into)
    {
        while (length > 0 && m_span < m_spans.size()) {
            const Span &span = m_spans.at(m_span);
            const qsizetype count = std::min(length, span.text.size() - m_offset);
            if (count > 0) {
                Span piece = span;
                piece.text = span.text.mid(m_offset, count);
                piece.mark = mark;
                into.append(piece);
            }
            m_offset += count;
            length -= count;
            if (m_offset >= span.text.size()) {
                ++m_span;
                m_offset = 0;
            }
        }
    }

private:
    const QList<Span> &m_spans;
    qsizetype m_span = 0;
    qsizetype m_offset = 0;
};

// The later block with the words deleted from the earlier one set in, struck through, where they
// stood, and the words inserted underlined.
ComposedBlock markedChanges(const ComposedBlock &before, const ComposedBlock &after)
{
    ComposedBlock marked = after;
    marked.spans.clear();
    SpanReader earlier(before.spans);
    SpanReader later(after.spans);
    for (const WordChange &change : compareWords(before.plainText(), after.plainText())) {
        switch (change.kind) {
        case WordChange::Kind::Same: {
            // Shown as the later version formats it.
            QList<Span> unchanged;
            earlier.take(change.text.size(), SpanMark::None, unchanged);
            later.take(change.text.size(), SpanMark::None, marked.spans);
            break;
        }
        case WordChange::Kind::Deleted:
            earlier.take(change.text.size(), SpanMark::Deleted, marked.spans);
            break;
        case WordChange::Kind::Inserted:
            // A word replaced by another: a space between the two.
            if (!marked.spans.isEmpty() && marked.spans.last().mark == SpanMark::Deleted
                && needsSpaceBetween(marked.spans.last().text, change.text))
                marked.spans.append(Span {QStringLiteral(" "), false, false, {}, SpanMark::None});
            later.take(change.text.size(), SpanMark::Inserted, marked.spans);
            break;
        }
    }
    return marked;
}

// Whether an earlier block is the same part of the release as a later one, changed: set in the
// same role from the same field (or both worded by the program), and for the paragraphs of a text
// that holds several, sharing enough of their words to be the same paragraph rewritten.
bool sameBlockChanged(const ComposedBlock &before, const ComposedBlock &after)
{
    if (before.role != after.role || before.source != after.source)
        return false;
    const bool manyParagraphs = before.source
        && (before.source->field == Field::Body || holdsParagraphs(before.source->field));
    return !manyParagraphs
        || wordSimilarity(before.plainText(), after.plainText()) >= changedTextSimilarity;
}

class RedlineComposer
{
public:
    RedlineComposer(const QList<ComposedBlock> &before, const QList<ComposedBlock> &after)
        : m_before(before)
        , m_after(after)
    { }

    QList<ComposedBlock> compose()
    {
        IdentityNumbers numbers;
        const QList<quint32> earlier = numbered(m_before, numbers);
        const QList<quint32> later = numbered(m_after, numbers);
        // A release has a few hundred blocks at most: always compared in full.
        const QList<EditRun> runs = shortestEdit(earlier, later, earlier.size() + later.size())
                                        .value_or(QList<EditRun> {});
        qsizetype b = 0, a = 0;
        for (qsizetype r = 0; r < runs.size(); ++r) {
            const EditRun &run = runs.at(r);
            if (run.kind == EditRun::Kind::Keep) {
                for (qsizetype i = 0; i < run.length; ++i)
                    m_result.append(m_after.at(a + i));
                b += run.length;
                a += run.length;
                continue;
            }
            // A hunk: the deletions and insertions between two runs kept.
            qsizetype deleted = 0, inserted = 0;
            for (; r < runs.size() && runs.at(r).kind != EditRun::Kind::Keep; ++r) {
                (runs.at(r).kind == EditRun::Kind::Delete ? deleted : inserted)
                    += runs.at(r).length;
            }
            --r;
            composeHunk(b, deleted, a, inserted);
            b += deleted;
            a += inserted;
        }
        return m_result;
    }

private:
    // Pairs each inserted block with the first deleted one after the last pair that is the same
    // part changed; deleted blocks are set before what was inserted in their place.
    void composeHunk(
        qsizetype firstDeleted, qsizetype deleted, qsizetype firstInserted, qsizetype inserted)
    {
        QList<qsizetype> pairOf(inserted, -1);
        qsizetype next = 0;
        for (qsizetype i = 0; i < inserted; ++i) {
            for (qsizetype d = next; d < deleted; ++d) {
                if (sameBlockChanged(
                        m_before.at(firstDeleted + d), m_after.at(firstInserted + i))) {
                    pairOf[i] = d;
                    next = d + 1;
                    break;
                }
            }
        }
        qsizetype d = 0;
        const auto deleteUpTo = [&](qsizetype end) {
            for (; d < end; ++d)
                m_result.append(markedWhole(m_before.at(firstDeleted + d), SpanMark::Deleted));
        };
        for (qsizetype i = 0; i < inserted; ++i) {
            const ComposedBlock &later = m_after.at(firstInserted + i);
            if (pairOf.at(i) >= 0) {
                deleteUpTo(pairOf.at(i));
                m_result.append(markedChanges(m_before.at(firstDeleted + d), later));
                ++d;
                continue;
            }
            qsizetype nextPair = deleted;
            for (qsizetype j = i + 1; j < inserted && nextPair == deleted; ++j) {
                if (pairOf.at(j) >= 0)
                    nextPair = pairOf.at(j);
            }
            deleteUpTo(nextPair);
            m_result.append(markedWhole(later, SpanMark::Inserted));
        }
        deleteUpTo(deleted);
    }

    const QList<ComposedBlock> &m_before;
    const QList<ComposedBlock> &m_after;
    QList<ComposedBlock> m_result;
};

ComposedRelease redlineOf(const ComposedRelease &before, const ComposedRelease &after)
{
    ComposedRelease redline = after;
    redline.blocks = RedlineComposer(before.blocks, after.blocks).compose();
    if (before.secondLanguage && after.secondLanguage) {
        redline.secondLanguage = std::make_shared<const ComposedRelease>(
            redlineOf(*before.secondLanguage, *after.secondLanguage));
    }
    return redline;
}

} // namespace

ComposedRelease composeRedline(const Release &before, const Release &after,
    const ComposeOptions &options, const QString &legend)
{
    ComposedRelease redline
        = redlineOf(composeRelease(before, options), composeRelease(after, options));
    ComposedBlock legendBlock;
    legendBlock.role = BlockRole::DraftNotice;
    legendBlock.spans = {Span {legend, true, false, {}, SpanMark::None}};
    redline.blocks.prepend(legendBlock);
    return redline;
}

std::shared_ptr<const PagedRelease> layOutRedline(const Release &before, const Release &after,
    const LayoutOptions &options, const QString &legend)
{
    return std::make_shared<const PagedRelease>(
        composeRedline(before, after, {options.now, options.versions, options.layout}, legend),
        PageSetup {options.paper, 0});
}

Result<QByteArray> exportRedlinePdf(const Release &before, const Release &after,
    const ExportOptions &options, const QString &legend)
{
    const Result<ComposeOptions> compose = composeOptionsFor(after, options);
    if (!compose)
        return compose.error();
    const std::shared_ptr<const PagedRelease> paged = layOutRedline(
        before, after, {options.paper, options.now, compose->versions, compose->layout}, legend);
    return writePagedPdf(*paged, Tr::tr("Changes"));
}

QString redlineLegend(const QString &earlierLabel, const QString &laterLabel)
{
    const QString marks
        = Tr::tr("inserted text is underlined, deleted text is struck through. Not for release.");
    if (earlierLabel.isEmpty())
        return Tr::tr("Changes: %1").arg(marks);
    if (laterLabel.isEmpty())
        return Tr::tr("Changes since %1: %2").arg(earlierLabel, marks);
    return Tr::tr("Changes from %1 to %2: %3").arg(earlierLabel, laterLabel, marks);
}

} // namespace rd
