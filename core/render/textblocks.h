#pragma once

#include "composedrelease.h"
#include "textblock.h"

#include <QList>

#include <memory>
#include <vector>

namespace rd {

// A paragraph to be laid out, and the width of its column.
struct TextBlockRequest
{
    const ComposedBlock *block;
    qreal width;
};

// The paragraphs laid out, in the order asked. Each paragraph's layout is independent of every
// other's, and shaping and breaking them is most of what an export costs: a long release's are
// laid out half on this thread and half on another, split where half the characters are. A
// short release's stay on this thread, as the other thread's first use of the fonts (fontconfig's
// matching, the font files opened again) would cost more than it saves.
std::vector<std::unique_ptr<TextBlock>> layOutTextBlocks(const QList<TextBlockRequest> &requests);

} // namespace rd
