#include "pagesviewer.h"

#include "output/outputcontroller.h"
#include "paperpreference.h"
#include "preview/previewwidget.h"
#include "render/pagedrelease.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {

PagesViewer::PagesViewer(const QString &title, LayOut layOut, QWidget *parent)
    : QDialog(parent)
    , m_layOut(std::move(layOut))
    , m_preview(new PreviewWidget(this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("pagesViewer"));
    m_preview->setRelease(m_layOut(preferredPaper()));
    m_preview->setAccessibleName(title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    connect(print, &QPushButton::clicked, this, &PagesViewer::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(760, 900);
    m_preview->fitWidth();
}

bool PagesViewer::printTo(QPrinter *printer) const
{
    printer->setFullPage(true);
    return printRelease(*m_layOut(paperOf(*printer)), printer);
}

void PagesViewer::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(pageSizeOf(preferredPaper()));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(windowTitle());
    if (dialog.exec() == QDialog::Accepted)
        printTo(&printer);
}

} // namespace rd
