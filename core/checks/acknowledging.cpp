#include "acknowledging.h"

#include "checkcontext.h"
#include "checks.h"
#include "model/releasedocument.h"

namespace rd {

namespace {

// The text of a field that a finding's position counts in: of the statement, its paragraphs
// separated by blank lines (Body::plainText), in the language version the finding is about.
QString textOf(const Release &release, const FieldKey &field)
{
    const QVariant value = fieldValue(release, field);
    return field.field == Field::Body ? value.value<Body>().plainText() : value.toString();
}

// What identifies a finding in an acknowledgement, given the text of its field; reason, who and
// when are left to fill in.
Acknowledgement identityOf(const Finding &finding, const QString &fieldText)
{
    Acknowledgement acknowledgement;
    acknowledgement.rule = finding.rule;
    acknowledgement.field = fieldId(finding.field.field);
    acknowledgement.itemId = finding.field.itemId;
    acknowledgement.translated = finding.field.translated;
    if (finding.position >= 0)
        acknowledgement.text = fieldText.mid(finding.position, finding.length);
    return acknowledgement;
}

Acknowledgement identityOf(const Release &release, const Finding &finding)
{
    return identityOf(finding, finding.position >= 0 ? textOf(release, finding.field) : QString());
}

const Acknowledgement *findIdentity(const Release &release, const Acknowledgement &identity)
{
    for (const Acknowledgement &acknowledgement : release.acknowledgements) {
        if (acknowledgement.isOfSameFinding(identity))
            return &acknowledgement;
    }
    return nullptr;
}

} // namespace

QString flaggedTextOf(const Release &release, const Finding &finding)
{
    if (finding.position < 0)
        return {};
    return textOf(release, finding.field).mid(finding.position, finding.length);
}

const Acknowledgement *acknowledgementOf(const Release &release, const Finding &finding)
{
    if (finding.severity != Finding::Severity::Warning || release.acknowledgements.isEmpty())
        return nullptr;
    return findIdentity(release, identityOf(release, finding));
}

QList<std::optional<Acknowledgement>> acknowledgementsOf(
    const Release &release, const QList<Finding> &findings)
{
    QList<std::optional<Acknowledgement>> acknowledgements(findings.size());
    if (release.acknowledgements.isEmpty())
        return acknowledgements;
    std::optional<QString> statement; // read when a warning in it first needs it
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const Finding &finding = findings.at(i);
        if (finding.severity != Finding::Severity::Warning)
            continue;
        QString fieldText;
        if (finding.position >= 0 && finding.field == FieldKey {Field::Body, {}}) {
            if (!statement)
                statement = release.body.plainText();
            fieldText = *statement;
        } else if (finding.position >= 0) {
            fieldText = textOf(release, finding.field);
        }
        if (const Acknowledgement *given = findIdentity(release, identityOf(finding, fieldText)))
            acknowledgements[i] = *given;
    }
    return acknowledgements;
}

QStringList warningsLetStand(const Release &release, const QDateTime &now)
{
    QStringList lines;
    if (release.acknowledgements.isEmpty())
        return lines;
    const QList<Finding> findings = checkRelease(release, houseStyleOf(release), now);
    const QList<std::optional<Acknowledgement>> given = acknowledgementsOf(release, findings);
    for (qsizetype i = 0; i < findings.size(); ++i) {
        if (given.at(i))
            lines.append(CheckText::tr("\u2022 %1 \u2014 let stand by %2: %3")
                             .arg(findings.at(i).message, given.at(i)->by, given.at(i)->reason));
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
