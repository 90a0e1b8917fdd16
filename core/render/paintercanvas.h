#pragma once

#include "pagecanvas.h"

class QPainter;

namespace rd {

// A page canvas over a QPainter: the preview, the printer and page images. Structure and
// furniture marks mean nothing to a painter and are ignored.
class PainterCanvas : public PageCanvas
{
public:
    explicit PainterCanvas(QPainter *painter)
        : m_painter(painter)
    { }

    void drawGlyphs(const QList<QGlyphRun> &runs, QPointF origin, const QColor &color,
        QStringView text) override;
    void fillRect(const QRectF &rect, const QColor &color) override;
    void fillPath(
        const QPainterPath &path, const QTransform &transform, const QColor &color) override;
    void strokeLine(QPointF from, QPointF to, qreal width, const QColor &color) override;
    void strokeRect(const QRectF &rect, qreal width, const QColor &color) override;
    void drawImage(const QRectF &target, const QImage &image) override;

private:
    QPainter *m_painter;
};

} // namespace rd
