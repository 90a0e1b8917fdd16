#pragma once

#include <QList>
#include <QPointF>
#include <QString>

#include <memory>

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

// The format property (of a QTextLayout's format range) that marks a redline's inserted or
// deleted text with its SpanMark: painted in the format's colour, underlined or struck through.
inline constexpr int redlineMarkProperty = 0x100000 + 1; // QTextFormat::UserProperty + 1

// Paints line `line` of a laid-out QTextLayout whose origin is at origin, a piece for each of
// its format ranges, so that each piece can be told apart: a link's text inside its Link element
// with its area on the page, a name in another script with its language.
void paintLayoutLine(PageCanvas *canvas, const QTextLayout &layout, int line, QPointF origin,
    const QColor &color, const TextStructure &structure = {});

// One line of text in layout units, laid out for layoutDevice() once and drawn on any canvas as
// often as it is needed: page furniture that every page repeats is shaped once, not for each
// page. (QPainter's own drawText would size the font for the painter's device and so differ
// between screen and PDF.)
class TextLine
{
public:
    TextLine() = default;
    TextLine(const QString &text, const QFont &font);

    bool isEmpty() const { return !m_layout; }
    // Its advance, in layout units.
    qreal width() const { return m_width; }
    // Draws it with the left end of its baseline at baselineLeft, whatever its direction.
    void draw(PageCanvas *canvas, QPointF baselineLeft, const QColor &color) const;

private:
    std::shared_ptr<const QTextLayout> m_layout;
    qreal m_width = 0;
    qreal m_ascent = 0;
};

// One line of text drawn once: a TextLine made and drawn.
void drawTextLine(PageCanvas *canvas, const QPointF &baselineLeft, const QString &text,
    const QFont &font, const QColor &color);

} // namespace rd
