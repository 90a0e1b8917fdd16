#include "pagesviewer.h"

#include "preview/previewwidget.h"
#include "render/pagedrelease.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {

PagesViewer::PagesViewer(
    const QString &title, std::shared_ptr<const PagedRelease> pages, QWidget *parent)
    : QDialog(parent)
    , m_preview(new PreviewWidget(this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("pagesViewer"));
    m_preview->setRelease(std::move(pages));
    m_preview->setAccessibleName(title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(760, 900);
    m_preview->fitWidth();
}

} // namespace rd
