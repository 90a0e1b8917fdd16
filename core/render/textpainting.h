#pragma once

#include <QList>
#include <QPointF>
#include <QString>

class QColor;
class QFont;
class QTextLayout;

namespace rd {

class PageCanvas;

// How the text of a laid-out paragraph belongs to the release's structure: its element, and for
// each of the layout's format ranges that is a link, the Link element within it (-1 for the
// ranges that are not).
struct TextStructure
{
    int element = -1;
    QString language; // the element's: text in another script is marked with its own
    QList<int> linkElements;
};

// Paints line `line` of a laid-out QTextLayout whose origin is at origin, a piece for each of
// its format ranges, so that each piece can be told apart: a link's text inside its Link element
// with its area on the page, a name in another script with its language.
void paintLayoutLine(PageCanvas *canvas, const QTextLayout &layout, int line, QPointF origin,
    const QColor &color, const TextStructure &structure = {});

// One line of text in layout units, laid out for layoutDevice(), on any canvas: QPainter's own
// drawText would size the font for the painter's device and so differ between screen and PDF.
void drawTextLine(PageCanvas *canvas, const QPointF &baselineLeft, const QString &text,
    const QFont &font, const QColor &color);

} // namespace rd
