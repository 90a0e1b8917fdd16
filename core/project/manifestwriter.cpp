#include "manifestwriter.h"

#include "bodyjson.h"
#include "commentsjson.h"
#include "formatnames.h"
#include "formatversion.h"
#include "model/field.h"
#include "model/release.h"
#include "releasedesk_version.h"
#include "reviewrecordsjson.h"
#include "translationjson.h"
#include "versionsjson.h"

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

// The owner's text fields whose keys lie in the named object, as the field table gives them.
template<typename Owner>
QJsonObject textFieldsToJson(
    const Owner &owner, std::optional<Collection> collection, const QString &objectKey = {})
{
    QJsonObject object;
    for (const auto &[field, key] : textFieldKeys(collection, objectKey))
        object.insert(key, *textOf(owner, field));
    return object;
}

QJsonObject agencyToJson(const Agency &agency)
{
    QJsonObject object = textFieldsToJson(agency, Collection::Agencies);
    object.insert(QStringLiteral("id"), agency.id);
    if (!agency.logo.isNull())
        object.insert(
            QStringLiteral("logo"), fileReference(agency.logo.file, agency.logo.mediaType));
    if (!agency.houseStyle.isEmpty())
        object.insert(QStringLiteral("houseStyle"), agency.houseStyle);
    return withUnknownKeys(agency.unknownKeys, object);
}

QJsonObject quoteToJson(const Quote &quote)
{
    QJsonObject object = textFieldsToJson(quote, Collection::Quotes);
    object.insert(QStringLiteral("id"), quote.id);
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
    if (versionsUseOtherFiles(release))
        return format::firstVersionWithVersions;
    if (!release.sensitivity.matters.isEmpty())
        return format::firstVersionWithSensitivity;
    const bool placesAQuote = std::any_of(release.quotes.cbegin(), release.quotes.cend(),
        [](const Quote &quote) { return quote.afterParagraph > 0; });
    return placesAQuote ? format::firstVersionPlacingQuotes : format::minReaderVersion;
}

QJsonObject attachmentToJson(const Attachment &attachment)
{
    QJsonObject object = textFieldsToJson(attachment, Collection::Attachments);
    object.insert(QStringLiteral("id"), attachment.id);
    const QJsonObject file = fileReference(attachment.file, attachment.mediaType);
    for (auto it = file.constBegin(); it != file.constEnd(); ++it)
        object.insert(it.key(), it.value());
    if (attachment.mediaType == QLatin1String("application/pdf"))
        object.insert(QStringLiteral("pages"), attachment.pdfPages);
    return withUnknownKeys(attachment.unknownKeys, object);
}

QJsonObject contactToJson(const MediaContact &contact)
{
    QJsonObject object = textFieldsToJson(contact, Collection::Contacts);
    object.insert(QStringLiteral("id"), contact.id);
    return withUnknownKeys(contact.unknownKeys, object);
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
    const std::optional<Collection> wholeRelease;
    QJsonObject dateline = textFieldsToJson(release, wholeRelease, QStringLiteral("dateline"));
    dateline.insert(QStringLiteral("date"), release.dateline.date.toString(Qt::ISODate));
    QJsonObject known = textFieldsToJson(release, wholeRelease);
    known.insert(QStringLiteral("type"), format::nameOf(release.type));
    known.insert(QStringLiteral("agencies"), listToJson(release.agencies, agencyToJson));
    known.insert(QStringLiteral("status"),
        withUnknownKeys(nested(QStringLiteral("status")), statusToJson(release.embargo)));
    known.insert(
        QStringLiteral("dateline"), withUnknownKeys(nested(QStringLiteral("dateline")), dateline));
    known.insert(QStringLiteral("body"), bodyToJson(release.body));
    known.insert(QStringLiteral("quotes"), listToJson(release.quotes, quoteToJson));
    known.insert(QStringLiteral("attachments"), listToJson(release.attachments, attachmentToJson));
    known.insert(QStringLiteral("contacts"), listToJson(release.contacts, contactToJson));
    known.insert(QStringLiteral("endMarker"), endMarkerText(release.endMarker));
    known.insert(QStringLiteral("workflow"),
        withUnknownKeys(nested(QStringLiteral("workflow")), workflowToJson(release.workflow)));
    known.insert(QStringLiteral("issueLog"), listToJson(release.issueLog, issueToJson));
    QJsonObject object = withUnknownKeys(release.unknownKeys, known);
    // Only when there is something to say, so that every other file keeps its content hash.
    const QJsonObject sensitivityKeys = nested(QStringLiteral("sensitivity"));
    if (!release.sensitivity.isEmpty() || !sensitivityKeys.isEmpty())
        object.insert(
            QStringLiteral("sensitivity"), sensitivityToJson(release.sensitivity, sensitivityKeys));
    if (const QJsonObject translation = translationToJson(release); !translation.isEmpty())
        object.insert(QStringLiteral("translations"),
            withUnknownKeys(nested(QStringLiteral("translations")), translation));
    if (!release.acknowledgements.isEmpty())
        object.insert(
            QStringLiteral("acknowledgements"), acknowledgementsToJson(release.acknowledgements));
    if (!release.versions.isEmpty())
        object.insert(QStringLiteral("versions"), versionsToJson(release.versions));
    if (!release.comments.isEmpty())
        object.insert(QStringLiteral("comments"), commentsToJson(release.comments));
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
