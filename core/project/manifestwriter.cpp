#include "manifestwriter.h"

#include "formatnames.h"
#include "formatversion.h"
#include "model/release.h"
#include "releasedesk_version.h"
#include "reviewrecordsjson.h"

#include <QJsonArray>

#include <algorithm>

namespace rd {

QJsonObject withUnknownKeys(const QJsonObject &unknownKeys, const QJsonObject &known)
{
    QJsonObject object = unknownKeys;
    for (auto it = known.constBegin(); it != known.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

namespace {

QJsonObject fileReference(const EmbeddedFile &file, const QString &mediaType)
{
    return QJsonObject {
        {QStringLiteral("sha256"), file.sha256()},
        {QStringLiteral("size"), double(file.size())},
        {QStringLiteral("mediaType"), mediaType},
    };
}

QJsonObject agencyToJson(const Agency &agency)
{
    QJsonObject object {
        {QStringLiteral("id"), agency.id},
        {QStringLiteral("name"), agency.name},
        {QStringLiteral("shortName"), agency.shortName},
        {QStringLiteral("website"), agency.website},
        {QStringLiteral("about"), agency.about},
    };
    if (!agency.logo.isNull())
        object.insert(
            QStringLiteral("logo"), fileReference(agency.logo.file, agency.logo.mediaType));
    if (!agency.houseStyle.isEmpty())
        object.insert(QStringLiteral("houseStyle"), agency.houseStyle);
    return withUnknownKeys(agency.unknownKeys, object);
}

QJsonObject quoteToJson(const Quote &quote)
{
    QJsonObject object {
        {QStringLiteral("id"), quote.id},
        {QStringLiteral("text"), quote.text},
        {QStringLiteral("speaker"), quote.speaker},
        {QStringLiteral("title"), quote.title},
        {QStringLiteral("agency"), quote.agencyId},
    };
    // Only when placed: a quote at the end is written as format 3 wrote it, so that such a file
    // keeps its content hash and stays readable by earlier versions.
    if (quote.afterParagraph > 0)
        object.insert(QStringLiteral("afterParagraph"), quote.afterParagraph);
    return withUnknownKeys(quote.unknownKeys, object);
}

// Earlier readers would set a placed quote at the end of the statement, printing a release other
// than the one approved: a file that places a quote is for readers of format 4 and later.
// Likewise, an earlier reader would approve a release that concerns a death without asking
// whether the family was told.
int minReaderVersionFor(const Release &release)
{
    if (!release.sensitivity.matters.isEmpty())
        return format::firstVersionWithSensitivity;
    const bool placesAQuote = std::any_of(release.quotes.cbegin(), release.quotes.cend(),
        [](const Quote &quote) { return quote.afterParagraph > 0; });
    return placesAQuote ? format::firstVersionPlacingQuotes : format::minReaderVersion;
}

QJsonObject attachmentToJson(const Attachment &attachment)
{
    QJsonObject object = fileReference(attachment.file, attachment.mediaType);
    object.insert(QStringLiteral("id"), attachment.id);
    object.insert(QStringLiteral("caption"), attachment.caption);
    object.insert(QStringLiteral("fileName"), attachment.fileName);
    return withUnknownKeys(attachment.unknownKeys, object);
}

QJsonObject contactToJson(const MediaContact &contact)
{
    return withUnknownKeys(contact.unknownKeys,
        {
            {QStringLiteral("id"), contact.id},
            {QStringLiteral("agency"), contact.agencyId},
            {QStringLiteral("name"), contact.name},
            {QStringLiteral("role"), contact.role},
            {QStringLiteral("phone"), contact.phone},
            {QStringLiteral("email"), contact.email},
        });
}

QJsonObject statusToJson(const Embargo &embargo)
{
    QJsonObject object {{QStringLiteral("embargoed"), embargo.embargoed}};
    if (embargo.embargoed) {
        object.insert(
            QStringLiteral("until"), QDateTime(embargo.date, embargo.time).toString(Qt::ISODate));
        object.insert(QStringLiteral("timeZone"), QString::fromUtf8(embargo.zone.id()));
    }
    return object;
}

QJsonArray bodyToJson(const Body &body)
{
    QJsonArray blocks;
    for (const BodyBlock &block : body.blocks) {
        QJsonArray runs;
        for (const TextRun &run : block.runs) {
            QJsonObject object {{QStringLiteral("text"), run.text}};
            if (run.bold)
                object.insert(QStringLiteral("bold"), true);
            if (run.italic)
                object.insert(QStringLiteral("italic"), true);
            if (!run.link.isEmpty())
                object.insert(QStringLiteral("link"), run.link);
            runs.append(object);
        }
        blocks.append(QJsonObject {
            {QStringLiteral("type"), format::nameOf(block.kind)}, {QStringLiteral("runs"), runs}});
    }
    return blocks;
}

QJsonObject workflowToJson(const Workflow &workflow)
{
    QJsonObject object {
        {QStringLiteral("state"), format::nameOf(workflow.state)},
        {QStringLiteral("reviewRequestedBy"), workflow.reviewRequestedBy},
    };
    if (workflow.reviewRequestedAt.isValid())
        object.insert(
            QStringLiteral("reviewRequestedAt"), workflow.reviewRequestedAt.toString(Qt::ISODate));
    if (workflow.state == WorkflowState::Approved) {
        object.insert(QStringLiteral("approver"), workflow.approver);
        object.insert(QStringLiteral("approvedAt"), workflow.approvedAt.toString(Qt::ISODate));
        object.insert(QStringLiteral("approvedContentSha256"), workflow.approvedContentSha256);
    }
    if (!workflow.history.isEmpty()) {
        QJsonArray history;
        for (const WorkflowEvent &event : workflow.history) {
            QJsonObject entry {{QStringLiteral("event"), format::nameOf(event.kind)},
                {QStringLiteral("by"), event.by},
                {QStringLiteral("at"), event.at.toString(Qt::ISODate)}};
            if (!event.approver.isEmpty())
                entry.insert(QStringLiteral("approver"), event.approver);
            history.append(entry);
        }
        object.insert(QStringLiteral("history"), history);
    }
    return object;
}

QJsonObject issueToJson(const IssueRecord &issue)
{
    return withUnknownKeys(issue.unknownKeys,
        {
            {QStringLiteral("issuedAt"), issue.issuedAt.toString(Qt::ISODate)},
            {QStringLiteral("issuedBy"), issue.issuedBy},
            {QStringLiteral("format"), issue.format},
            {QStringLiteral("fileName"), issue.fileName},
            {QStringLiteral("contentSha256"), issue.contentSha256},
        });
}

template<typename Item, typename ToJson>
QJsonArray listToJson(const QList<Item> &items, ToJson toJson)
{
    QJsonArray array;
    for (const Item &item : items)
        array.append(toJson(item));
    return array;
}

} // namespace

QJsonObject releaseToJson(const Release &release)
{
    const auto nested = [&](const QString &name) { return release.unknownNestedKeys.value(name); };
    QJsonObject object = withUnknownKeys(release.unknownKeys,
        {
            {QStringLiteral("type"), format::nameOf(release.type)},
            {QStringLiteral("reference"), release.reference},
            {QStringLiteral("relatesTo"), release.relatesTo},
            {QStringLiteral("language"), release.language},
            {QStringLiteral("agencies"), listToJson(release.agencies, agencyToJson)},
            {QStringLiteral("status"),
                withUnknownKeys(nested(QStringLiteral("status")), statusToJson(release.embargo))},
            {QStringLiteral("dateline"),
                withUnknownKeys(nested(QStringLiteral("dateline")),
                    {{QStringLiteral("place"), release.dateline.place},
                        {QStringLiteral("date"), release.dateline.date.toString(Qt::ISODate)}})},
            {QStringLiteral("headline"), release.headline},
            {QStringLiteral("subheadline"), release.subheadline},
            {QStringLiteral("body"), bodyToJson(release.body)},
            {QStringLiteral("quotes"), listToJson(release.quotes, quoteToJson)},
            {QStringLiteral("attachments"), listToJson(release.attachments, attachmentToJson)},
            {QStringLiteral("contacts"), listToJson(release.contacts, contactToJson)},
            {QStringLiteral("notesToEditors"), release.notesToEditors},
            {QStringLiteral("endMarker"), endMarkerText(release.endMarker)},
            {QStringLiteral("issuedBy"), release.issuedBy},
            {QStringLiteral("workflow"),
                withUnknownKeys(
                    nested(QStringLiteral("workflow")), workflowToJson(release.workflow))},
            {QStringLiteral("issueLog"), listToJson(release.issueLog, issueToJson)},
        });
    // Only when there is something to say, so that every other file keeps its content hash.
    const QJsonObject sensitivityKeys = nested(QStringLiteral("sensitivity"));
    if (!release.sensitivity.isEmpty() || !sensitivityKeys.isEmpty())
        object.insert(
            QStringLiteral("sensitivity"), sensitivityToJson(release.sensitivity, sensitivityKeys));
    if (!release.acknowledgements.isEmpty())
        object.insert(
            QStringLiteral("acknowledgements"), acknowledgementsToJson(release.acknowledgements));
    return object;
}

QJsonObject manifestToJson(const Release &release)
{
    return withUnknownKeys(release.unknownNestedKeys.value(QStringLiteral("manifest")),
        {
            {QStringLiteral("formatVersion"), format::version},
            {QStringLiteral("minReaderVersion"), minReaderVersionFor(release)},
            {QStringLiteral("generator"),
                QStringLiteral("Release Desk %1").arg(QLatin1String(RELEASEDESK_VERSION))},
            {QStringLiteral("release"), releaseToJson(release)},
        });
}

} // namespace rd
