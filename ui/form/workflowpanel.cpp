#include "workflowpanel.h"

#include "checks/acknowledging.h"
#include "checks/approval.h"

#include "model/comment.h"
#include "model/releasedocument.h"
#include "useridentity.h"
#include "userprompts.h"
#include "userstime.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace rd {

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
        if (auto name = askName(tr("Request review"), tr("Your name:"), userName())) {
            setUserName(*name);
            m_document->setEditorName(*name);
            m_document->requestReview(*name, QDateTime::currentDateTimeUtc());
            // The button pressed is now disabled; the keyboard goes to the next step, never to
            // the button beside it by chance (Return to draft).
            m_approve->setFocus(Qt::OtherFocusReason);
        }
    });
    connect(m_approve, &QPushButton::clicked, this, &WorkflowPanel::approve);
    connect(m_returnToDraft, &QPushButton::clicked, this, [this] {
        m_document->returnToDraft(userName(), QDateTime::currentDateTimeUtc());
        m_requestReview->setFocus(Qt::OtherFocusReason);
    });
    connect(document, &ReleaseDocument::workflowChanged, this, &WorkflowPanel::updateState);
    connect(document, &ReleaseDocument::commentsChanged, this, &WorkflowPanel::updateState);
    connect(document, &ReleaseDocument::releaseReset, this, &WorkflowPanel::updateState);
    updateState();
}

std::optional<QString> WorkflowPanel::askName(
    const QString &title, const QString &label, const QString &initial)
{
    std::optional<QString> name = m_prompts->askText(this, title, label, initial);
    if (!name || name->trimmed().isEmpty())
        return std::nullopt;
    return name->trimmed();
}

void WorkflowPanel::approve()
{
    // Said before anyone types a name: the approver needs to know what to send back.
    if (Status allowed = mayApprove(m_document->release(), QDateTime::currentDateTimeUtc());
        !allowed) {
        m_prompts->showWarning(this, tr("Approve"), allowed.error().message);
        return;
    }
    // An open comment is a question nobody has answered yet; approving over it is a decision.
    if (const qsizetype open = openCommentCount(m_document->release()); open > 0
        && !m_prompts->askToProceed(this, tr("Approve"),
            tr("%n comments on this release are still open. Approve it anyway, or read and "
               "resolve them first (Review ▸ Comments)?",
                "", int(open)),
            tr("Approve Anyway")))
        return;
    // The approver is often not the person at this desk: offer this person's name only when they
    // are not the one who asked for the review.
    const Workflow &workflow = m_document->release().workflow;
    const QString requester = workflow.reviewRequestedBy;
    const QString offered
        = userName().compare(requester, Qt::CaseInsensitive) == 0 ? QString() : userName();
    // Warnings someone let stand are a decision the approver shares: they read them where they
    // give their name.
    QString label = tr("Approver's name:");
    if (const QStringList letStand
        = warningsLetStand(m_document->release(), QDateTime::currentDateTimeUtc());
        !letStand.isEmpty())
        label = tr("These warnings were let stand and go out as they are:\n%1\n\n%2")
                    .arg(letStand.join(QLatin1Char('\n')), label);
    const std::optional<QString> approver = askName(tr("Approve"), label, offered);
    if (!approver)
        return;
    if (!requester.isEmpty() && approver->compare(requester, Qt::CaseInsensitive) == 0)
        m_prompts->showWarning(this, tr("Approve"),
            tr("%1 asked for the review and is now approving the release. A second person's "
               "approval is what most media units expect.")
                .arg(*approver));
    if (Status approval = approveRelease(*m_document, *approver, QDateTime::currentDateTimeUtc());
        !approval) {
        m_prompts->showWarning(this, tr("Approve"), approval.error().message);
        return;
    }
    Q_EMIT approved();
}

void WorkflowPanel::updateState()
{
    const Workflow &workflow = m_document->release().workflow;
    switch (workflow.state) {
    case WorkflowState::Draft:
        m_state->setText(tr("Draft: not yet reviewed or approved. Exports carry a DRAFT mark."));
        break;
    case WorkflowState::InReview:
        m_state->setText(
            tr("In review, requested by %1 on %2. Any edit returns it to draft.")
                .arg(workflow.reviewRequestedBy, localTime(workflow.reviewRequestedAt)));
        break;
    case WorkflowState::Approved:
        m_state->setText(
            (workflow.reviewRequestedBy.isEmpty()
                    ? tr("Approved by %1 on %2.")
                          .arg(workflow.approver, localTime(workflow.approvedAt))
                    : tr("Approved by %1 on %2; review requested by %3 on %4.")
                          .arg(workflow.approver, localTime(workflow.approvedAt),
                              workflow.reviewRequestedBy, localTime(workflow.reviewRequestedAt)))
            + QLatin1Char(' ') + tr("An edit asks before it returns the release to draft."));
        break;
    }
    if (const qsizetype open = openCommentCount(m_document->release()); open > 0)
        m_state->setText(
            m_state->text() + QLatin1Char(' ') + tr("%n comments still open.", "", int(open)));
    m_requestReview->setEnabled(workflow.state == WorkflowState::Draft);
    m_approve->setEnabled(workflow.state != WorkflowState::Approved);
    m_returnToDraft->setEnabled(workflow.state != WorkflowState::Draft);
}

} // namespace rd
