#include "paintercanvas.h"

#include <QGlyphRun>
#include <QPainter>
#include <QPainterPath>

namespace rd {

void PainterCanvas::drawGlyphs(
    const QList<QGlyphRun> &runs, QPointF origin, const QColor &color, QStringView text)
{
    Q_UNUSED(text);
    m_painter->setPen(color);
    for (const QGlyphRun &run : runs)
        m_painter->drawGlyphRun(origin, run);
}

void PainterCanvas::fillRect(const QRectF &rect, const QColor &color)
{
    m_painter->fillRect(rect, color);
}

void PainterCanvas::fillPath(
    const QPainterPath &path, const QTransform &transform, const QColor &color)
{
    m_painter->save();
    m_painter->setTransform(transform, true);
    m_painter->fillPath(path, color);
    m_painter->restore();
}

void PainterCanvas::strokeLine(QPointF from, QPointF to, qreal width, const QColor &color)
{
    m_painter->setPen(QPen(color, width));
    m_painter->drawLine(from, to);
}

void PainterCanvas::strokeRect(const QRectF &rect, qreal width, const QColor &color)
{
    m_painter->setPen(QPen(color, width));
    m_painter->setBrush(Qt::NoBrush);
    m_painter->drawRect(rect);
}

void PainterCanvas::drawImage(const QRectF &target, const QImage &image)
{
    m_painter->save();
    m_painter->setRenderHint(QPainter::SmoothPixmapTransform);
    m_painter->drawImage(target, image);
    m_painter->restore();
}

} // namespace rd
