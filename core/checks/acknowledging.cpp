#include "acknowledging.h"

#include "checkcontext.h"
#include "checks.h"
#include "model/releasedocument.h"

namespace rd {

namespace {

// What identifies a finding in an acknowledgement; reason, who and when are left to fill in.
Acknowledgement identityOf(const Release &release, const Finding &finding)
{
    Acknowledgement acknowledgement;
    acknowledgement.rule = finding.rule;
    acknowledgement.field = fieldId(finding.field.field);
    acknowledgement.itemId = finding.field.itemId;
    acknowledgement.text = flaggedTextOf(release, finding);
    return acknowledgement;
}

bool identifies(const Acknowledgement &a, const Acknowledgement &b)
{
    return a.rule == b.rule && a.field == b.field && a.itemId == b.itemId && a.text == b.text;
}

} // namespace

QString flaggedTextOf(const Release &release, const Finding &finding)
{
    if (finding.position < 0)
        return {};
    const QString text = finding.field.field == Field::Body
        ? release.body.plainText()
        : fieldValue(release, finding.field).toString();
    return text.mid(finding.position, finding.length);
}

const Acknowledgement *acknowledgementOf(const Release &release, const Finding &finding)
{
    if (finding.severity != Finding::Severity::Warning || release.acknowledgements.isEmpty())
        return nullptr;
    const Acknowledgement identity = identityOf(release, finding);
    for (const Acknowledgement &acknowledgement : release.acknowledgements) {
        if (identifies(acknowledgement, identity))
            return &acknowledgement;
    }
    return nullptr;
}

QStringList warningsLetStand(const Release &release, const QDateTime &now)
{
    QStringList lines;
    if (release.acknowledgements.isEmpty())
        return lines;
    for (const Finding &finding : checkRelease(release, houseStyleOf(release), now)) {
        if (const Acknowledgement *given = acknowledgementOf(release, finding))
            lines.append(CheckText::tr("\u2022 %1 \u2014 let stand by %2: %3")
                             .arg(finding.message, given->by, given->reason));
    }
    return lines;
}

Status acknowledgeFinding(ReleaseDocument &document, const Finding &finding, const QString &reason,
    const QString &by, const QDateTime &now)
{
    if (finding.severity == Finding::Severity::Error)
        return Error {CheckText::tr("An error cannot be acknowledged: fix it before approval.")};
    if (finding.severity != Finding::Severity::Warning)
        return Error {CheckText::tr("Advice needs no acknowledgement.")};
    if (reason.trimmed().isEmpty())
        return Error {CheckText::tr("Say why the warning may stand: the approver reads it.")};
    if (by.trimmed().isEmpty())
        return Error {
            CheckText::tr("Give your name: the approver sees who let the warning stand.")};
    Acknowledgement acknowledgement = identityOf(document.release(), finding);
    acknowledgement.reason = reason.trimmed();
    acknowledgement.by = by.trimmed();
    acknowledgement.at = now.toUTC();
    document.acknowledge(acknowledgement);
    return success();
}

void withdrawAcknowledgement(ReleaseDocument &document, const Finding &finding)
{
    document.withdrawAcknowledgement(identityOf(document.release(), finding));
}

} // namespace rd
