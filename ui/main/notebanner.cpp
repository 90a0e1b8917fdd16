#include "notebanner.h"

#include <QHBoxLayout>
#include <QLabel>

namespace rd {

NoteBanner::NoteBanner(QWidget *parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_row(new QHBoxLayout(this))
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setFrameShape(QFrame::StyledPanel);
    m_message->setTextFormat(Qt::PlainText); // it names files and people, which may hold "<"
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::ToolTipText);
    m_row->setContentsMargins(10, 6, 10, 6);
    m_row->addWidget(m_message, 1);
}

QString NoteBanner::text() const
{
    return m_message->text();
}

void NoteBanner::setText(const QString &text)
{
    m_message->setText(text);
}

} // namespace rd
