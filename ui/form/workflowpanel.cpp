#include "workflowpanel.h"

#include "model/releasedocument.h"
#include "userprompts.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace rd {

namespace {
const char *lastNameKey = "workflow/lastName";
}

WorkflowPanel::WorkflowPanel(ReleaseDocument *document, UserPrompts *prompts, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_prompts(prompts)
    , m_state(new QLabel(this))
    , m_requestReview(new QPushButton(tr("Request review…"), this))
    , m_approve(new QPushButton(tr("Approve…"), this))
    , m_returnToDraft(new QPushButton(tr("Return to draft"), this))
{
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_state->setAccessibleName(tr("Workflow state"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_requestReview);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_returnToDraft);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addLayout(buttons);

    connect(m_requestReview, &QPushButton::clicked, this, [this] {
        if (auto name = askName(tr("Request review"), tr("Your name:")))
            m_document->requestReview(*name);
    });
    connect(m_approve, &QPushButton::clicked, this, [this] {
        if (auto name = askName(tr("Approve"), tr("Approver's name:")))
            m_document->approve(*name, QDateTime::currentDateTimeUtc());
    });
    connect(m_returnToDraft, &QPushButton::clicked, document, &ReleaseDocument::returnToDraft);
    connect(document, &ReleaseDocument::workflowChanged, this, &WorkflowPanel::updateState);
    updateState();
}

std::optional<QString> WorkflowPanel::askName(const QString &title, const QString &label)
{
    QSettings settings;
    std::optional<QString> name = m_prompts->askText(
        this, title, label, settings.value(QLatin1String(lastNameKey)).toString());
    if (!name || name->trimmed().isEmpty())
        return std::nullopt;
    settings.setValue(QLatin1String(lastNameKey), name->trimmed());
    return name->trimmed();
}

void WorkflowPanel::updateState()
{
    const Workflow &workflow = m_document->release().workflow;
    switch (workflow.state) {
    case WorkflowState::Draft:
        m_state->setText(tr("Draft: not yet reviewed or approved. Exports carry a DRAFT mark."));
        break;
    case WorkflowState::InReview:
        m_state->setText(tr("In review, requested by %1. Any edit returns it to draft.")
                             .arg(workflow.reviewRequestedBy));
        break;
    case WorkflowState::Approved:
        m_state->setText(
            tr("Approved by %1 on %2. Any edit returns it to draft.")
                .arg(workflow.approver,
                    QLocale().toString(workflow.approvedAt.toLocalTime(), QLocale::LongFormat)));
        break;
    }
    m_requestReview->setEnabled(workflow.state == WorkflowState::Draft);
    m_approve->setEnabled(workflow.state != WorkflowState::Approved);
    m_returnToDraft->setEnabled(workflow.state != WorkflowState::Draft);
}

} // namespace rd
