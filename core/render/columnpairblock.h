#pragma once

#include "layoutblock.h"

#include <memory>

namespace rd {

// A row of a bilingual release set side by side: a block of the first language in the left
// column and its translation in the right (either may be missing), laid out at half the width
// and divided between pages together, so that each passage stays beside its translation. A
// right-to-left first language (Arabic beside English) takes the right column, where its readers
// start.
class ColumnPairBlock : public LayoutBlock
{
public:
    ColumnPairBlock(std::unique_ptr<LayoutBlock> first, std::unique_ptr<LayoutBlock> second,
        qreal columnWidth, qreal gutter, Qt::LayoutDirection direction = Qt::LeftToRight);

    void paint(PageCanvas *canvas, int firstLine, int count, QPointF topLeft) const override;
    QString lineText(int line) const override;
    std::optional<FieldKey> sourceAt(qreal x) const override;

private:
    void paintColumn(const LayoutBlock &column, PageCanvas *canvas, qreal top, qreal bottom,
        QPointF topLeft) const;

    std::unique_ptr<LayoutBlock> m_columns[2];
    qreal m_columnLeft[2] = {0, 0}; // of the first and the second language's column
};

} // namespace rd
