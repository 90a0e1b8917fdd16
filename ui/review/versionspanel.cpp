#include "versionspanel.h"

#include "model/releasedocument.h"
#include "model/version.h"
#include "userstime.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rd {

namespace {

constexpr int idRole = Qt::UserRole;

QString eventName(ReleaseVersion::Event event)
{
    switch (event) {
    case ReleaseVersion::Event::Saved:
        return VersionsPanel::tr("Saved");
    case ReleaseVersion::Event::ReviewRequested:
        return VersionsPanel::tr("Review requested");
    case ReleaseVersion::Event::Approved:
        return VersionsPanel::tr("Approved");
    case ReleaseVersion::Event::Issued:
        return VersionsPanel::tr("Issued");
    }
    return {};
}

} // namespace

VersionsPanel::VersionsPanel(ReleaseDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new QTreeWidget(this))
    , m_save(new QPushButton(tr("Save &Version…"), this))
    , m_view(new QPushButton(tr("&View"), this))
    , m_compare(new QPushButton(tr("&Compare with Current"), this))
    , m_restore(new QPushButton(tr("R&estore"), this))
{
    setObjectName(QStringLiteral("versionsPanel"));
    m_list->setObjectName(QStringLiteral("versionList"));
    m_list->setAccessibleName(tr("Versions"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("Version"), tr("By"), tr("When")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_restore->setToolTip(tr("Bring back this version's content (Undo takes it back again)"));

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_view, 0, 0);
    buttons->addWidget(m_compare, 0, 1);
    buttons->addWidget(m_restore, 1, 0);
    buttons->addWidget(m_save, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &VersionsPanel::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this,
        [this] { Q_EMIT viewRequested(currentVersionId()); });
    connect(m_save, &QPushButton::clicked, this, &VersionsPanel::saveRequested);
    connect(
        m_view, &QPushButton::clicked, this, [this] { Q_EMIT viewRequested(currentVersionId()); });
    connect(m_compare, &QPushButton::clicked, this,
        [this] { Q_EMIT compareRequested(selectedVersionIds()); });
    connect(m_restore, &QPushButton::clicked, this,
        [this] { m_document->restoreVersion(currentVersionId()); });
    connect(document, &ReleaseDocument::versionsChanged, this, &VersionsPanel::rebuild);
    connect(document, &ReleaseDocument::releaseReset, this, &VersionsPanel::rebuild);
    rebuild();
}

QString VersionsPanel::nameOf(const ReleaseVersion &version)
{
    return version.label.isEmpty() ? eventName(version.event)
                                   : tr("%1 (%2)").arg(version.label, eventName(version.event));
}

QString VersionsPanel::currentVersionId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, idRole).toString() : QString();
}

QStringList VersionsPanel::selectedVersionIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->isSelected())
            ids.append(m_list->topLevelItem(i)->data(0, idRole).toString());
    }
    return ids;
}

void VersionsPanel::setCurrentVersion(const QString &id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, idRole).toString() == id)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

void VersionsPanel::rebuild()
{
    const QString current = currentVersionId();
    m_list->clear();
    const QList<ReleaseVersion> &versions = m_document->release().versions;
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_list, {nameOf(*it), it->by, localTime(it->at)});
        item->setData(0, idRole, it->id);
        item->setToolTip(0, nameOf(*it));
    }
    if (!current.isEmpty())
        setCurrentVersion(current);
    updateButtons();
}

void VersionsPanel::updateButtons()
{
    const qsizetype chosen = selectedVersionIds().size();
    m_view->setEnabled(chosen == 1);
    m_restore->setEnabled(chosen == 1);
    m_compare->setEnabled(chosen == 1 || chosen == 2);
    m_compare->setText(chosen == 2 ? tr("&Compare the Two") : tr("&Compare with Current"));
    m_compare->setToolTip(tr("Choose one version to compare with the release as it stands, or two "
                             "(Ctrl+click) to compare with each other"));
}

} // namespace rd
