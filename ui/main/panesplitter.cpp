#include "panesplitter.h"

#include <QPainter>

namespace rd {

namespace {

class VisibleHandle : public QSplitterHandle
{
public:
    VisibleHandle(Qt::Orientation orientation, QSplitter *parent)
        : QSplitterHandle(orientation, parent)
    {
        setAttribute(Qt::WA_Hover);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor line = palette().color(QPalette::Mid);
        painter.fillRect(rect(), palette().color(QPalette::Window));
        const bool vertical = orientation() == Qt::Horizontal;
        const QPointF centre = QRectF(rect()).center();
        painter.setPen(QPen(line, 1));
        if (vertical)
            painter.drawLine(QPointF(centre.x(), 0), QPointF(centre.x(), height()));
        else
            painter.drawLine(QPointF(0, centre.y()), QPointF(width(), centre.y()));
        painter.setPen(Qt::NoPen);
        painter.setBrush(
            underMouse() ? palette().color(QPalette::Highlight) : palette().color(QPalette::Dark));
        for (int dot = -1; dot <= 1; ++dot) {
            const QPointF at
                = vertical ? centre + QPointF(0, dot * 6) : centre + QPointF(dot * 6, 0);
            painter.drawEllipse(at, 1.8, 1.8);
        }
    }
};

} // namespace

PaneSplitter::PaneSplitter(QWidget *parent)
    : QSplitter(parent)
{
    setHandleWidth(7);
    setChildrenCollapsible(false);
}

QSplitterHandle *PaneSplitter::createHandle()
{
    return new VisibleHandle(orientation(), this);
}

} // namespace rd
