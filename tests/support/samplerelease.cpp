#include "samplerelease.h"

#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>

#include "project/contenthash.h"

namespace rd::test {

QByteArray samplePng()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAECAIAAAA8r+mnAAAAEUlEQVR42mOQC1iAFTF"
        "QTwIAh/4hwXKSZKUAAAAASUVORK5CYII=");
}

QByteArray samplePdf()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                             "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                             "trailer << /Root 1 0 R >>\n%%EOF\n");
}

bool writePdfOfPages(const QString &path, int pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.fillRect(QRect(72, 72, 200, 100 + 50 * page), Qt::gray);
    }
    return painter.end();
}

Release sampleRelease()
{
    Release release;
    release.type = ReleaseType::JointStatement;
    release.reference = QStringLiteral("KBP-2026-0412");
    release.relatesTo = QStringLiteral("KBP-2026-0398");
    release.language = QStringLiteral("en-NZ");

    Agency police;
    police.id = QStringLiteral("agency-police");
    police.name = QStringLiteral("Kestrel Bay Police");
    police.shortName = QStringLiteral("KBP");
    // The house style its profile carries (model/housestyle.h).
    police.houseStyle = QJsonObject {{QStringLiteral("name"), QStringLiteral("Kestrel Bay Police")},
        {QStringLiteral("headline"), QJsonObject {{QStringLiteral("maxWords"), 14}}}};
    police.logo = {EmbeddedFile::fromData(samplePng()), QStringLiteral("image/png")};
    police.website = QStringLiteral("https://police.kestrelbay.example");
    police.about = QStringLiteral("Kestrel Bay Police keep the peace in the fictional city of "
                                  "Kestrel Bay.");
    Agency harbour;
    harbour.id = QStringLiteral("agency-harbour");
    harbour.name = QStringLiteral("Kestrel Bay Harbour Authority");
    harbour.shortName = QStringLiteral("KBHA");
    harbour.website = QStringLiteral("https://harbour.kestrelbay.example");
    harbour.about = QStringLiteral("The Harbour Authority runs the port.");
    release.agencies = {police, harbour};

    release.embargo.embargoed = true;
    release.embargo.date = QDate(2027, 1, 15);
    release.embargo.time = QTime(9, 0);
    release.embargo.zone = QTimeZone("Pacific/Auckland");

    release.dateline = {QStringLiteral("KESTREL BAY"), QDate(2026, 11, 26)};
    release.headline = QStringLiteral("Harbour closed after chemical spill; <b>residents</b> asked "
                                      "to keep clear");
    release.subheadline = QStringLiteral("Wharf 3 closed until further notice — ā ē ī ō ū");

    BodyBlock lede;
    lede.runs = {TextRun {QStringLiteral("Police and the Harbour Authority "), false, false, {}},
        TextRun {QStringLiteral("closed Wharf 3"), true, false, {}},
        TextRun {QStringLiteral(" on Thursday morning after a "), false, false, {}},
        TextRun {QStringLiteral("minor"), false, true, {}},
        TextRun {QStringLiteral(" spill."), false, false, {}}};
    BodyBlock bullet1 {BodyBlock::Kind::BulletItem,
        {TextRun {QStringLiteral("Keep clear of the waterfront."), false, false, {}}}};
    BodyBlock bullet2 {BodyBlock::Kind::BulletItem,
        {TextRun {QStringLiteral("Follow updates online."), false, false, {}}}};
    BodyBlock step {BodyBlock::Kind::NumberedItem,
        {TextRun {
            QStringLiteral("Call 0800 000 000"), false, false, QStringLiteral("tel:0800000000")}}};
    BodyBlock link;
    link.runs = {TextRun {QStringLiteral("Details: "), false, false, {}},
        TextRun {QStringLiteral("harbour.kestrelbay.example"), false, false,
            QStringLiteral("https://harbour.kestrelbay.example/spill")}};
    release.body.blocks = {lede, bullet1, bullet2, step, link};

    release.quotes = {Quote {QStringLiteral("quote-1"),
        QStringLiteral("Our first concern is everyone's safety."), QStringLiteral("Anna Whitlock"),
        QStringLiteral("Detective Inspector"), QStringLiteral("agency-police"),
        1, // after the lede
        {}}};

    Attachment statement;
    statement.id = QStringLiteral("attachment-1");
    statement.caption = QStringLiteral("Full statement");
    statement.fileName = QStringLiteral("statement.pdf");
    statement.mediaType = QStringLiteral("application/pdf");
    statement.file = EmbeddedFile::fromData(samplePdf());
    Attachment photo;
    photo.id = QStringLiteral("attachment-2");
    photo.caption = QStringLiteral("Wharf 3");
    photo.fileName = QStringLiteral("wharf.png");
    photo.mediaType = QStringLiteral("image/png");
    photo.file = EmbeddedFile::fromData(samplePng()); // the same bytes as the logo, stored once
    release.attachments = {statement, photo};

    release.contacts = {MediaContact {QStringLiteral("contact-1"), QStringLiteral("agency-police"),
        QStringLiteral("Media Centre"), QStringLiteral("Duty media officer"),
        QStringLiteral("+64 4 000 0000"), QStringLiteral("media@police.kestrelbay.example"), {}}};
    release.notesToEditors = QStringLiteral("Wharf 3 handles bulk cargo.\n\nPhotos may be used.");
    release.endMarker = EndMarker::Thirty;
    release.issuedBy = QStringLiteral("Kestrel Bay Police Media Centre");
    // A worker was hurt in the spill: the release concerns a victim, with both safeguards given.
    release.sensitivity.matters = {SensitiveMatter::Victim};
    release.sensitivity.confirmations = {
        SafeguardConfirmation {Safeguard::NoSuppressionOrder, QStringLiteral("Jo Tane"),
            QDateTime(QDate(2026, 11, 26), QTime(2, 30), Qt::UTC), {}},
        SafeguardConfirmation {Safeguard::ConsentOrLegalBasis, QStringLiteral("Jo Tane"),
            QDateTime(QDate(2026, 11, 26), QTime(2, 35), Qt::UTC), {}},
    };

    // Bilingual, English and te reo Māori: the headline, the statement and the quote translated,
    // the subheadline translated from an earlier wording (so out of date), the rest not yet.
    release.translation.language = QStringLiteral("mi-NZ");
    const auto translate = [&release](Field field, const QString &item, const QVariant &value) {
        if (!setFieldValue(release, FieldKey {field, item, true}, value))
            qFatal("the sample's translation could not be set");
    };
    translate(Field::Headline, {},
        QStringLiteral("Kua katia te whanga i muri i te maringi matū; ka tonoa ngā kainoho kia "
                       "noho tawhiti"));
    Body translatedStatement;
    translatedStatement.blocks = {BodyBlock {BodyBlock::Kind::Paragraph,
        {TextRun {QStringLiteral("Kua katia e ngā Pirihimana o Kestrel Bay te Wāpu 3 "), false,
             false, {}},
            TextRun {QStringLiteral("i tēnei ata"), true, false, {}}}}};
    translate(Field::Body, {}, QVariant::fromValue(translatedStatement));
    translate(Field::QuoteText, QStringLiteral("quote-1"),
        QStringLiteral("Ko te haumaru o te katoa te mea nui."));
    release.translation.texts.insert(FieldKey {Field::Subheadline, {}},
        TranslatedText {QStringLiteral("Kua katia te Wāpu 3"),
            sourceFingerprint(QStringLiteral("Wharf 3 closed"))});

    // A version kept before the last edits: another headline, and without the photo, which the
    // release itself still has (versions share its files).
    Release firstDraft = release;
    firstDraft.headline = QStringLiteral("Harbour closed after spill");
    firstDraft.attachments.removeLast();
    ReleaseVersion saved
        = snapshotOf(firstDraft, ReleaseVersion::Event::Saved, QStringLiteral("First draft"),
            QStringLiteral("Jo Tane"), QDateTime(QDate(2026, 11, 26), QTime(1, 30), Qt::UTC));
    saved.id = QStringLiteral("version-1");
    release.versions = {saved};

    // A reviewer's comment on a stretch of the headline, answered and resolved, and an open one on
    // a quote's speaker as a whole.
    Comment onHeadline;
    onHeadline.id = QStringLiteral("comment-1");
    onHeadline.field = FieldKey {Field::Headline, {}};
    onHeadline.start = release.headline.indexOf(QStringLiteral("chemical"));
    onHeadline.length = 8;
    onHeadline.quoted = QStringLiteral("chemical");
    onHeadline.author = QStringLiteral("Sam Rivera");
    onHeadline.at = QDateTime(QDate(2026, 11, 26), QTime(2, 50), Qt::UTC);
    onHeadline.text = QStringLiteral("Do we know it is a chemical? Legal asks for \"fluid\".");
    onHeadline.replies = {CommentReply {QStringLiteral("Jo Tane"),
        QDateTime(QDate(2026, 11, 26), QTime(2, 55), Qt::UTC),
        QStringLiteral("Confirmed by the lab.")}};
    onHeadline.resolved = true;
    onHeadline.resolvedBy = QStringLiteral("Sam Rivera");
    onHeadline.resolvedAt = QDateTime(QDate(2026, 11, 26), QTime(2, 58), Qt::UTC);
    Comment onSpeaker;
    onSpeaker.id = QStringLiteral("comment-2");
    onSpeaker.field = FieldKey {Field::QuoteSpeaker, QStringLiteral("quote-1")};
    onSpeaker.author = QStringLiteral("Mele Taufa");
    onSpeaker.at = QDateTime(QDate(2026, 11, 26), QTime(2, 59), Qt::UTC);
    onSpeaker.text = QStringLiteral("Her rank changed last week.");
    release.comments = {onHeadline, onSpeaker};

    release.workflow.state = WorkflowState::Approved;
    release.workflow.approver = QStringLiteral("Sam Rivera");
    release.workflow.approvedAt = QDateTime(QDate(2026, 11, 26), QTime(3, 0), Qt::UTC);
    release.workflow.reviewRequestedBy = QStringLiteral("Jo Tane");
    release.workflow.reviewRequestedAt = QDateTime(QDate(2026, 11, 26), QTime(2, 40), Qt::UTC);
    release.workflow.approvedContentSha256 = contentSha256(release);
    release.workflow.history = {
        {WorkflowEvent::Kind::ReviewRequested, QStringLiteral("Jo Tane"),
            release.workflow.reviewRequestedAt, {}},
        {WorkflowEvent::Kind::Approved, QStringLiteral("Sam Rivera"), release.workflow.approvedAt,
            {}},
    };
    release.issueLog = {IssueRecord {QDateTime(QDate(2026, 11, 26), QTime(3, 10), Qt::UTC),
        QStringLiteral("Sam Rivera"), QStringLiteral("pdf"), QStringLiteral("KBP-2026-0412.pdf"),
        release.workflow.approvedContentSha256, {}}};
    release.acknowledgements = {Acknowledgement {QStringLiteral("dates.relative"),
        QStringLiteral("notesToEditors"), {}, QStringLiteral("today"),
        QStringLiteral("The notes go out with the release on the day."), QStringLiteral("Jo Tane"),
        QDateTime(QDate(2026, 11, 26), QTime(2, 38), Qt::UTC), {}}};
    return release;
}

Release sampleReleaseInOneLanguage()
{
    Release release = sampleRelease();
    release.translation = {};
    release.workflow.approvedContentSha256 = contentSha256(release);
    for (IssueRecord &issue : release.issueLog)
        issue.contentSha256 = release.workflow.approvedContentSha256;
    return release;
}

Release sampleDraftToApprove()
{
    Release release = sampleReleaseInOneLanguage();
    release.workflow = Workflow {};
    release.issueLog.clear();
    release.dateline.date = QDate::currentDate();
    release.embargo.date = QDate::currentDate().addMonths(1);
    // Ready for approval: its reviewers' questions answered.
    for (Comment &comment : release.comments) {
        comment.resolved = true;
        comment.resolvedBy = QStringLiteral("Jo Tane");
        comment.resolvedAt = QDateTime(QDate(2026, 11, 26), QTime(3, 0), Qt::UTC);
    }
    return release;
}

Release longRelease(int paragraphs)
{
    static const QStringList sentences {
        QStringLiteral("Officers spoke to residents along the waterfront throughout the morning."),
        QStringLiteral("The harbour team checked every mooring between the marina and Wharf 4."),
        QStringLiteral(
            "Water samples were taken at four points and sent to the regional laboratory."),
        QStringLiteral(
            "Ferry passengers were directed along the Harbour Road detour by volunteers."),
        QStringLiteral("A second boom was laid at 9.15am as the tide turned."),
        QStringLiteral(
            "Anyone with photographs or video of the unloading is asked to contact police."),
    };
    Release release = sampleReleaseInOneLanguage();
    release.workflow = Workflow {};
    release.body.blocks.clear();
    for (int i = 0; i < paragraphs; ++i) {
        QStringList text {QStringLiteral("Paragraph %1.").arg(i + 1)};
        const int length = 1 + (i * 7) % 12; // sentences: from one line to about nine
        for (int s = 0; s < length; ++s)
            text.append(sentences.at((i + s) % sentences.size()));
        release.body.blocks.append({BodyBlock::Kind::Paragraph,
            {TextRun {text.join(QLatin1Char(' ')), false, false, {}}}});
    }
    return release;
}

} // namespace rd::test
