#pragma once

#include "finding.h"
#include "model/acknowledgement.h"
#include "util/error.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace rd {

class ReleaseDocument;
struct Release;

// The text a finding flags (of the statement: within Body::plainText); empty for a finding about
// a field as a whole.
QString flaggedTextOf(const Release &release, const Finding &finding);

// The acknowledgement in the release that lets this finding stand, if any. Only a warning can be
// acknowledged: an error must be fixed, and advice needs no answer.
const Acknowledgement *acknowledgementOf(const Release &release, const Finding &finding);

// What the approver is shown before approving: each warning that was let stand, as "message —
// let stand by whom: why", one a line; empty when none was.
QStringList warningsLetStand(const Release &release, const QDateTime &now);

// The acknowledgement of each finding, none for one not let stand, worked out together: the
// statement's text is read once rather than once per finding.
QList<std::optional<Acknowledgement>> acknowledgementsOf(
    const Release &release, const QList<Finding> &findings);

// Lets a warning stand, recording who decided and why; refused for an error or advice, and
// without a reason or a name.
Status acknowledgeFinding(ReleaseDocument &document, const Finding &finding, const QString &reason,
    const QString &by, const QDateTime &now);
void withdrawAcknowledgement(ReleaseDocument &document, const Finding &finding);

} // namespace rd
