#include "previewwidget.h"

#include "render/pagedrelease.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

namespace rd {

namespace {

constexpr int pageGap = 16;
constexpr int margin = 16;
constexpr qreal screenPointsPerInch = 72.0;

} // namespace

PreviewWidget::PreviewWidget(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_pageImages(24)
{
    setAccessibleName(tr("Preview of the formatted release"));
    setBackgroundRole(QPalette::Mid);
    viewport()->setBackgroundRole(QPalette::Mid);
    viewport()->setAutoFillBackground(true);
    viewport()->setCursor(Qt::PointingHandCursor);
    viewport()->setMouseTracking(true); // an open hand over a quote says it can be dragged
    setFocusPolicy(Qt::StrongFocus);
}

void PreviewWidget::setRelease(std::shared_ptr<const PagedRelease> release)
{
    m_release = std::move(release);
    m_pageImages.clear();
    if (m_fitWidth)
        fitWidth();
    updateScrollBars();
    viewport()->update();
}

void PreviewWidget::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, 0.25, 4.0);
    m_fitWidth = false;
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    m_pageImages.clear();
    updateScrollBars();
    viewport()->update();
    Q_EMIT zoomChanged(m_zoom);
}

void PreviewWidget::fitWidth()
{
    if (!m_release)
        return;
    const qreal width = viewport()->width() - 2 * margin;
    const qreal zoom = std::clamp(
        width / (m_release->pageSize().width() * logicalDpiX() / screenPointsPerInch), 0.25, 4.0);
    m_fitWidth = true;
    if (!qFuzzyCompare(zoom, m_zoom)) {
        m_zoom = zoom;
        m_pageImages.clear();
        Q_EMIT zoomChanged(m_zoom);
    }
    updateScrollBars();
    viewport()->update();
}

QSize PreviewWidget::pageSizeOnScreen() const
{
    if (!m_release)
        return {};
    // Points to pixels at the screen's resolution, times the zoom.
    return (m_release->pageSize() * (logicalDpiX() / screenPointsPerInch) * m_zoom).toSize();
}

QRect PreviewWidget::pageRect(int page) const
{
    const QSize size = pageSizeOnScreen();
    const int left = std::max(margin, (viewport()->width() - size.width()) / 2);
    const int top = margin + page * (size.height() + pageGap);
    return QRect(
        QPoint(left - horizontalScrollBar()->value(), top - verticalScrollBar()->value()), size);
}

void PreviewWidget::revealField(const FieldKey &field)
{
    const auto place = m_release ? m_release->placeOf(field) : std::nullopt;
    if (!place)
        return;
    const QRect page = pageRect(place->first);
    const qreal scale = qreal(page.width()) / m_release->pageSetup().pageSize().width();
    const int top = page.top() + qRound(place->second.top() * scale);
    const int bottom = page.top() + qRound(place->second.bottom() * scale);
    if (top >= 0 && bottom <= viewport()->height())
        return;
    verticalScrollBar()->setValue(verticalScrollBar()->value() + top - viewport()->height() / 4);
}

std::optional<std::pair<int, QPointF>> PreviewWidget::pageAt(const QPoint &position) const
{
    if (!m_release)
        return std::nullopt;
    for (int page = 0; page < m_release->pageCount(); ++page) {
        const QRect rect = pageRect(page);
        if (rect.contains(position)) {
            const qreal scale = m_release->pageSize().width() / rect.width();
            return std::make_pair(page, QPointF(position - rect.topLeft()) * scale);
        }
    }
    return std::nullopt;
}

void PreviewWidget::updateScrollBars()
{
    const QSize page = pageSizeOnScreen();
    const int pages = m_release ? m_release->pageCount() : 0;
    const int contentHeight = pages * (page.height() + pageGap) - pageGap + 2 * margin;
    const int contentWidth = page.width() + 2 * margin;
    verticalScrollBar()->setRange(0, std::max(0, contentHeight - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(40);
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

QImage PreviewWidget::pageImage(int page)
{
    if (QImage *cached = m_pageImages.object(page))
        return *cached;
    const qreal ratio = devicePixelRatioF();
    const qreal dotsPerInch = logicalDpiX() * m_zoom * ratio;
    QImage image = renderPageImage(*m_release, page, dotsPerInch);
    image.setDevicePixelRatio(ratio);
    m_pageImages.insert(page, new QImage(image));
    return image;
}

void PreviewWidget::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    if (!m_release)
        return;
    for (int page = 0; page < m_release->pageCount(); ++page) {
        const QRect rect = pageRect(page);
        if (!rect.intersects(event->rect()))
            continue;
        painter.fillRect(rect.translated(2, 2), QColor(0, 0, 0, 60)); // a little shadow
        painter.drawImage(rect.topLeft(), pageImage(page));
    }
    if (m_quoteDrag && m_quoteDrag->placement) {
        const QLine &marker = m_quoteDrag->marker;
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 3, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(marker);
        painter.setBrush(palette().color(QPalette::Highlight));
        painter.drawEllipse(QPointF(marker.p1()), 4, 4);
        painter.drawEllipse(QPointF(marker.p2()), 4, 4);
    }
}

void PreviewWidget::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fitWidth)
        fitWidth();
    updateScrollBars();
}

void PreviewWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const auto hit = pageAt(event->position().toPoint());
    const auto field = hit ? m_release->fieldAt(hit->first, hit->second) : std::nullopt;
    if (!field)
        return;
    if (collectionOf(field->field) == Collection::Quotes) {
        m_quoteDrag.emplace();
        m_quoteDrag->quoteId = field->itemId;
        m_quoteDrag->pressedAt = event->position().toPoint();
    }
    Q_EMIT fieldClicked(*field);
}

void PreviewWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    if (!m_quoteDrag || !(event->buttons() & Qt::LeftButton)) {
        const auto hit = m_release ? pageAt(position) : std::nullopt;
        const auto field = hit ? m_release->fieldAt(hit->first, hit->second) : std::nullopt;
        const bool overQuote = field && collectionOf(field->field) == Collection::Quotes;
        viewport()->setCursor(overQuote ? Qt::OpenHandCursor : Qt::PointingHandCursor);
        return QAbstractScrollArea::mouseMoveEvent(event);
    }
    if (!m_quoteDrag->moving
        && (position - m_quoteDrag->pressedAt).manhattanLength()
            < QApplication::startDragDistance())
        return;
    if (!m_quoteDrag->moving) {
        m_quoteDrag->moving = true;
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    // Near the top or the foot of the view, the pages scroll under the quote.
    const int edge = viewport()->height() / 10;
    if (position.y() < edge)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - 20);
    else if (position.y() > viewport()->height() - edge)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + 20);
    if (const auto gap = quoteGapNear(position)) {
        m_quoteDrag->placement = gap->first;
        m_quoteDrag->marker = gap->second;
    } else {
        m_quoteDrag->placement.reset();
    }
    viewport()->update();
}

void PreviewWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_quoteDrag || event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    const QuoteDrag drag = *m_quoteDrag;
    endQuoteDrag();
    if (drag.moving && drag.placement)
        Q_EMIT quoteDropped(drag.quoteId, *drag.placement);
}

void PreviewWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_quoteDrag) {
        endQuoteDrag(); // the quote stays where it was
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void PreviewWidget::endQuoteDrag()
{
    m_quoteDrag.reset();
    viewport()->setCursor(Qt::PointingHandCursor);
    viewport()->update();
}

std::optional<std::pair<int, QLine>> PreviewWidget::quoteGapNear(const QPoint &position) const
{
    std::optional<std::pair<int, QLine>> nearest;
    int nearestDistance = std::numeric_limits<int>::max();
    for (const PagedRelease::QuoteGap &gap : m_release->quoteGaps()) {
        const QRect page = pageRect(gap.page);
        const qreal scale = qreal(page.width()) / m_release->pageSize().width();
        const QRectF content = m_release->pageSetup().contentRect();
        const int y = page.top() + qRound(gap.y * scale);
        const int distance = std::abs(y - position.y());
        if (distance < nearestDistance) {
            nearestDistance = distance;
            nearest = std::pair {gap.placement,
                QLine(page.left() + qRound(content.left() * scale), y,
                    page.left() + qRound(content.right() * scale), y)};
        }
    }
    return nearest;
}

void PreviewWidget::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        event->angleDelta().y() > 0 ? zoomIn() : zoomOut();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

} // namespace rd
