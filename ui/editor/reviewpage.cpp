#include "reviewpage.h"

#include "checklist.h"
#include "form/sensitivitypanel.h"
#include "form/workflowpanel.h"
#include "model/releasedocument.h"
#include "output/outputcontroller.h"

#include "userstime.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {

ReviewPage::ReviewPage(
    ReleaseDocument *document, UserPrompts *prompts, OutputController *output, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_checklist(new Checklist(document, prompts, this))
    , m_issueLog(nullptr) // made below, after the buttons above it, for Tab to visit in order
{
    connect(m_checklist, &Checklist::findingActivated, this, &ReviewPage::findingActivated);
    auto *checkBox = new QGroupBox(tr("Checklist"), this);
    auto *checkLayout = new QVBoxLayout(checkBox);
    checkLayout->addWidget(m_checklist);
    m_readability = new QLabel(checkBox);
    m_readability->setObjectName(QStringLiteral("readability"));
    m_readability->setWordWrap(true);
    checkLayout->addWidget(m_readability);

    auto *sensitivityBox = new QGroupBox(tr("Sensitive content"), this);
    auto *sensitivityLayout = new QVBoxLayout(sensitivityBox);
    sensitivityLayout->addWidget(new SensitivityPanel(document, prompts, sensitivityBox));

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
    connect(document, &ReleaseDocument::acknowledgementsChanged, this, &ReviewPage::showIssueLog);
    connect(document, &ReleaseDocument::fieldChanged, this, [this](const FieldKey &key) {
        if (key.field == Field::Sensitivity)
            showIssueLog();
    });
    showIssueLog();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(checkBox);
    layout->addWidget(sensitivityBox);
    layout->addWidget(approvalBox);
    layout->addWidget(exportBox);
    layout->addWidget(logBox);
    layout->addStretch(1);
}

void ReviewPage::setFindings(
    const QList<Finding> &findings, const QList<std::optional<Acknowledgement>> &letStand)
{
    m_checklist->setFindings(findings, letStand);
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
    for (const SafeguardConfirmation &confirmation :
        m_document->release().sensitivity.confirmations)
        entries.append({confirmation.at,
            tr("\"%1\" confirmed by %2")
                .arg(rd::describe(confirmation.safeguard), confirmation.by)});
    for (const Acknowledgement &acknowledgement : m_document->release().acknowledgements)
        entries.append({acknowledgement.at,
            tr("Warning let stand by %1 (%2, in %3): %4")
                .arg(acknowledgement.by, acknowledgement.rule, acknowledgement.field,
                    acknowledgement.reason)});
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
