#include "columnpairblock.h"

#include <algorithm>

namespace rd {

namespace {

// Line tops closer than this are one break between pages: both columns are usually set in the
// same font and line spacing, so their lines fall at the same heights.
constexpr qreal sameTop = 0.5;

} // namespace

ColumnPairBlock::ColumnPairBlock(std::unique_ptr<LayoutBlock> first,
    std::unique_ptr<LayoutBlock> second, qreal columnWidth, qreal gutter,
    Qt::LayoutDirection direction)
    : m_columns {std::move(first), std::move(second)}
{
    m_columnLeft[direction == Qt::RightToLeft ? 0 : 1] = columnWidth + gutter;
    // The row may break between pages wherever either column breaks between lines; a column
    // whose line straddles such a place keeps that line on the earlier page.
    QList<qreal> tops;
    for (const auto &column : m_columns) {
        if (!column)
            continue;
        for (int line = 0; line <= column->lineCount(); ++line)
            tops.append(column->lineTop(line));
        spaceBefore = std::max(spaceBefore, column->spaceBefore);
        spaceAfter = std::max(spaceAfter, column->spaceAfter);
        keepWithNext = keepWithNext || column->keepWithNext;
        neverSplit = neverSplit || column->neverSplit;
        if (!source)
            source = column->source;
        if (quotePlacement < 0)
            quotePlacement = column->quotePlacement;
    }
    std::sort(tops.begin(), tops.end());
    m_lineTops.clear();
    for (qreal top : std::as_const(tops)) {
        if (m_lineTops.isEmpty() || top - m_lineTops.last() > sameTop)
            m_lineTops.append(top);
        else
            m_lineTops.last() = std::max(m_lineTops.last(), top);
    }
    if (m_lineTops.isEmpty())
        m_lineTops.append(0);
}

void ColumnPairBlock::paint(PageCanvas *canvas, int firstLine, int count, QPointF topLeft) const
{
    const qreal top = lineTop(firstLine);
    const qreal bottom = lineTop(firstLine + count);
    for (int i = 0; i < 2; ++i) {
        if (m_columns[i])
            paintColumn(*m_columns[i], canvas, top, bottom, topLeft + QPointF(m_columnLeft[i], 0));
    }
}

void ColumnPairBlock::paintColumn(
    const LayoutBlock &column, PageCanvas *canvas, qreal top, qreal bottom, QPointF topLeft) const
{
    // The column's lines that start in [top, bottom): set on this part's page.
    int first = 0;
    while (first < column.lineCount() && column.lineTop(first) < top - sameTop)
        ++first;
    int last = first;
    while (last < column.lineCount() && column.lineTop(last) < bottom - sameTop)
        ++last;
    if (last > first)
        column.paint(
            canvas, first, last - first, topLeft + QPointF(0, column.lineTop(first) - top));
}

std::optional<FieldKey> ColumnPairBlock::sourceAt(qreal x) const
{
    const int right = m_columnLeft[1] > m_columnLeft[0] ? 1 : 0;
    const int column = x >= m_columnLeft[right] ? right : 1 - right;
    return m_columns[column] ? m_columns[column]->source : std::nullopt;
}

QString ColumnPairBlock::lineText(int line) const
{
    // The text of both columns' lines that start on this row line, first language first.
    QStringList texts;
    const qreal top = lineTop(line);
    const qreal bottom = lineTop(line + 1);
    for (const auto &column : m_columns) {
        if (!column)
            continue;
        for (int i = 0; i < column->lineCount(); ++i) {
            if (column->lineTop(i) >= top - sameTop && column->lineTop(i) < bottom - sameTop)
                texts.append(column->lineText(i));
        }
    }
    return texts.join(QLatin1Char('\n'));
}

} // namespace rd
