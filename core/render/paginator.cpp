#include "paginator.h"

namespace rd {

namespace {

constexpr qreal tolerance = 0.01;

class Paginator
{
public:
    Paginator(const std::vector<std::unique_ptr<LayoutBlock>> &blocks, qreal firstPageHeight,
        qreal otherPageHeight)
        : m_blocks(blocks)
        , m_pageHeight(firstPageHeight)
        , m_otherPageHeight(otherPageHeight)
    {
        m_pages.append(PageFragments());
    }

    QList<PageFragments> run();

private:
    const LayoutBlock &block(int index) const { return *m_blocks.at(size_t(index)); }
    int blockCount() const { return int(m_blocks.size()); }

    int linesFitting(const LayoutBlock &block, int firstLine, qreal available) const;
    qreal minimalStart(int index) const;
    void place(int index, int firstLine, int count, qreal y);
    // Places the first count lines here and starts a new page; returns the next line to place.
    int placeAndBreak(int index, int firstLine, int count, qreal y);
    void newPage();
    bool atPageTop() const { return m_pages.last().isEmpty(); }

    const std::vector<std::unique_ptr<LayoutBlock>> &m_blocks;
    qreal m_pageHeight;
    qreal m_otherPageHeight;
    qreal m_y = 0;
    QList<PageFragments> m_pages;
};

int Paginator::linesFitting(const LayoutBlock &block, int firstLine, qreal available) const
{
    int count = 0;
    while (firstLine + count < block.lineCount()
        && block.height(firstLine, count + 1) <= available + tolerance)
        ++count;
    return count;
}

// The height the start of block `index` needs after the block before it: what must come along
// to the same page when the block before is kept with it.
qreal Paginator::minimalStart(int index) const
{
    const LayoutBlock &next = block(index);
    qreal height = next.spaceBefore;
    if (next.canSplit())
        return height + next.height(0, LayoutBlock::minLinesPerPage);
    height += next.height(0, next.lineCount());
    if (next.keepWithNext && index + 1 < blockCount())
        height += next.spaceAfter + minimalStart(index + 1);
    return height;
}

void Paginator::place(int index, int firstLine, int count, qreal y)
{
    m_pages.last().append({index, firstLine, count, y});
}

int Paginator::placeAndBreak(int index, int firstLine, int count, qreal y)
{
    place(index, firstLine, count, y);
    newPage();
    return firstLine + count;
}

void Paginator::newPage()
{
    m_pages.append(PageFragments());
    m_y = 0;
    m_pageHeight = m_otherPageHeight;
}

QList<PageFragments> Paginator::run()
{
    constexpr int minLines = LayoutBlock::minLinesPerPage;
    int index = 0;
    int line = 0; // the first line of block `index` not yet placed; above 0 only at a page's top
    while (index < blockCount()) {
        const LayoutBlock &current = block(index);
        if (current.startsPage && line == 0 && !atPageTop()) {
            newPage();
            continue;
        }
        const int remaining = current.lineCount() - line;
        const qreal before = atPageTop() ? 0 : current.spaceBefore;
        const int fitting = linesFitting(current, line, m_pageHeight - m_y - before);

        if (fitting >= remaining) {
            const qreal end = m_y + before + current.height(line, remaining) + current.spaceAfter;
            const bool keepsNext = current.keepWithNext && index + 1 < blockCount();
            if (keepsNext && end + minimalStart(index + 1) > m_pageHeight + tolerance) {
                // The next block's start does not fit after this one: this block's last lines
                // go over with it, or the whole block when it may not be divided (unless it
                // already stands at the top of a page, where moving it would gain nothing).
                const int keepHere = remaining - minLines;
                if (current.canSplit() && keepHere >= minLines) {
                    line = placeAndBreak(index, line, keepHere, m_y + before);
                    continue;
                }
                if (!atPageTop()) {
                    newPage();
                    continue;
                }
            }
            place(index, line, remaining, m_y + before);
            m_y = end;
            ++index;
            line = 0;
            continue;
        }

        if (current.canSplit()) {
            const int keepHere = std::min(fitting, remaining - minLines);
            if (keepHere >= minLines) {
                line = placeAndBreak(index, line, keepHere, m_y + before);
                continue;
            }
        }
        if (!atPageTop()) {
            newPage();
            continue;
        }
        // Taller than a whole page: divide it where the page ends.
        const int forced = std::max(1, fitting);
        place(index, line, forced, 0);
        line += forced;
        if (line < current.lineCount()) {
            newPage();
            continue;
        }
        m_y = current.height(line - forced, forced) + current.spaceAfter;
        ++index;
        line = 0;
    }
    return m_pages;
}

} // namespace

QList<PageFragments> paginate(const std::vector<std::unique_ptr<LayoutBlock>> &blocks,
    qreal firstPageHeight, qreal otherPageHeight)
{
    return Paginator(blocks, firstPageHeight, otherPageHeight).run();
}

} // namespace rd
