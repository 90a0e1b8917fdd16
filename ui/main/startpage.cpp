#include "startpage.h"

#include "documentcontroller.h"
#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {

StartPage::StartPage(DocumentController *controller, RecentFiles *recent, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_recent(recent)
    , m_recentList(new QListWidget(this))
{
    setObjectName(QStringLiteral("startPage"));
    auto *title = new QLabel(tr("Release Desk"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *hint = new QLabel(tr("No release is open. Start one, or open one you or a colleague "
                               "saved."),
        this);
    hint->setWordWrap(true);

    auto *newRelease = new QPushButton(tr("&New Release"), this);
    connect(newRelease, &QPushButton::clicked, controller, &DocumentController::newRelease);
    auto *fromTemplate = new QPushButton(tr("New from &Template"), this);
    auto *templates = new QMenu(fromTemplate);
    for (const ReleaseTemplate chosen : releaseTemplates()) {
        const QString name = templateName(chosen);
        connect(templates->addAction(name), &QAction::triggered, controller,
            [controller, chosen] { controller->newFromTemplate(chosen); });
    }
    fromTemplate->setMenu(templates);
    auto *open = new QPushButton(tr("&Open…"), this);
    connect(open, &QPushButton::clicked, controller, &DocumentController::open);

    auto *recentLabel = new QLabel(tr("&Recent releases:"), this);
    recentLabel->setBuddy(m_recentList);
    m_recentList->setObjectName(QStringLiteral("recentReleases"));
    connect(m_recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_controller->openFile(item->data(Qt::UserRole).toString());
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newRelease);
    buttons->addWidget(fromTemplate);
    buttons->addWidget(open);
    buttons->addStretch();
    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(hint);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addSpacing(12);
    column->addWidget(recentLabel);
    column->addWidget(m_recentList, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column, 3);
    layout->addStretch(1);
    refresh();
}

void StartPage::refresh()
{
    m_recentList->clear();
    for (const QString &path : m_recent->files()) {
        auto *item
            = new QListWidgetItem(QStringLiteral("%1 — %2").arg(QFileInfo(path).completeBaseName(),
                                      QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
                m_recentList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (m_recentList->count() == 0) {
        auto *none = new QListWidgetItem(tr("None yet."), m_recentList);
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace rd
