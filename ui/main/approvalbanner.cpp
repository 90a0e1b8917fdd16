#include "approvalbanner.h"

#include "model/releasedocument.h"
#include "useridentity.h"
#include "userprompts.h"
#include "userstime.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace rd {

ApprovalBanner::ApprovalBanner(ReleaseDocument *document, UserPrompts *prompts, QWidget *parent)
    : NoteBanner(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("approvalBanner"));
    setAccessibleName(tr("Approval withdrawn"));

    document->setEditorName(userName());
    document->setApprovalWithdrawalCheck([this, prompts](const Workflow &workflow) {
        return prompts->askToWithdrawApproval(window(),
            tr("%1 approved this release on %2. Editing it returns it to draft, and it will need "
               "approving again before it goes out.")
                .arg(workflow.approver, localTime(workflow.approvedAt)));
    });
    auto *changes = new QPushButton(tr("Show &Changes"), this);
    changes->setObjectName(QStringLiteral("showChangesSinceApproval"));
    changes->setToolTip(tr("What changed since the approval: all the approver needs to re-read"));
    connect(changes, &QPushButton::clicked, this, &ApprovalBanner::showChangesRequested);
    row()->addWidget(changes);
    connect(document, &ReleaseDocument::workflowChanged, this, &ApprovalBanner::follow);
    connect(document, &ReleaseDocument::releaseReset, this, &ApprovalBanner::follow);
    follow();
}

void ApprovalBanner::follow()
{
    const Workflow &workflow = m_document->release().workflow;
    const bool withdrawn = workflow.state == WorkflowState::Draft && !workflow.history.isEmpty()
        && workflow.history.last().kind == WorkflowEvent::Kind::WithdrawnByEdit
        && !workflow.history.last().approver.isEmpty();
    setVisible(withdrawn);
    if (!withdrawn)
        return;
    const WorkflowEvent &event = workflow.history.last();
    const bool yours = event.by.isEmpty() || event.by == m_document->editorName();
    setText((yours ? tr("Approved by %1 — withdrawn by your edit at %2.")
                         .arg(event.approver, localTime(event.at))
                   : tr("Approved by %1 — withdrawn by an edit by %2 at %3.")
                         .arg(event.approver, event.by, localTime(event.at)))
        + QLatin1Char(' ') + tr("It is a draft again: approve it before it goes out."));
}

} // namespace rd
