#include "reviewpage.h"

#include "form/workflowpanel.h"
#include "model/releasedocument.h"
#include "output/outputcontroller.h"

#include "userstime.h"
#include <QApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
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

ReviewPage::ReviewPage(
    ReleaseDocument *document, UserPrompts *prompts, OutputController *output, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_checklist(new QListWidget(this))
    , m_issueLog(nullptr) // made below, after the buttons above it, for Tab to visit in order
{
    m_checklist->setAccessibleName(tr("Checklist"));
    m_checklist->setObjectName(QStringLiteral("checklist"));
    m_checklist->setMinimumHeight(120);
    m_checklist->setMaximumHeight(260);
    m_checklist->setWordWrap(true);
    connect(m_checklist, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QVariant index = item->data(Qt::UserRole);
        if (index.isValid() && index.toInt() < m_findings.size())
            Q_EMIT findingActivated(m_findings.at(index.toInt()));
    });
    auto *checkBox = new QGroupBox(tr("Checklist"), this);
    auto *checkLayout = new QVBoxLayout(checkBox);
    checkLayout->addWidget(m_checklist);
    m_readability = new QLabel(checkBox);
    m_readability->setObjectName(QStringLiteral("readability"));
    m_readability->setWordWrap(true);
    checkLayout->addWidget(m_readability);

    auto *approvalBox = new QGroupBox(tr("Approval"), this);
    auto *approvalLayout = new QVBoxLayout(approvalBox);
    auto *workflow = new WorkflowPanel(document, prompts, approvalBox);
    approvalLayout->addWidget(workflow);

    auto *exportBox = new QGroupBox(tr("Export"), this);
    auto *exportLayout = new QHBoxLayout(exportBox);
    const auto addButton = [&](const QString &text, auto slot) {
        auto *button = new QPushButton(text, exportBox);
        connect(button, &QPushButton::clicked, output, slot);
        exportLayout->addWidget(button);
        return button;
    };
    QPushButton *exportButton = addButton(tr("Export…"), [output] { output->exportAs(); });
    connect(workflow, &WorkflowPanel::approved, exportButton,
        [exportButton] { exportButton->setFocus(Qt::OtherFocusReason); });
    addButton(tr("Print Preview…"), [output] { output->printPreview(); });
    addButton(tr("Print…"), [output] { output->print(); });
    exportLayout->addStretch();

    auto *logBox = new QGroupBox(tr("History"), this);
    auto *logLayout = new QVBoxLayout(logBox);
    m_issueLog = new QListWidget(logBox);
    m_issueLog->setAccessibleName(tr("History of review, approval and issue"));
    m_issueLog->setObjectName(QStringLiteral("issueLog"));
    m_issueLog->setMaximumHeight(140);
    m_issueLog->setWordWrap(true);
    logLayout->addWidget(m_issueLog);
    connect(document, &ReleaseDocument::issueLogChanged, this, &ReviewPage::showIssueLog);
    connect(document, &ReleaseDocument::workflowChanged, this, &ReviewPage::showIssueLog);
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
    using Severity = Finding::Severity;
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Advice}) {
        QList<int> ofSeverity;
        for (int i = 0; i < findings.size(); ++i) {
            if (findings.at(i).severity == severity)
                ofSeverity.append(i);
        }
        if (ofSeverity.isEmpty())
            continue;
        auto *heading
            = new QListWidgetItem(groupHeading(severity, int(ofSeverity.size())), m_checklist);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        heading->setFlags(Qt::ItemIsEnabled);
        for (int index : ofSeverity) {
            auto *item = new QListWidgetItem(
                severityIcon(severity), findings.at(index).message, m_checklist);
            item->setData(Qt::UserRole, index);
            item->setToolTip(tr("Double-click or press Enter to go to the text in its field"));
        }
    }
    if (findings.isEmpty()) {
        auto *item = new QListWidgetItem(qApp->style()->standardIcon(QStyle::SP_DialogApplyButton),
            tr("Nothing is missing."), m_checklist);
        item->setFlags(Qt::ItemIsEnabled);
    }
}

void ReviewPage::setReadability(const Readability &readability, const HouseStyle &style)
{
    if (readability.sentences == 0) {
        m_readability->clear();
        return;
    }
    const QLocale locale;
    QString text = tr("The statement's sentences average %1 words (house target: at most %2).")
                       .arg(locale.toString(readability.averageSentenceWords, 'f', 1))
                       .arg(style.maxAverageSentenceWords);
    if (readability.readingEase)
        text.prepend(tr("Reading ease %1 (house target: at least %2). ")
                         .arg(qRound(*readability.readingEase))
                         .arg(style.minReadingEase));
    m_readability->setText(text);
}

QString ReviewPage::groupHeading(Finding::Severity severity, int count)
{
    switch (severity) {
    case Finding::Severity::Error:
        return tr("Errors: fix these before approval (%1)").arg(count);
    case Finding::Severity::Warning:
        return tr("Warnings: fix, or check with the approver (%1)").arg(count);
    case Finding::Severity::Advice:
        break;
    }
    return tr("Advice (%1)").arg(count);
}

QString ReviewPage::describe(const WorkflowEvent &event)
{
    const QString by = event.by.isEmpty() ? tr("someone who gave no name") : event.by;
    switch (event.kind) {
    case WorkflowEvent::Kind::ReviewRequested:
        return tr("Review requested by %1").arg(by);
    case WorkflowEvent::Kind::Approved:
        return tr("Approved by %1").arg(by);
    case WorkflowEvent::Kind::ReturnedToDraft:
        return tr("Returned to draft by %1").arg(by);
    case WorkflowEvent::Kind::WithdrawnByEdit:
        return event.approver.isEmpty()
            ? tr("Review withdrawn by an edit by %1").arg(by)
            : tr("Approval by %1 withdrawn by an edit by %2").arg(event.approver, by);
    }
    return {};
}

void ReviewPage::showIssueLog()
{
    // The workflow's steps and the issues of the release, newest first:
    // "Thursday, 26 November 2026, 4:10 pm — PDF issued by Sam Rivera as release.pdf (f59eab69)".
    QList<std::pair<QDateTime, QString>> entries;
    for (const WorkflowEvent &event : m_document->release().workflow.history)
        entries.append({event.at, describe(event)});
    for (const IssueRecord &issue : m_document->release().issueLog)
        entries.append({issue.issuedAt,
            tr("%1 issued by %2 as %3 (content %4)")
                .arg(issue.format.toUpper(), issue.issuedBy, issue.fileName,
                    issue.contentSha256.left(8))});
    std::stable_sort(entries.begin(), entries.end(),
        [](const auto &a, const auto &b) { return a.first > b.first; });
    m_issueLog->clear();
    for (const auto &[when, what] : entries)
        m_issueLog->addItem(tr("%1 — %2").arg(localTime(when), what));
    if (entries.isEmpty())
        m_issueLog->addItem(tr("Not reviewed or issued yet. Review, approval and every export of "
                               "the approved release are recorded here."));
}

} // namespace rd
