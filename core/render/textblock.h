#pragma once

#include "blockstyle.h"
#include "composedrelease.h"
#include "layoutblock.h"

#include <QTextLayout>

#include <memory>

namespace rd {

// A paragraph of the release: its spans laid out with QTextLayout at the page width, in the
// block's style, with a list marker or a quote bar where the style has one. The text is set as it
// was typed: formats come from the spans, never from markup.
class TextBlock : public LayoutBlock
{
public:
    TextBlock(const ComposedBlock &block, const BlockStyle &style, qreal width);

    void paint(QPainter *painter, int firstLine, int count, QPointF topLeft) const override;
    QString lineText(int line) const override;

private:
    void paintMarker(QPainter *painter, QPointF topLeft) const;

    BlockStyle m_style;
    std::unique_ptr<QTextLayout> m_layout;
    QString m_marker; // "•" or "3." for list items
    qreal m_width;
    bool m_rightToLeft = false; // the paragraph's base direction
};

} // namespace rd
