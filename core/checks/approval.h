#pragma once

#include "util/error.h"

#include <QDateTime>
#include <QString>

namespace rd {

class ReleaseDocument;
struct Release;

// Whether the release may be approved now: not while an error-level finding remains. The
// error says which, in words the approver can act on.
Status mayApprove(const Release &release, const QDateTime &now);

// Approves the document's release when mayApprove() allows it; the one way the editor approves.
Status approveRelease(ReleaseDocument &document, const QString &approver, const QDateTime &now);

} // namespace rd
