#pragma once

#include "blockstyle.h"
#include "composedrelease.h"
#include "layoutblock.h"
#include "pagestructure.h"
#include "textpainting.h"

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

    void paint(PageCanvas *canvas, int firstLine, int count, QPointF topLeft) const override;
    QString lineText(int line) const override;

    BlockRole role() const { return m_role; }
    const BlockStyle &style() const { return m_style; }
    // Adds the block's elements to the structure under parent: a list item's label and body, a
    // heading with its text as its title, the links within it.
    void attachStructure(PageStructure &structure, int parent);

private:
    void paintMarker(PageCanvas *canvas, QPointF topLeft) const;

    BlockRole m_role;
    BlockStyle m_style;
    std::unique_ptr<QTextLayout> m_layout;
    QString m_marker; // "•" or "3." for list items
    TextLine m_markerLine;
    qreal m_width;
    bool m_rightToLeft = false; // the paragraph's base direction
    TextStructure m_structure;
    int m_labelElement = -1; // of a list item: its marker's
};

} // namespace rd
