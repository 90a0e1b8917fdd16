#include "composedrelease.h"

#include "model/filesource.h"
#include "model/release.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseComposer)
};

// The time zone as wires print it: "NZDT", "BST", "EST" from the time zone database, which knows
// daylight saving; "UTC+03" where the database has only a number.
QString zoneAbbreviation(const QTimeZone &zone, const QDateTime &moment)
{
    const QString abbreviation = zone.abbreviation(moment);
    if (abbreviation.startsWith(QLatin1Char('+')) || abbreviation.startsWith(QLatin1Char('-')))
        return QStringLiteral("UTC") + abbreviation;
    return abbreviation;
}

// Builds the blocks in reading order.
class Composer
{
public:
    Composer(const Release &release, const ComposeOptions &options)
        : m_release(release)
        , m_options(options)
        , m_locale(release.language.isEmpty() ? QLocale() : QLocale(release.language))
    { }

    ComposedRelease compose();

private:
    void add(BlockRole role, QList<Span> spans, std::optional<FieldKey> source = std::nullopt,
        int number = 0)
    {
        m_result.blocks.append({role, std::move(spans), number, source});
    }
    void addText(BlockRole role, const QString &text, std::optional<FieldKey> source = std::nullopt)
    {
        add(role, {Span {text, false, false, {}}}, source);
    }
    void addParagraphs(BlockRole role, const QString &text, const FieldKey &source);

    void composeStatus();
    void composeDatelineAndHeadlines();
    void composeBody();
    void composeQuotes();
    void composeAttachments();
    void composeEnd();
    void composeContacts();
    void composeAbout();
    void composeMetadata();

    QString longDate(const QDate &date) const
    {
        return m_locale.toString(date, QLocale::LongFormat);
    }
    QString time(const QTime &time) const { return m_locale.toString(time, QLocale::ShortFormat); }

    const Release &m_release;
    const ComposeOptions &m_options;
    QLocale m_locale;
    ComposedRelease m_result;
};

ComposedRelease Composer::compose()
{
    for (const Agency &agency : m_release.agencies) {
        m_result.letterhead.append(
            {agency.name, decodeLogo(agency.logo.file.data(), agency.logo.mediaType)});
    }
    composeStatus();
    composeDatelineAndHeadlines();
    composeBody();
    composeQuotes();
    composeAttachments();
    composeEnd();
    if (!m_release.notesToEditors.trimmed().isEmpty()) {
        addText(BlockRole::SectionHeading, Tr::tr("Notes to editors"));
        addParagraphs(
            BlockRole::SectionText, m_release.notesToEditors, {Field::NotesToEditors, {}});
    }
    composeContacts();
    composeAbout();
    composeMetadata();
    return m_result;
}

void Composer::addParagraphs(BlockRole role, const QString &text, const FieldKey &source)
{
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n"));
    for (QString paragraph : text.split(blankLines, Qt::SkipEmptyParts)) {
        paragraph = paragraph.trimmed().replace(QLatin1Char('\n'), QChar::LineSeparator);
        if (!paragraph.isEmpty())
            addText(role, paragraph, source);
    }
}

void Composer::composeStatus()
{
    const Embargo &embargo = m_release.embargo;
    const FieldKey source {Field::Embargo, {}};
    const QDateTime lifts = embargo.liftsAt();
    if (!embargo.embargoed) {
        add(BlockRole::StatusLine, {Span {Tr::tr("FOR IMMEDIATE RELEASE"), true, false, {}}},
            source);
    } else if (!lifts.isValid()) {
        add(BlockRole::EmbargoLine,
            {Span {Tr::tr("EMBARGOED (the lift time is not set)"), true, false, {}}}, source);
    } else {
        const QString zone = zoneAbbreviation(embargo.zone, lifts);
        const QString local
            = Tr::tr("%1 %2, %3").arg(time(lifts.time()), zone, longDate(lifts.date()));
        const QDateTime utc = lifts.toUTC();
        add(BlockRole::EmbargoLine,
            {Span {Tr::tr("EMBARGOED UNTIL %1").arg(local), true, false, {}}}, source);
        addText(BlockRole::StatusDetail,
            Tr::tr("Not for publication or broadcast before %1 UTC, %2")
                .arg(time(utc.time()), longDate(utc.date())),
            source);
        if (embargo.appliesAt(m_options.now))
            m_result.embargoBanner
                = Tr::tr("EMBARGOED UNTIL %1 (%2 UTC)").arg(local, time(utc.time()));
    }

    QStringList info {releaseTypeName(m_release.type)};
    if (!m_release.reference.trimmed().isEmpty())
        info.append(Tr::tr("Reference %1").arg(m_release.reference.trimmed()));
    if (!m_release.relatesTo.trimmed().isEmpty())
        info.append(Tr::tr("Updates %1").arg(m_release.relatesTo.trimmed()));
    addText(
        BlockRole::ReleaseInfo, info.join(QStringLiteral(" · ")), FieldKey {Field::Reference, {}});
}

void Composer::composeDatelineAndHeadlines()
{
    QStringList dateline;
    if (!m_release.dateline.place.trimmed().isEmpty())
        dateline.append(m_release.dateline.place.trimmed());
    if (m_release.dateline.date.isValid())
        dateline.append(longDate(m_release.dateline.date));
    if (!dateline.isEmpty())
        addText(BlockRole::Dateline, dateline.join(QStringLiteral(", ")),
            FieldKey {Field::DatelinePlace, {}});
    if (!m_release.headline.trimmed().isEmpty())
        addText(BlockRole::Headline, m_release.headline.trimmed(), FieldKey {Field::Headline, {}});
    if (!m_release.subheadline.trimmed().isEmpty())
        addText(BlockRole::Subheadline, m_release.subheadline.trimmed(),
            FieldKey {Field::Subheadline, {}});
}

void Composer::composeBody()
{
    int number = 0;
    for (const BodyBlock &block : m_release.body.blocks) {
        if (block.plainText().trimmed().isEmpty())
            continue;
        QList<Span> spans;
        for (const TextRun &run : block.runs)
            spans.append({run.text, run.bold, run.italic, run.link});
        const FieldKey source {Field::Body, {}};
        switch (block.kind) {
        case BodyBlock::Kind::Paragraph:
            number = 0;
            add(BlockRole::Paragraph, spans, source);
            break;
        case BodyBlock::Kind::BulletItem:
            number = 0;
            add(BlockRole::BulletItem, spans, source);
            break;
        case BodyBlock::Kind::NumberedItem:
            add(BlockRole::NumberedItem, spans, source, ++number);
            break;
        }
    }
}

void Composer::composeQuotes()
{
    for (const Quote &quote : m_release.quotes) {
        if (quote.text.trimmed().isEmpty())
            continue;
        add(BlockRole::QuoteText,
            {Span {m_locale.quoteString(quote.text.trimmed()), false, false, {}}},
            FieldKey {Field::QuoteText, quote.id});

        QList<Span> attribution {Span {QStringLiteral("— "), false, false, {}}};
        if (!quote.speaker.trimmed().isEmpty())
            attribution.append({quote.speaker.trimmed(), true, false, {}});
        QStringList rest;
        if (!quote.title.trimmed().isEmpty())
            rest.append(quote.title.trimmed());
        if (const Agency *agency = m_release.agency(quote.agencyId);
            agency && !agency->name.isEmpty())
            rest.append(agency->name);
        if (!rest.isEmpty())
            attribution.append(
                {(quote.speaker.trimmed().isEmpty() ? QString() : QStringLiteral(", "))
                        + rest.join(QStringLiteral(", ")),
                    false, false, {}});
        add(BlockRole::QuoteAttribution, attribution, FieldKey {Field::QuoteSpeaker, quote.id});
    }
}

void Composer::composeAttachments()
{
    for (const Attachment &attachment : m_release.attachments) {
        const QMimeType type = QMimeDatabase().mimeTypeForName(attachment.mediaType);
        QString kind = type.preferredSuffix().toUpper();
        if (kind.isEmpty())
            kind = QFileInfo(attachment.fileName).suffix().toUpper();
        QStringList details;
        if (!kind.isEmpty())
            details.append(kind);
        details.append(formatFileSize(attachment.file.size()));
        if (attachment.mediaType == QLatin1String("application/pdf") && m_options.countPdfPages) {
            if (const int pages = m_options.countPdfPages(attachment.file.data()); pages > 0)
                details.append(pages == 1 ? Tr::tr("1 page") : Tr::tr("%1 pages").arg(pages));
        }
        QList<Span> spans {Span {Tr::tr("Attached: "), true, false, {}}};
        if (!attachment.caption.trimmed().isEmpty())
            spans.append({attachment.caption.trimmed() + QStringLiteral(" — "), false, false, {}});
        spans.append(
            {QStringLiteral("%1 (%2)").arg(attachment.fileName, details.join(QStringLiteral(", "))),
                false, false, {}});
        add(BlockRole::Attachment, spans, FieldKey {Field::AttachmentCaption, attachment.id});
    }
}

void Composer::composeEnd()
{
    addText(
        BlockRole::EndMarker, endMarkerText(m_release.endMarker), FieldKey {Field::EndMarker, {}});
    if (!m_release.issuedBy.trimmed().isEmpty())
        addText(BlockRole::IssuedBy, Tr::tr("Issued by %1").arg(m_release.issuedBy.trimmed()),
            FieldKey {Field::IssuedBy, {}});
}

void Composer::composeContacts()
{
    if (m_release.contacts.isEmpty())
        return;
    addText(BlockRole::SectionHeading, Tr::tr("Media contacts"));
    // Grouped by agency, in the agencies' order, then those for no agency.
    QStringList agencyIds;
    for (const Agency &agency : m_release.agencies)
        agencyIds.append(agency.id);
    agencyIds.append(QString());
    const bool severalGroups = m_release.agencies.size() > 1;
    for (const QString &agencyId : agencyIds) {
        bool headed = false;
        for (const MediaContact &contact : m_release.contacts) {
            if (contact.agencyId != agencyId)
                continue;
            const Agency *agency = m_release.agency(agencyId);
            if (!headed && severalGroups && agency && !agency->name.isEmpty())
                addText(
                    BlockRole::SubHeading, agency->name, FieldKey {Field::AgencyName, agencyId});
            headed = true;

            QList<Span> spans {Span {contact.name.trimmed(), true, false, {}}};
            if (!contact.role.trimmed().isEmpty())
                spans.append({QStringLiteral(", ") + contact.role.trimmed(), false, false, {}});
            if (!contact.phone.trimmed().isEmpty())
                spans.append({QStringLiteral(" · ") + contact.phone.trimmed(), false, false, {}});
            if (!contact.email.trimmed().isEmpty()) {
                spans.append({QStringLiteral(" · "), false, false, {}});
                spans.append({contact.email.trimmed(), false, false,
                    QStringLiteral("mailto:") + contact.email.trimmed()});
            }
            add(BlockRole::SectionText, spans, FieldKey {Field::ContactName, contact.id});
        }
    }
}

void Composer::composeAbout()
{
    for (const Agency &agency : m_release.agencies) {
        if (agency.about.trimmed().isEmpty())
            continue;
        addText(BlockRole::SectionHeading,
            Tr::tr("About %1").arg(agency.name.isEmpty() ? Tr::tr("the agency") : agency.name));
        addParagraphs(BlockRole::SectionText, agency.about, {Field::AgencyAbout, agency.id});
        if (!agency.website.trimmed().isEmpty())
            add(BlockRole::SectionText,
                {Span {agency.website.trimmed(), false, false,
                    isAllowedLink(agency.website.trimmed()) ? agency.website.trimmed()
                                                            : QString()}},
                FieldKey {Field::AgencyWebsite, agency.id});
    }
}

QString shortened(const QString &text, int maxCharacters)
{
    if (text.size() <= maxCharacters)
        return text;
    QString cut = text.left(maxCharacters);
    const int space = cut.lastIndexOf(QLatin1Char(' '));
    if (space > maxCharacters / 2)
        cut.truncate(space);
    return cut.trimmed() + QChar(0x2026);
}

void Composer::composeMetadata()
{
    m_result.language = m_release.language;
    m_result.title = m_release.headline.trimmed();
    QStringList shortNames;
    for (const Agency &agency : m_release.agencies) {
        if (!agency.name.trimmed().isEmpty())
            m_result.authors.append(agency.name.trimmed());
        const QString shortName = agency.shortName.trimmed().isEmpty() ? agency.name.trimmed()
                                                                       : agency.shortName.trimmed();
        if (!shortName.isEmpty())
            shortNames.append(shortName);
    }
    for (const BodyBlock &block : m_release.body.blocks) {
        const QString text = block.plainText().trimmed();
        if (!text.isEmpty()) {
            m_result.subject = text.section(QLatin1Char('\n'), 0, 0);
            break;
        }
    }
    QStringList header;
    if (!shortNames.isEmpty())
        header.append(shortNames.join(QStringLiteral(" / ")));
    if (!m_result.title.isEmpty())
        header.append(shortened(m_result.title, 70));
    m_result.continuationHeader = header.join(QStringLiteral(" — "));
    if (m_release.workflow.state != WorkflowState::Approved)
        m_result.watermark = Tr::tr("DRAFT");
}

} // namespace

QString releaseTypeName(ReleaseType type)
{
    switch (type) {
    case ReleaseType::MediaRelease:
        return QCoreApplication::translate("ReleaseComposer", "Media release");
    case ReleaseType::JointStatement:
        return QCoreApplication::translate("ReleaseComposer", "Joint statement");
    case ReleaseType::HoldingStatement:
        return QCoreApplication::translate("ReleaseComposer", "Holding statement");
    case ReleaseType::Update:
        return QCoreApplication::translate("ReleaseComposer", "Update");
    case ReleaseType::AppealForInformation:
        return QCoreApplication::translate("ReleaseComposer", "Appeal for information");
    case ReleaseType::MediaAdvisory:
        return QCoreApplication::translate("ReleaseComposer", "Media advisory");
    }
    return {};
}

QString ComposedBlock::plainText() const
{
    QString text;
    for (const Span &span : spans)
        text += span.text;
    return text;
}

ComposedRelease composeRelease(const Release &release, const ComposeOptions &options)
{
    return Composer(release, options).compose();
}

QImage decodeLogo(const QByteArray &data, const QString &mediaType, int maxSide)
{
    if (data.isEmpty())
        return {};
    const QByteArray format = mediaType == QLatin1String("image/jpeg") ? QByteArrayLiteral("jpeg")
                                                                       : QByteArrayLiteral("png");
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setDecideFormatFromContent(false);
    const QSize size = reader.size();
    if (size.isValid() && std::max(size.width(), size.height()) > maxSide)
        reader.setScaledSize(size.scaled(maxSide, maxSide, Qt::KeepAspectRatio));
    return reader.read();
}

} // namespace rd
