#pragma once

#include "model/field.h"

#include <QAbstractScrollArea>
#include <QCache>
#include <QImage>

#include <memory>

namespace rd {

class PagedRelease;

// The pages of the formatted release, one under another, drawn by the same renderer as the
// printer and the PDF, at any zoom. Only the pages in view are drawn, each once per layout and
// zoom. A click on a part of a page says which field it shows; a quote dragged to another place
// between the statement's paragraphs says where it should go.
class PreviewWidget : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit PreviewWidget(QWidget *parent = nullptr);

    void setRelease(std::shared_ptr<const PagedRelease> release);
    std::shared_ptr<const PagedRelease> release() const { return m_release; }

    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    void zoomIn() { setZoom(m_zoom * 1.2); }
    void zoomOut() { setZoom(m_zoom / 1.2); }
    void fitWidth();

    // Where page's top-left corner is in the viewport, and the page and point (in points) under a
    // viewport position.
    QRect pageRect(int page) const;
    std::optional<std::pair<int, QPointF>> pageAt(const QPoint &position) const;
    // Scrolls, if need be, so that the field's text is in view.
    void revealField(const FieldKey &field);

Q_SIGNALS:
    void fieldClicked(const rd::FieldKey &field);
    // A quote was dragged and dropped to be set after paragraph `placement` of the statement (0:
    // after the statement), as model/quoteplacement.h counts them.
    void quoteDropped(const QString &quoteId, int placement);
    void zoomChanged(qreal zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    QSize pageSizeOnScreen() const;
    void updateScrollBars();
    QImage pageImage(int page);
    // The gap between paragraphs nearest to a viewport position, and where it is on screen.
    std::optional<std::pair<int, QLine>> quoteGapNear(const QPoint &position) const;
    void endQuoteDrag();

    std::shared_ptr<const PagedRelease> m_release;
    qreal m_zoom = 1.0;
    bool m_fitWidth = true;
    QCache<int, QImage> m_pageImages;

    // A quote pressed on, and once the mouse has moved far enough, being dragged.
    struct QuoteDrag
    {
        QString quoteId;
        QPoint pressedAt;
        bool moving = false;
        std::optional<int> placement; // where it would be dropped
        QLine marker; // the line that shows it, in viewport coordinates
    };
    std::optional<QuoteDrag> m_quoteDrag;
};

} // namespace rd
