#pragma once

#include "notebanner.h"

namespace rd {

class ReleaseDocument;
class UserPrompts;

// Keeps approvals from being lost unawares. The first edit of an approved release asks whether to
// return it to draft (Cancel leaves it approved and unchanged); once an edit has withdrawn an
// approval, this banner says so above the editor until the release is approved or sent for
// review again, and offers to show what changed since the approval, so that the approver re-reads
// only that.
class ApprovalBanner : public NoteBanner
{
    Q_OBJECT

public:
    ApprovalBanner(ReleaseDocument *document, UserPrompts *prompts, QWidget *parent = nullptr);

Q_SIGNALS:
    void showChangesRequested();

private:
    void follow();

    ReleaseDocument *m_document;
};

} // namespace rd
