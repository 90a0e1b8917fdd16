#include "reviewpage.h"

#include "form/workflowpanel.h"
#include "model/releasedocument.h"
#include "output/outputcontroller.h"

#include "userstime.h"
#include <QApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace rd {

namespace {

QIcon severityIcon(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Missing:
        return qApp->style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case Finding::Severity::Problem:
        return qApp->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case Finding::Severity::Advice:
        break;
    }
    return qApp->style()->standardIcon(QStyle::SP_MessageBoxInformation);
}

} // namespace

ReviewPage::ReviewPage(
    ReleaseDocument *document, UserPrompts *prompts, OutputController *output, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_checklist(new QListWidget(this))
    , m_issueLog(new QListWidget(this))
{
    m_checklist->setAccessibleName(tr("Checklist"));
    m_checklist->setObjectName(QStringLiteral("checklist"));
    m_checklist->setMinimumHeight(120);
    m_checklist->setMaximumHeight(260);
    m_checklist->setWordWrap(true);
    connect(m_checklist, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int index = m_checklist->row(item);
        if (index >= 0 && index < m_findings.size())
            Q_EMIT findingActivated(m_findings.at(index).field);
    });
    auto *checkBox = new QGroupBox(tr("Checklist"), this);
    auto *checkLayout = new QVBoxLayout(checkBox);
    checkLayout->addWidget(m_checklist);

    auto *approvalBox = new QGroupBox(tr("Approval"), this);
    auto *approvalLayout = new QVBoxLayout(approvalBox);
    approvalLayout->addWidget(new WorkflowPanel(document, prompts, approvalBox));

    auto *exportBox = new QGroupBox(tr("Export"), this);
    auto *exportLayout = new QHBoxLayout(exportBox);
    const auto addButton = [&](const QString &text, auto slot) {
        auto *button = new QPushButton(text, exportBox);
        connect(button, &QPushButton::clicked, output, slot);
        exportLayout->addWidget(button);
        return button;
    };
    addButton(tr("Export…"), [output] { output->exportAs(); });
    addButton(tr("Print Preview…"), [output] { output->printPreview(); });
    addButton(tr("Print…"), [output] { output->print(); });
    exportLayout->addStretch();

    auto *logBox = new QGroupBox(tr("Issue log"), this);
    auto *logLayout = new QVBoxLayout(logBox);
    m_issueLog->setAccessibleName(tr("Issue log"));
    m_issueLog->setObjectName(QStringLiteral("issueLog"));
    m_issueLog->setMaximumHeight(140);
    logLayout->addWidget(m_issueLog);
    connect(document, &ReleaseDocument::issueLogChanged, this, &ReviewPage::showIssueLog);
    showIssueLog();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(checkBox);
    layout->addWidget(approvalBox);
    layout->addWidget(exportBox);
    layout->addWidget(logBox);
    layout->addStretch(1);
}

void ReviewPage::setFindings(const QList<Finding> &findings)
{
    m_findings = findings;
    m_checklist->clear();
    for (const Finding &finding : findings) {
        auto *item
            = new QListWidgetItem(severityIcon(finding.severity), finding.message, m_checklist);
        item->setToolTip(tr("Double-click to go to the field"));
    }
    if (findings.isEmpty()) {
        auto *item = new QListWidgetItem(qApp->style()->standardIcon(QStyle::SP_DialogApplyButton),
            tr("Nothing is missing."), m_checklist);
        item->setFlags(Qt::ItemIsEnabled);
    }
}

void ReviewPage::showIssueLog()
{
    m_issueLog->clear();
    const QList<IssueRecord> &log = m_document->release().issueLog;
    for (auto it = log.crbegin(); it != log.crend(); ++it) {
        // Newest first: "26/11/26 14:05  PDF  Sam Rivera  release.pdf  (content f59eab69)".
        m_issueLog->addItem(tr("%1 — %2 by %3 as %4 (content %5)")
                                .arg(localTime(it->issuedAt), it->format.toUpper(), it->issuedBy,
                                    it->fileName, it->contentSha256.left(8)));
    }
    if (log.isEmpty())
        m_issueLog->addItem(tr("Not issued yet. Exporting the approved release records it here."));
}

} // namespace rd
