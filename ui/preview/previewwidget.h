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
// zoom. A click on a part of a page says which field it shows.
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
    void zoomChanged(qreal zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    QSize pageSizeOnScreen() const;
    void updateScrollBars();
    QImage pageImage(int page);

    std::shared_ptr<const PagedRelease> m_release;
    qreal m_zoom = 1.0;
    bool m_fitWidth = true;
    QCache<int, QImage> m_pageImages;
};

} // namespace rd
