#include "quoteplacement.h"

namespace rd {

namespace {

bool hasText(const BodyBlock &block)
{
    return !block.plainText().trimmed().isEmpty();
}

int paragraphsIn(const QList<BodyBlock> &blocks, qsizetype from, qsizetype to)
{
    int count = 0;
    for (qsizetype i = from; i < to; ++i)
        count += hasText(blocks.at(i)) ? 1 : 0;
    return count;
}

bool continuesList(const BodyBlock &item, const BodyBlock &next)
{
    return item.kind != BodyBlock::Kind::Paragraph && next.kind == item.kind;
}

} // namespace

QList<qsizetype> statementParagraphs(const Body &body)
{
    QList<qsizetype> indices;
    for (qsizetype i = 0; i < body.blocks.size(); ++i) {
        if (hasText(body.blocks.at(i)))
            indices.append(i);
    }
    return indices;
}

int effectiveQuotePlacement(const Body &body, int placement)
{
    if (placement <= 0)
        return 0;
    const QList<qsizetype> paragraphs = statementParagraphs(body);
    const int count = int(paragraphs.size());
    while (placement < count
        && continuesList(
            body.blocks.at(paragraphs.at(placement - 1)), body.blocks.at(paragraphs.at(placement))))
        ++placement;
    return placement >= count ? 0 : placement;
}

QList<int> quotePlacements(const Body &body)
{
    const QList<qsizetype> paragraphs = statementParagraphs(body);
    QList<int> placements;
    for (int number = 1; number < paragraphs.size(); ++number) {
        if (!continuesList(
                body.blocks.at(paragraphs.at(number - 1)), body.blocks.at(paragraphs.at(number))))
            placements.append(number);
    }
    return placements;
}

StatementEdit::StatementEdit(const Body &before, const Body &after)
{
    const QList<BodyBlock> &a = before.blocks;
    const QList<BodyBlock> &b = after.blocks;
    const UnchangedBlocks same = unchangedBlocks(a, b);
    m_unchangedBefore = paragraphsIn(a, 0, same.atStart);
    m_changedBefore = paragraphsIn(a, same.atStart, a.size() - same.atEnd);
    m_changedAfter = paragraphsIn(b, same.atStart, b.size() - same.atEnd);
}

int StatementEdit::placementAfter(int placement) const
{
    if (placement <= 0 || placement <= m_unchangedBefore)
        return placement;
    if (placement > m_unchangedBefore + m_changedBefore)
        return placement + m_changedAfter - m_changedBefore;
    // After a paragraph that was edited, divided, joined or removed: after the end of what took
    // its place, or after the paragraph before it.
    return std::max(1, m_unchangedBefore + m_changedAfter);
}

} // namespace rd
