#include "checklist.h"

#include "checks/acknowledging.h"
#include "model/releasedocument.h"
#include "useridentity.h"
#include "userprompts.h"
#include "userstime.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace rd {

namespace {

QIcon severityIcon(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return qApp->style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case Finding::Severity::Warning:
        return qApp->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case Finding::Severity::Advice:
        break;
    }
    return qApp->style()->standardIcon(QStyle::SP_MessageBoxInformation);
}

} // namespace

Checklist::Checklist(ReleaseDocument *document, UserPrompts *prompts, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_prompts(prompts)
    , m_list(new QListWidget(this))
    , m_letStand(new QPushButton(tr("Let Stand…"), this))
    , m_withdraw(new QPushButton(tr("Withdraw Acknowledgement"), this))
{
    m_list->setAccessibleName(tr("Checklist"));
    m_list->setObjectName(QStringLiteral("checklist"));
    m_list->setMinimumHeight(120);
    m_list->setMaximumHeight(260);
    m_list->setWordWrap(true);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const Finding *finding = findingOf(item))
            Q_EMIT findingActivated(*finding);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &Checklist::updateButtons);

    m_letStand->setToolTip(tr("Keep the selected warning as it is, with a reason the approver "
                              "reads"));
    connect(m_letStand, &QPushButton::clicked, this, &Checklist::letStand);
    connect(m_withdraw, &QPushButton::clicked, this, &Checklist::withdraw);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_letStand);
    buttons->addWidget(m_withdraw);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    updateButtons();
}

Checklist::Group Checklist::groupOf(int index) const
{
    switch (m_findings.at(index).severity) {
    case Finding::Severity::Error:
        return Group::Errors;
    case Finding::Severity::Warning:
        return m_acknowledgements.value(index) ? Group::LetStand : Group::Warnings;
    case Finding::Severity::Advice:
        break;
    }
    return Group::Advice;
}

void Checklist::setFindings(
    const QList<Finding> &findings, const QList<std::optional<Acknowledgement>> &letStand)
{
    // The selection is kept across a refresh, so that the checks running after each pause in
    // typing never take the officer's place in the list away.
    const Finding *selected = selectedFinding();
    const std::optional<Finding> wasSelected
        = selected ? std::optional<Finding>(*selected) : std::nullopt;
    m_findings = findings;
    m_acknowledgements = letStand;
    m_list->clear();
    for (Group group : {Group::Errors, Group::Warnings, Group::LetStand, Group::Advice}) {
        QList<int> inGroup;
        for (int i = 0; i < findings.size(); ++i) {
            if (groupOf(i) == group)
                inGroup.append(i);
        }
        if (inGroup.isEmpty())
            continue;
        auto *heading = new QListWidgetItem(groupHeading(group, int(inGroup.size())), m_list);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        heading->setFlags(Qt::ItemIsEnabled);
        for (int index : inGroup) {
            const Finding &finding = findings.at(index);
            QString text = finding.message;
            if (const std::optional<Acknowledgement> &given = m_acknowledgements.value(index))
                text += QLatin1Char('\n')
                    + tr("Let stand by %1, %2: %3")
                          .arg(given->by, localTime(given->at), given->reason);
            auto *item = new QListWidgetItem(severityIcon(finding.severity), text, m_list);
            item->setData(Qt::UserRole, index);
            item->setToolTip(tr("Double-click or press Enter to go to the text in its field"));
            if (wasSelected && finding == *wasSelected)
                m_list->setCurrentItem(item);
        }
    }
    if (findings.isEmpty()) {
        auto *item = new QListWidgetItem(qApp->style()->standardIcon(QStyle::SP_DialogApplyButton),
            tr("Nothing is missing."), m_list);
        item->setFlags(Qt::ItemIsEnabled);
    }
    updateButtons();
}

int Checklist::indexOf(const QListWidgetItem *item) const
{
    const QVariant index = item ? item->data(Qt::UserRole) : QVariant();
    return index.isValid() && index.toInt() < m_findings.size() ? index.toInt() : -1;
}

const Finding *Checklist::findingOf(const QListWidgetItem *item) const
{
    const int index = indexOf(item);
    return index < 0 ? nullptr : &m_findings.at(index);
}

const Finding *Checklist::selectedFinding() const
{
    return findingOf(m_list->currentItem());
}

void Checklist::updateButtons()
{
    const int index = indexOf(m_list->currentItem());
    const bool isWarning
        = index >= 0 && m_findings.at(index).severity == Finding::Severity::Warning;
    const bool letStand = isWarning && m_acknowledgements.value(index);
    m_letStand->setEnabled(isWarning && !letStand);
    m_withdraw->setEnabled(letStand);
}

void Checklist::letStand()
{
    const Finding *selected = selectedFinding();
    if (!selected)
        return;
    const Finding finding = *selected;
    const std::optional<QString> reason = m_prompts->askText(this, tr("Let the Warning Stand"),
        finding.message + QStringLiteral("\n\n")
            + tr("Why may it stand? The approver reads your reason:"),
        {});
    if (!reason || reason->trimmed().isEmpty())
        return;
    QString name = userName();
    if (name.trimmed().isEmpty()) {
        const std::optional<QString> given
            = m_prompts->askText(this, tr("Let the Warning Stand"), tr("Your name:"), {});
        if (!given || given->trimmed().isEmpty())
            return;
        name = given->trimmed();
        setUserName(name);
    }
    if (Status given
        = acknowledgeFinding(*m_document, finding, *reason, name, QDateTime::currentDateTimeUtc());
        !given)
        m_prompts->showWarning(this, tr("Let the Warning Stand"), given.error().message);
}

void Checklist::withdraw()
{
    if (const Finding *finding = selectedFinding())
        withdrawAcknowledgement(*m_document, *finding);
}

QString Checklist::groupHeading(Group group, int count)
{
    switch (group) {
    case Group::Errors:
        return tr("Errors: fix these before approval (%1)").arg(count);
    case Group::Warnings:
        return tr("Warnings: fix, or let stand with a reason (%1)").arg(count);
    case Group::LetStand:
        return tr("Warnings let stand, for the approver (%1)").arg(count);
    case Group::Advice:
        break;
    }
    return tr("Advice (%1)").arg(count);
}

} // namespace rd
