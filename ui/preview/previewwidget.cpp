#include "previewwidget.h"

#include "render/pagedrelease.h"

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
    if (const auto hit = pageAt(event->position().toPoint())) {
        if (const auto field = m_release->fieldAt(hit->first, hit->second))
            Q_EMIT fieldClicked(*field);
    }
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
