#pragma once

#include "acknowledgement.h"
#include "body.h"
#include "comment.h"
#include "embeddedfile.h"
#include "sensitivity.h"
#include "translation.h"
#include "version.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QTimeZone>

namespace rd {

enum class ReleaseType {
    MediaRelease,
    JointStatement,
    HoldingStatement,
    Update,
    AppealForInformation,
    MediaAdvisory,
};

enum class EndMarker {
    Ends, // "ENDS": UK, New Zealand, Australia
    Hashes, // "###": United States
    Thirty, // "-30-": North America, traditional
};

enum class WorkflowState { Draft, InReview, Approved };

// A logo: PNG or JPEG bytes embedded in the project.
struct Image
{
    EmbeddedFile file;
    QString mediaType;

    bool isNull() const { return file.isNull(); }
    bool operator==(const Image &) const = default;
};

// Every item of a list carries a stable id, so that quotes and contacts can say which agency they
// belong to, and undo commands can find their item after the list has been reordered.
struct Agency
{
    QString id;
    QString name;
    QString shortName;
    Image logo;
    QString website;
    QString about; // the boilerplate "About" paragraph, plain text
    // The agency's house style (model/housestyle.h) as its style file says it, empty for the
    // default: carried by the agency's profile into each release, so that a colleague who opens
    // the release checks it against the same style.
    QJsonObject houseStyle;
    QJsonObject unknownKeys; // written by a newer Release Desk; kept so that saving loses nothing

    bool operator==(const Agency &) const = default;
};

struct Quote
{
    QString id;
    QString text;
    QString speaker;
    QString title; // the speaker's title or role
    QString agencyId; // the agency the speaker speaks for; empty when none is chosen
    // The statement's paragraph the quote follows, from 1; 0 after the whole statement
    // (quoteplacement.h).
    int afterParagraph = 0;
    QJsonObject unknownKeys;

    bool operator==(const Quote &) const = default;
};

struct Attachment
{
    QString id;
    QString caption;
    QString fileName; // the original file name, without any folder
    QString mediaType;
    EmbeddedFile file;
    // An attached PDF's pages, counted once when the file arrives (attachmentFromFile) and kept in
    // the project, so that laying the release out never has to read the PDF; 0 for other files
    // and for a PDF that cannot be read.
    int pdfPages = 0;
    QJsonObject unknownKeys;

    bool operator==(const Attachment &) const = default;
};

struct MediaContact
{
    QString id;
    QString agencyId;
    QString name;
    QString role;
    QString phone;
    QString email;
    QJsonObject unknownKeys;

    bool operator==(const MediaContact &) const = default;
};

// "For immediate release", or embargoed until a wall-clock time in a named time zone. The zone is
// kept by name rather than as an offset so that a lift time across a daylight-saving change means
// what the officer typed, and is never shifted by a save and a reload.
struct Embargo
{
    bool embargoed = false;
    QDate date;
    QTime time;
    QTimeZone zone;

    // The moment the embargo lifts; invalid when not embargoed or incomplete.
    QDateTime liftsAt() const;
    bool appliesAt(const QDateTime &moment) const;

    bool operator==(const Embargo &other) const;
};

struct Dateline
{
    QString place;
    QDate date;

    bool operator==(const Dateline &) const = default;
};

// One step of a release's review, kept in its history: who did it and when.
struct WorkflowEvent
{
    enum class Kind {
        ReviewRequested,
        Approved,
        ReturnedToDraft, // with Return to draft
        WithdrawnByEdit, // an edit of a release in review or approved returned it to draft
    };
    Kind kind = Kind::ReviewRequested;
    QString by; // empty where nobody is known (an edit made before anyone gave a name)
    QDateTime at; // UTC
    QString approver; // of WithdrawnByEdit: whose approval the edit withdrew, if it was approved

    bool operator==(const WorkflowEvent &) const = default;
};

// Review and approval. An approval is bound to the content it approved: the model returns the
// release to draft on any edit, and a file whose content no longer matches its approval's hash
// is opened as a draft.
struct Workflow
{
    WorkflowState state = WorkflowState::Draft;
    QString reviewRequestedBy;
    QDateTime reviewRequestedAt; // UTC
    QString approver;
    QDateTime approvedAt; // UTC
    QString approvedContentSha256;
    QList<WorkflowEvent> history; // oldest first; kept through every change of state

    // The same history and no request or approval: what returning to draft leaves.
    Workflow returnedToDraft(WorkflowEvent event) const;

    bool operator==(const Workflow &) const = default;
};

// One issue of the release for distribution: what went out (the content's hash), when, by whom,
// in which format and under which file name. Not part of the content, so it never touches the
// approval; kept so that "is this the version that went out?" has an answer.
struct IssueRecord
{
    QDateTime issuedAt; // UTC
    QString issuedBy;
    QString format; // an export format's name: "pdf", "docx", ...
    QString fileName;
    QString contentSha256;
    QJsonObject unknownKeys;

    bool operator==(const IssueRecord &) const = default;
};

struct Release
{
    ReleaseType type = ReleaseType::MediaRelease;
    QString reference; // the agency's reference number
    QString relatesTo; // reference of the earlier release this one updates, if any
    QString language; // BCP 47 tag of the document language, such as "en-NZ"

    QList<Agency> agencies; // in order, lead agency first
    Embargo embargo;
    Dateline dateline;
    QString headline;
    QString subheadline;
    Body body;
    QList<Quote> quotes;
    QList<Attachment> attachments;
    QList<MediaContact> contacts;
    QString notesToEditors;
    EndMarker endMarker = EndMarker::Ends;
    QString issuedBy; // the media unit named in the "Issued by" line

    // What the release concerns that needs safeguards before approval, and who confirmed them.
    Sensitivity sensitivity;

    // The second language version of a bilingual release.
    Translation translation;

    Workflow workflow;
    QList<IssueRecord> issueLog; // oldest first
    // Warnings of the checks let stand, with their reasons; not part of the content, so that
    // acknowledging one in review leaves the review in place.
    QList<Acknowledgement> acknowledgements; // oldest first
    // Earlier versions of the content, oldest first (model/version.h); not part of the content.
    QList<ReleaseVersion> versions;
    // Reviewers' comments, in the order they were made (model/comment.h); not part of the content.
    QList<Comment> comments;

    // Keys written by a newer Release Desk, kept so that saving loses nothing: those of the
    // "release" object, and by name those of the manifest itself ("manifest") and of its
    // "status", "dateline" and "workflow" objects.
    QJsonObject unknownKeys;
    QMap<QString, QJsonObject> unknownNestedKeys;

    const Agency *agency(const QString &id) const;

    bool operator==(const Release &) const = default;
};

// Fresh ids for list items.
QString newItemId();

// "Media release", "Joint statement": a release type as the interface names it (a release prints
// it in its own language: render/releasewords.h).
QString releaseTypeName(ReleaseType type);

// The text of an end marker as printed ("ENDS", "###", "-30-").
QString endMarkerText(EndMarker marker);

} // namespace rd

Q_DECLARE_METATYPE(rd::ReleaseType)
Q_DECLARE_METATYPE(rd::EndMarker)
Q_DECLARE_METATYPE(rd::Image)
Q_DECLARE_METATYPE(rd::Embargo)
Q_DECLARE_METATYPE(rd::Release)
