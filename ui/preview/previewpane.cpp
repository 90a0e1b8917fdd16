#include "previewpane.h"

#include "model/releasedocument.h"
#include "previewlayouter.h"
#include "previewwidget.h"
#include "render/pagedrelease.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace rd {

PreviewPane::PreviewPane(ReleaseDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_layouter(new PreviewLayouter(document, this))
    , m_preview(new PreviewWidget(this))
{
    auto *zoomOut = new QToolButton(this);
    zoomOut->setText(QStringLiteral("−"));
    zoomOut->setAccessibleName(tr("Zoom out"));
    zoomOut->setToolTip(tr("Zoom out (Ctrl+wheel)"));
    auto *zoomIn = new QToolButton(this);
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setAccessibleName(tr("Zoom in"));
    zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel)"));
    auto *fit = new QToolButton(this);
    fit->setText(tr("Fit width"));
    auto *zoomLabel = new QLabel(this);
    zoomLabel->setTextFormat(Qt::PlainText);
    auto *pages = new QLabel(this);
    pages->setTextFormat(Qt::PlainText);
    pages->setObjectName(QStringLiteral("previewPages"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Preview"), this));
    bar->addStretch();
    bar->addWidget(pages);
    bar->addSpacing(12);
    bar->addWidget(zoomOut);
    bar->addWidget(zoomLabel);
    bar->addWidget(zoomIn);
    bar->addWidget(fit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_preview, 1);

    connect(zoomIn, &QToolButton::clicked, m_preview, &PreviewWidget::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_preview, &PreviewWidget::zoomOut);
    connect(fit, &QToolButton::clicked, m_preview, &PreviewWidget::fitWidth);
    connect(m_preview, &PreviewWidget::zoomChanged, zoomLabel, [zoomLabel](qreal zoom) {
        zoomLabel->setText(QStringLiteral("%1%").arg(qRound(zoom * 100)));
    });
    connect(m_layouter, &PreviewLayouter::laidOut, this, [this, pages] {
        m_preview->setRelease(m_layouter->current());
        if (m_fieldToReveal && !m_layouter->isBusy()) {
            m_preview->revealField(*m_fieldToReveal);
            m_fieldToReveal.reset();
        }
        const int count = m_layouter->current()->pageCount();
        pages->setText(tr("%n pages", nullptr, count));
    });
    connect(m_preview, &PreviewWidget::quoteDropped, document,
        [document](const QString &quoteId, int placement) {
            document->setField({Field::QuotePlacement, quoteId}, placement);
        });
    zoomLabel->setText(QStringLiteral("100%"));
}

void PreviewPane::revealField(const FieldKey &field)
{
    if (m_layouter->isBusy()) {
        m_fieldToReveal = field;
        return;
    }
    m_preview->revealField(field);
}

} // namespace rd
