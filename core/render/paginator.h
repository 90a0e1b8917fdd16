#pragma once

#include "layoutblock.h"

#include <QList>

#include <memory>
#include <vector>

namespace rd {

// A run of one block's lines placed on a page, its top `y` below the top of the page's content
// area.
struct Fragment
{
    int block = 0;
    int firstLine = 0;
    int lineCount = 0;
    qreal y = 0;
};

using PageFragments = QList<Fragment>;

// Divides blocks between pages of the given content heights (the first page's may differ from
// the rest), keeping the rules of a release: a block marked keepWithNext shares its page with the
// start of the next one (so a headline is never the last line of a page, a quote stays with its
// attribution, and the end marker never stands alone at the top of a page); a paragraph of four
// lines or fewer is never divided, and a longer one keeps at least two lines on each page.
// A block marked startsPage begins a new page. When a rule cannot be kept (a block taller than a
// page), the block is divided where it must be.
QList<PageFragments> paginate(const std::vector<std::unique_ptr<LayoutBlock>> &blocks,
    qreal firstPageHeight, qreal otherPageHeight);

} // namespace rd
