#include "readonlybanner.h"

#include "documentcontroller.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace rd {

ReadOnlyBanner::ReadOnlyBanner(DocumentController *controller, QWidget *parent)
    : NoteBanner(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("readOnlyBanner"));
    setAccessibleName(tr("Read-only"));
    auto *saveAs = new QPushButton(tr("Save &As…"), this);
    connect(saveAs, &QPushButton::clicked, m_controller, &DocumentController::saveAs);
    row()->addWidget(saveAs);

    connect(m_controller, &DocumentController::readOnlyChanged, this, &ReadOnlyBanner::follow);
    follow();
}

void ReadOnlyBanner::follow()
{
    setText(m_controller->readOnlyReason());
    setVisible(m_controller->isReadOnly());
}

} // namespace rd
