#pragma once

#include "model/field.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace rd {

class PageCanvas;

// A block laid out for the page width, as a stack of lines that pagination may divide between
// pages: a paragraph's lines, or one "line" for something that never splits (the letterhead).
class LayoutBlock
{
public:
    virtual ~LayoutBlock() = default;

    int lineCount() const { return int(m_lineTops.size()) - 1; }
    // Top of line i relative to the block's top; lineTop(lineCount()) is the block's height.
    qreal lineTop(int line) const { return m_lineTops.at(line); }
    qreal height(int firstLine, int count) const
    {
        return lineTop(firstLine + count) - lineTop(firstLine);
    }

    // Paints lines [firstLine, firstLine + count) with the top of firstLine at topLeft.
    virtual void paint(PageCanvas *canvas, int firstLine, int count, QPointF topLeft) const = 0;
    // The text of one line, as it breaks (for tests that compare surfaces).
    virtual QString lineText(int line) const = 0;

    // Pagination rules.
    qreal spaceBefore = 0;
    qreal spaceAfter = 0;
    bool keepWithNext = false; // at least the start of the next block shares this block's page
    bool neverSplit = false;
    bool startsPage = false; // set at the top of a new page (a bilingual release's second half)
    // Widows and orphans: a block of up to unsplittableLines lines is never divided; a longer one
    // keeps at least minLinesPerPage lines on each page it spans.
    static constexpr int unsplittableLines = 4;
    static constexpr int minLinesPerPage = 2;
    bool canSplit() const { return !neverSplit && lineCount() > unsplittableLines; }

    // The field this block shows, so that a click on it can go to its editor.
    std::optional<FieldKey> source;
    // The field shown at x (from the block's left edge): of two languages side by side, the one
    // of the column there.
    virtual std::optional<FieldKey> sourceAt(qreal x) const
    {
        Q_UNUSED(x);
        return source;
    }
    // Of a block of the statement that a quote can follow: the placement that sets a quote after
    // it (ComposedBlock::quotePlacement), for dragging a quote in the preview; -1 otherwise.
    int quotePlacement = -1;

protected:
    QList<qreal> m_lineTops {0};
};

} // namespace rd
