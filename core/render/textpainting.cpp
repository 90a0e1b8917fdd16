#include "textpainting.h"

#include "composedrelease.h"
#include "fonts.h"
#include "pagecanvas.h"
#include "util/scriptlanguage.h"

#include <QGlyphRun>
#include <QTextLayout>

#include <algorithm>

namespace rd {

namespace {

// Returns the runs it drew.
QList<QGlyphRun> paintPiece(PageCanvas *canvas, const QTextLine &line, int from, int length,
    QPointF origin, const QColor &color, QStringView text)
{
    QList<QGlyphRun> runs = line.glyphRuns(from, length);
    canvas->drawGlyphs(runs, origin, color, text);
    return runs;
}

// The space a line breaks at is not drawn, so the text of two lines would run together when it
// is copied or read aloud ("asked tokeep clear"): it is set, invisible, at the line's end, in the
// font of the runs that end the line.
void paintBreakingSpace(PageCanvas *canvas, const QTextLayout &layout, const QTextLine &line,
    QPointF origin, const QColor &color, const QList<QGlyphRun> &runs)
{
    if (runs.isEmpty())
        return;
    const bool rightToLeft = layout.textOption().textDirection() == Qt::RightToLeft;
    const QGlyphRun &last = rightToLeft ? runs.first() : runs.last();
    const QList<quint32> space = last.rawFont().glyphIndexesForString(QStringLiteral(" "));
    if (space.size() != 1 || space.first() == 0)
        return;
    const qreal x = rightToLeft ? line.naturalTextRect().left() : line.naturalTextRect().right();
    QGlyphRun run;
    run.setRawFont(last.rawFont());
    run.setGlyphIndexes(space);
    run.setPositions({QPointF(x, line.y() + line.ascent())});
    canvas->drawGlyphs({run}, origin, color, u" ");
}

struct RedlineMark
{
    SpanMark kind = SpanMark::None;
    QColor color;
};

RedlineMark redlineMarkAt(const QList<QTextLayout::FormatRange> &formats, int position)
{
    for (const QTextLayout::FormatRange &range : formats) {
        if (position >= range.start && position < range.start + range.length
            && range.format.hasProperty(redlineMarkProperty)) {
            return {SpanMark(range.format.intProperty(redlineMarkProperty)),
                range.format.foreground().color()};
        }
    }
    return {};
}

// The rule that marks a redline's piece of text: under inserted text, through deleted text, so
// that the change shows on paper printed in black.
void paintRedlineRule(PageCanvas *canvas, const QTextLine &line, const QString &text, int from,
    int length, QPointF origin, const RedlineMark &mark)
{
    // Under or through the words, not the spaces at either end of the piece.
    while (length > 0 && from < text.size() && text.at(from).isSpace()) {
        ++from;
        --length;
    }
    while (length > 0 && from + length - 1 < text.size() && text.at(from + length - 1).isSpace())
        --length;
    if (length <= 0)
        return;
    const qreal x1 = line.cursorToX(from);
    const qreal x2 = line.cursorToX(from + length);
    const qreal baseline = origin.y() + line.y() + line.ascent();
    const qreal y = mark.kind == SpanMark::Inserted
        ? baseline + std::max<qreal>(1.2, line.descent() / 3)
        : baseline - line.ascent() * 0.3;
    const ArtifactScope rule(canvas, ArtifactKind::Layout);
    canvas->strokeLine(QPointF(origin.x() + std::min(x1, x2), y),
        QPointF(origin.x() + std::max(x1, x2), y), 0.8, mark.color);
}

} // namespace

void paintLayoutLine(PageCanvas *canvas, const QTextLayout &layout, int lineIndex, QPointF origin,
    const QColor &color, const TextStructure &structure)
{
    const QTextLine line = layout.lineAt(lineIndex);
    const int lineStart = line.textStart();
    const int lineEnd = lineStart + line.textLength();
    const QString &text = layout.text();
    const QList<QTextLayout::FormatRange> formats = layout.formats();

    // The line's text, cut where a format range starts or ends.
    QList<int> cuts {lineStart, lineEnd};
    for (const QTextLayout::FormatRange &range : formats) {
        for (int cut : {range.start, range.start + range.length}) {
            if (cut > lineStart && cut < lineEnd)
                cuts.append(cut);
        }
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    QList<QGlyphRun> lastRuns; // of the piece that ends the line
    for (int i = 0; i + 1 < cuts.size(); ++i) {
        const int from = cuts.at(i);
        const int length = cuts.at(i + 1) - from;
        const QStringView piece = QStringView(text).mid(from, length);
        int link = -1;
        QString target;
        for (int r = 0; r < formats.size() && r < structure.linkElements.size(); ++r) {
            const QTextLayout::FormatRange &range = formats.at(r);
            if (structure.linkElements.at(r) >= 0 && from >= range.start
                && from < range.start + range.length) {
                link = structure.linkElements.at(r);
                target = range.format.anchorHref();
            }
        }
        const QString language = languageOfScript(piece, structure.language);
        const RedlineMark mark = redlineMarkAt(formats, from);
        const QColor &pieceColor = mark.kind == SpanMark::None ? color : mark.color;
        if (mark.kind != SpanMark::None)
            paintRedlineRule(canvas, line, text, from, length, origin, mark);
        if (link < 0 && language.isEmpty()) {
            lastRuns = paintPiece(canvas, line, from, length, origin, pieceColor, piece);
            continue;
        }
        const int element = link >= 0 ? link : structure.element;
        if (element >= 0)
            canvas->beginContent(element, language);
        lastRuns = paintPiece(canvas, line, from, length, origin, pieceColor, piece);
        if (link >= 0) {
            const qreal x1 = line.cursorToX(from);
            const qreal x2 = line.cursorToX(from + length);
            canvas->addLinkArea(link,
                QRectF(origin.x() + std::min(x1, x2), origin.y() + line.y(), std::abs(x2 - x1),
                    line.height()),
                target);
        }
        if (element >= 0)
            canvas->endContent();
    }
    if (lineEnd > lineStart && lineEnd < text.size() && text.at(lineEnd - 1).isSpace())
        paintBreakingSpace(
            canvas, layout, line, origin, color, lastRuns.isEmpty() ? line.glyphRuns() : lastRuns);
}

TextLine::TextLine(const QString &text, const QFont &font)
{
    auto layout = std::make_shared<QTextLayout>(text, font, layoutDevice());
    // Anchored at its baseline's left end whatever the direction, which orders the words within
    // the line.
    QTextOption option(Qt::AlignLeft | Qt::AlignAbsolute);
    option.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    option.setUseDesignMetrics(true);
    option.setWrapMode(QTextOption::NoWrap);
    layout->setTextOption(option);
    layout->setCacheEnabled(true); // drawn later, perhaps many times, from the glyphs shaped now
    layout->beginLayout();
    QTextLine line = layout->createLine();
    if (line.isValid())
        line.setPosition(QPointF(0, 0));
    layout->endLayout();
    if (!line.isValid())
        return;
    m_width = line.naturalTextWidth();
    m_ascent = line.ascent();
    m_layout = std::move(layout);
}

void TextLine::draw(PageCanvas *canvas, QPointF baselineLeft, const QColor &color) const
{
    if (m_layout)
        paintLayoutLine(canvas, *m_layout, 0, baselineLeft - QPointF(0, m_ascent), color);
}

void drawTextLine(PageCanvas *canvas, const QPointF &baselineLeft, const QString &text,
    const QFont &font, const QColor &color)
{
    TextLine(text, font).draw(canvas, baselineLeft, color);
}

} // namespace rd
