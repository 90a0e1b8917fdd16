#include "readonlybanner.h"

#include "documentcontroller.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace rd {

ReadOnlyBanner::ReadOnlyBanner(DocumentController *controller, QWidget *parent)
    : QFrame(parent)
    , m_controller(controller)
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("readOnlyBanner"));
    setAccessibleName(tr("Read-only"));
    // The palette's tooltip colours: a light yellow note on most themes, and still readable on a
    // dark one, where a hard-coded yellow would not be.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setFrameShape(QFrame::StyledPanel);

    m_message->setTextFormat(Qt::PlainText); // the reason names a file, which may hold "<"
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::ToolTipText);
    auto *saveAs = new QPushButton(tr("Save &As…"), this);
    connect(saveAs, &QPushButton::clicked, m_controller, &DocumentController::saveAs);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_message, 1);
    layout->addWidget(saveAs);

    connect(m_controller, &DocumentController::readOnlyChanged, this, &ReadOnlyBanner::follow);
    follow();
}

QString ReadOnlyBanner::text() const
{
    return m_message->text();
}

void ReadOnlyBanner::follow()
{
    m_message->setText(m_controller->readOnlyReason());
    setVisible(m_controller->isReadOnly());
}

} // namespace rd
