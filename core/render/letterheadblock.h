#pragma once

#include "composedrelease.h"
#include "layoutblock.h"
#include "pagestructure.h"
#include "textpainting.h"

#include <QImage>
#include <QRectF>
#include <QTextLayout>

#include <memory>
#include <vector>

namespace rd {

// The letterhead: the issuing agency's logo and name, or for a joint statement every agency's
// logo with its name beneath, lead agency first, in rows that wrap (a taskforce of fifteen makes
// three rows of five), with a rule beneath. Every name is set whole, however long; the grid makes
// room for long official names with smaller type and fewer columns. It never splits.
class LetterheadBlock : public LayoutBlock
{
public:
    LetterheadBlock(const QList<LetterheadEntry> &entries, qreal width);

    void paint(PageCanvas *canvas, int firstLine, int count, QPointF topLeft) const override;
    // A group under parent, with each agency's logo as a figure named for the agency and its
    // name as a paragraph.
    void attachStructure(PageStructure &structure, int parent);
    // Every line of every name, as they break.
    QString lineText(int line) const override;

private:
    struct Placed
    {
        QImage logo;
        QRectF logoRect;
        std::unique_ptr<QTextLayout> name;
        QPointF namePosition;
        int logoElement = -1;
        TextStructure nameStructure;
    };

    void layOutSingle(const LetterheadEntry &entry);
    void layOutGrid(const QList<LetterheadEntry> &entries);
    static std::unique_ptr<QTextLayout> layOutName(const QString &name, const QFont &font,
        qreal width, Qt::Alignment alignment, qreal *height);

    qreal m_width;
    qreal m_ruleY = 0;
    std::vector<Placed> m_placed;
};

} // namespace rd
