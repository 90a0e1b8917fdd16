#include "manifestreader.h"

#include "model/field.h"
#include "model/housestyle.h"

#include "bodyjson.h"
#include "commentsjson.h"
#include "contenthash.h"
#include "formatnames.h"
#include "formatversion.h"
#include "jsonobjectreader.h"
#include "reviewrecordsjson.h"
#include "translationjson.h"
#include "util/pdfpages.h"
#include "versionsjson.h"

#include <QCoreApplication>
#include <QSet>

#include <limits>

namespace rd {

namespace {

using Presence = JsonObjectReader::Presence;

class ManifestReader
{
    Q_DECLARE_TR_FUNCTIONS(ManifestReader)

public:
    explicit ManifestReader(const EmbeddedFileLoader &loadFile)
        : m_loadFile(loadFile)
    { }

    Result<Release> read(const QJsonObject &manifest, QStringList *warnings);

private:
    std::optional<Error> checkVersion(JsonObjectReader &manifest);
    void readRelease(JsonObjectReader &object, Release &release);
    void readStatus(JsonObjectReader &parent, Release &release);
    void readDateline(JsonObjectReader &parent, Release &release);
    void readWorkflow(JsonObjectReader &parent, Release &release);
    void readIssueLog(JsonObjectReader &parent, Release &release);
    void readVersions(JsonObjectReader &parent, Release &release);
    Agency readAgency(JsonObjectReader &object);
    Quote readQuote(JsonObjectReader &object);
    Attachment readAttachment(JsonObjectReader &object);
    MediaContact readContact(JsonObjectReader &object);
    EmbeddedFile readFileReference(
        JsonObjectReader &object, const QString &description, QString *mediaType);
    void checkAgencyReference(JsonObjectReader &object, const QString &key, const QString &id);

    template<typename Item, typename ReadItem>
    QList<Item> readList(
        JsonObjectReader &parent, const QString &key, Presence presence, ReadItem readItem);

    bool failed() const { return m_error.has_value(); }

    const EmbeddedFileLoader &m_loadFile;
    std::optional<Error> m_error;
    QSet<QString> m_agencyIds;
    bool m_readingVersion = false;
};

// Only objects that had unknown keys are recorded, so that a release read from a file compares
// equal to the same release made in memory.
void keepUnknownKeys(Release &release, const QString &object, const JsonObjectReader &reader)
{
    const QJsonObject unknown = reader.unknownKeys();
    if (!unknown.isEmpty())
        release.unknownNestedKeys.insert(object, unknown);
}

// Reads the owner's text fields whose keys lie in this object, as the field table gives them.
template<typename Owner>
void readTextFields(JsonObjectReader &object, Owner &owner, std::optional<Collection> collection,
    const QString &objectKey = {})
{
    for (const auto &[field, key] : textFieldKeys(collection, objectKey)) {
        *textOf(owner, field)
            = object.string(key, isRequiredInFile(field) ? Presence::Required : Presence::Optional);
    }
}

// A name that can only ever mean a file in the folder it is written to.
bool isPlainFileName(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        return false;
    return std::none_of(name.begin(), name.end(), [](QChar c) {
        return c == QLatin1Char('/') || c == QLatin1Char('\\') || c.unicode() < 0x20;
    });
}

Result<Release> ManifestReader::read(const QJsonObject &manifestObject, QStringList *warnings)
{
    JsonObjectReader manifest(manifestObject, QString(), &m_error);
    if (auto versionError = checkVersion(manifest))
        return *versionError;

    Release release;
    JsonObjectReader releaseObject(manifest.object(QStringLiteral("release"), Presence::Required),
        QStringLiteral("release"), &m_error);
    manifest.string(QStringLiteral("generator"));
    if (!failed())
        readRelease(releaseObject, release);
    if (failed())
        return *m_error;
    keepUnknownKeys(release, QStringLiteral("manifest"), manifest);

    if (release.workflow.state == WorkflowState::Approved) {
        // The approval names the hash of the release object as it stands in the file, so that
        // another program that writes only some optional keys can approve too; once verified, it
        // is bound to the content as this version holds it.
        const QJsonObject approvedContent
            = manifestObject.value(QStringLiteral("release")).toObject();
        if (release.workflow.approvedContentSha256 == contentSha256(approvedContent)) {
            release.workflow.approvedContentSha256 = contentSha256(release);
        } else {
            release.workflow = Workflow {};
            if (warnings) {
                warnings->append(tr("The release was changed after it was approved, so it is a "
                                    "draft again and needs a new approval."));
            }
        }
    }
    return release;
}

std::optional<Error> ManifestReader::checkVersion(JsonObjectReader &manifest)
{
    const qint64 formatVersion
        = manifest.integer(QStringLiteral("formatVersion"), Presence::Required);
    const qint64 minReaderVersion
        = manifest.integer(QStringLiteral("minReaderVersion"), Presence::Required);
    if (failed())
        return m_error;
    if (minReaderVersion > format::version) {
        return Error {tr("made by a newer Release Desk (file format %1); this version reads "
                         "format %2 and older, so update Release Desk to open it")
                          .arg(formatVersion)
                          .arg(format::version)};
    }
    if (formatVersion < 1 || minReaderVersion < 1 || minReaderVersion > formatVersion)
        return Error {tr("damaged: its format version (%1, readable from %2) is impossible")
                          .arg(formatVersion)
                          .arg(minReaderVersion)};
    return std::nullopt;
}

void ManifestReader::readRelease(JsonObjectReader &object, Release &release)
{
    const QString typeName = object.string(QStringLiteral("type"), Presence::Required);
    if (const auto type = format::releaseTypeNamed(typeName))
        release.type = *type;
    else
        object.fail(QStringLiteral("type"),
            tr("'%1' is not a release type (one of %2)")
                .arg(typeName, format::releaseTypeNames().join(QLatin1String(", "))));
    readTextFields(object, release, std::nullopt);
    if (!failed() && release.language.isEmpty())
        object.fail(QStringLiteral("language"), tr("must name the document language"));

    release.agencies = readList<Agency>(object, QStringLiteral("agencies"), Presence::Required,
        [this](JsonObjectReader &item) { return readAgency(item); });
    readStatus(object, release);
    readDateline(object, release);
    release.body = readBody(object, QStringLiteral("body"));
    release.quotes = readList<Quote>(object, QStringLiteral("quotes"), Presence::Optional,
        [this](JsonObjectReader &item) { return readQuote(item); });
    release.attachments = readList<Attachment>(object, QStringLiteral("attachments"),
        Presence::Optional, [this](JsonObjectReader &item) { return readAttachment(item); });
    release.contacts = readList<MediaContact>(object, QStringLiteral("contacts"),
        Presence::Optional, [this](JsonObjectReader &item) { return readContact(item); });

    const QString marker = object.string(QStringLiteral("endMarker"));
    if (const auto endMarker = format::endMarkerNamed(marker))
        release.endMarker = *endMarker;
    else if (!marker.isEmpty())
        object.fail(QStringLiteral("endMarker"),
            tr("'%1' is not an end marker (ENDS, ### or -30-)").arg(marker));
    QJsonObject sensitivityUnknownKeys;
    release.sensitivity = readSensitivity(object, &sensitivityUnknownKeys);
    if (!sensitivityUnknownKeys.isEmpty())
        release.unknownNestedKeys.insert(QStringLiteral("sensitivity"), sensitivityUnknownKeys);
    readTranslation(object, release);
    readWorkflow(object, release);
    readIssueLog(object, release);
    release.acknowledgements = readAcknowledgements(object);
    readVersions(object, release);
    release.comments = readComments(object);
    release.unknownKeys = object.unknownKeys();
}

void ManifestReader::readVersions(JsonObjectReader &parent, Release &release)
{
    if (m_readingVersion) {
        if (parent.has(QStringLiteral("versions")))
            parent.fail(
                QStringLiteral("versions"), tr("a version cannot hold versions of its own"));
        return;
    }
    parent.readObjects(QStringLiteral("versions"), [&](JsonObjectReader &item) {
        ReleaseVersion version = readVersionFacts(item);
        JsonObjectReader contentObject(item.object(QStringLiteral("release"), Presence::Required),
            item.pathOf(QStringLiteral("release")), &m_error);
        // A version's quotes and contacts name the agencies of that version.
        const QSet<QString> agencyIds = std::exchange(m_agencyIds, {});
        Release content;
        m_readingVersion = true;
        if (!failed())
            readRelease(contentObject, content);
        m_readingVersion = false;
        m_agencyIds = agencyIds;
        version.unknownKeys = item.unknownKeys();
        version.content = std::make_shared<const Release>(contentOf(content));
        release.versions.append(version);
    });
}

void ManifestReader::readStatus(JsonObjectReader &parent, Release &release)
{
    JsonObjectReader status(
        parent.object(QStringLiteral("status")), parent.pathOf(QStringLiteral("status")), &m_error);
    Embargo &embargo = release.embargo;
    embargo.embargoed = status.boolean(QStringLiteral("embargoed"));
    if (embargo.embargoed) {
        const QString until = status.string(QStringLiteral("until"), Presence::Required);
        const QString zoneId = status.string(QStringLiteral("timeZone"), Presence::Required);
        const QDateTime local = QDateTime::fromString(until, Qt::ISODate);
        if (!failed() && (!local.isValid() || local.timeSpec() != Qt::LocalTime))
            status.fail(QStringLiteral("until"),
                tr("must be a local date and time such as 2027-01-15T09:00, without a "
                   "time zone offset"));
        if (!failed() && !QTimeZone::isTimeZoneIdAvailable(zoneId.toUtf8()))
            status.fail(QStringLiteral("timeZone"),
                tr("'%1' is not a known time zone (such as Pacific/Auckland)").arg(zoneId));
        if (!failed()) {
            embargo.date = local.date();
            embargo.time = local.time();
            embargo.zone = QTimeZone(zoneId.toUtf8());
        }
    }
    keepUnknownKeys(release, QStringLiteral("status"), status);
}

void ManifestReader::readDateline(JsonObjectReader &parent, Release &release)
{
    JsonObjectReader dateline(parent.object(QStringLiteral("dateline")),
        parent.pathOf(QStringLiteral("dateline")), &m_error);
    readTextFields(dateline, release, std::nullopt, QStringLiteral("dateline"));
    const QString date = dateline.string(QStringLiteral("date"));
    if (!date.isEmpty()) {
        release.dateline.date = QDate::fromString(date, Qt::ISODate);
        if (!release.dateline.date.isValid())
            dateline.fail(
                QStringLiteral("date"), tr("'%1' is not a date such as 2026-11-26").arg(date));
    }
    keepUnknownKeys(release, QStringLiteral("dateline"), dateline);
}

void ManifestReader::readWorkflow(JsonObjectReader &parent, Release &release)
{
    JsonObjectReader object(parent.object(QStringLiteral("workflow")),
        parent.pathOf(QStringLiteral("workflow")), &m_error);
    Workflow &workflow = release.workflow;
    const QString state = object.string(QStringLiteral("state"));
    if (const auto workflowState = format::workflowStateNamed(state))
        workflow.state = *workflowState;
    else if (!state.isEmpty())
        object.fail(QStringLiteral("state"),
            tr("'%1' is not a workflow state (draft, in-review or approved)").arg(state));
    workflow.reviewRequestedBy = object.string(QStringLiteral("reviewRequestedBy"));
    workflow.reviewRequestedAt = object.utcTime(QStringLiteral("reviewRequestedAt"));
    if (workflow.state == WorkflowState::Approved) {
        workflow.approver = object.string(QStringLiteral("approver"), Presence::Required);
        workflow.approvedAt = object.utcTime(QStringLiteral("approvedAt"), Presence::Required);
        workflow.approvedContentSha256
            = object.string(QStringLiteral("approvedContentSha256"), Presence::Required);
    }
    object.readObjects(QStringLiteral("history"), [&](JsonObjectReader &entry) {
        WorkflowEvent event;
        const QString kind = entry.string(QStringLiteral("event"), Presence::Required);
        if (const auto named = format::workflowEventNamed(kind))
            event.kind = *named;
        else if (!failed())
            entry.fail(QStringLiteral("event"), tr("'%1' is not a workflow event").arg(kind));
        event.by = entry.string(QStringLiteral("by"));
        event.at = entry.utcTime(QStringLiteral("at"), Presence::Required);
        event.approver = entry.string(QStringLiteral("approver"));
        workflow.history.append(event);
    });
    keepUnknownKeys(release, QStringLiteral("workflow"), object);
}

void ManifestReader::readIssueLog(JsonObjectReader &parent, Release &release)
{
    parent.readObjects(QStringLiteral("issueLog"), [&](JsonObjectReader &object) {
        IssueRecord issue;
        issue.issuedAt = object.utcTime(QStringLiteral("issuedAt"), Presence::Required);
        issue.issuedBy = object.string(QStringLiteral("issuedBy"));
        issue.format = object.string(QStringLiteral("format"), Presence::Required);
        issue.fileName = object.string(QStringLiteral("fileName"));
        issue.contentSha256 = object.string(QStringLiteral("contentSha256"), Presence::Required);
        issue.unknownKeys = object.unknownKeys();
        release.issueLog.append(issue);
    });
}

template<typename Item, typename ReadItem>
QList<Item> ManifestReader::readList(
    JsonObjectReader &parent, const QString &key, Presence presence, ReadItem readItem)
{
    QList<Item> items;
    QSet<QString> ids;
    parent.readObjects(
        key,
        [&](JsonObjectReader &object) {
            Item item = readItem(object);
            item.id = object.string(QStringLiteral("id"), Presence::Required);
            if (!failed() && item.id.isEmpty())
                object.fail(QStringLiteral("id"), tr("must not be empty"));
            if (!failed() && ids.contains(item.id))
                object.fail(QStringLiteral("id"), tr("'%1' is used twice in %2").arg(item.id, key));
            ids.insert(item.id);
            item.unknownKeys = object.unknownKeys();
            items.append(item);
        },
        presence);
    return items;
}

Agency ManifestReader::readAgency(JsonObjectReader &object)
{
    Agency agency;
    readTextFields(object, agency, Collection::Agencies);
    agency.houseStyle = object.object(QStringLiteral("houseStyle"));
    if (!failed() && !agency.houseStyle.isEmpty()) {
        if (Result<HouseStyle> style = houseStyleFromJson(agency.houseStyle, {}); !style)
            object.fail(QStringLiteral("houseStyle"), style.error().message);
    }
    const QJsonObject logo = object.object(QStringLiteral("logo"));
    if (!logo.isEmpty()) {
        JsonObjectReader logoObject(logo, object.pathOf(QStringLiteral("logo")), &m_error);
        agency.logo.file = readFileReference(
            logoObject, tr("the logo of agency '%1'").arg(agency.name), &agency.logo.mediaType);
        if (!failed() && agency.logo.mediaType != QLatin1String("image/png")
            && agency.logo.mediaType != QLatin1String("image/jpeg"))
            logoObject.fail(QStringLiteral("mediaType"),
                tr("must be image/png or image/jpeg, not '%1'").arg(agency.logo.mediaType));
    }
    const QString id = object.string(QStringLiteral("id"));
    m_agencyIds.insert(id);
    return agency;
}

void ManifestReader::checkAgencyReference(
    JsonObjectReader &object, const QString &key, const QString &id)
{
    if (!failed() && !id.isEmpty() && !m_agencyIds.contains(id))
        object.fail(
            key, tr("names agency '%1', which is not among the release's agencies").arg(id));
}

Quote ManifestReader::readQuote(JsonObjectReader &object)
{
    Quote quote;
    readTextFields(object, quote, Collection::Quotes);
    checkAgencyReference(object, QStringLiteral("agency"), quote.agencyId);
    const qint64 afterParagraph = object.integer(QStringLiteral("afterParagraph"));
    if (!failed() && afterParagraph > std::numeric_limits<int>::max())
        object.fail(QStringLiteral("afterParagraph"),
            tr("must be the number of a paragraph of the statement, not %1").arg(afterParagraph));
    quote.afterParagraph = failed() ? 0 : int(afterParagraph);
    return quote;
}

Attachment ManifestReader::readAttachment(JsonObjectReader &object)
{
    Attachment attachment;
    readTextFields(object, attachment, Collection::Attachments);
    if (!failed() && !isPlainFileName(attachment.fileName))
        object.fail(QStringLiteral("fileName"),
            tr("must be a file name without any folder, not '%1'").arg(attachment.fileName));
    attachment.file = readFileReference(
        object, tr("attachment '%1'").arg(attachment.fileName), &attachment.mediaType);
    const bool pagesRecorded = object.has(QStringLiteral("pages"));
    const qint64 pages = object.integer(QStringLiteral("pages"));
    if (!failed() && pages > std::numeric_limits<int>::max())
        object.fail(QStringLiteral("pages"),
            tr("must be the number of pages of the attached PDF, not %1").arg(pages));
    if (!failed() && attachment.mediaType == QLatin1String("application/pdf")) {
        // Files written before format 7 do not record the pages: counted once, as they are read.
        attachment.pdfPages = pagesRecorded ? int(pages) : countPdfPages(attachment.file.data());
    }
    return attachment;
}

MediaContact ManifestReader::readContact(JsonObjectReader &object)
{
    MediaContact contact;
    readTextFields(object, contact, Collection::Contacts);
    checkAgencyReference(object, QStringLiteral("agency"), contact.agencyId);
    return contact;
}

EmbeddedFile ManifestReader::readFileReference(
    JsonObjectReader &object, const QString &description, QString *mediaType)
{
    const QString sha256 = object.string(QStringLiteral("sha256"), Presence::Required);
    const qint64 size = object.integer(QStringLiteral("size"), Presence::Required);
    *mediaType = object.string(QStringLiteral("mediaType"), Presence::Required);
    if (!failed() && !isSha256Hex(sha256))
        object.fail(QStringLiteral("sha256"),
            tr("must be 64 lower-case hexadecimal digits, not '%1'").arg(sha256));
    if (!failed() && mediaType->isEmpty())
        object.fail(QStringLiteral("mediaType"), tr("must not be empty"));
    if (failed())
        return {};
    Result<EmbeddedFile> file = m_loadFile(sha256, size, description);
    if (!file) {
        m_error = file.error();
        return {};
    }
    return file.value();
}

} // namespace

Result<Release> releaseFromManifest(
    const QJsonObject &manifest, const EmbeddedFileLoader &loadFile, QStringList *warnings)
{
    return ManifestReader(loadFile).read(manifest, warnings);
}

} // namespace rd
