#include "composedrelease.h"
#include "composer.h"
#include "releasewords.h"

#include "model/filesource.h"
#include "model/printabletext.h"
#include "model/quoteplacement.h"
#include "model/release.h"
#include "util/textdirection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace rd {

namespace {

// The time zone as wires print it: "NZDT", "BST", "EST" from the time zone database, which knows
// daylight saving; "UTC+03" where the database has only a number.
QString zoneAbbreviation(const QTimeZone &zone, const QDateTime &moment)
{
    const QString abbreviation = zone.abbreviation(moment);
    if (abbreviation.startsWith(QLatin1Char('+')) || abbreviation.startsWith(QLatin1Char('-')))
        return QStringLiteral("UTC") + abbreviation;
    return abbreviation;
}

// A one-line field as it prints: line breaks a file may hold become spaces, and the ends are
// trimmed.
QString oneLine(const QString &text)
{
    return asSingleLine(text).trimmed();
}

// Builds the blocks in reading order.
class Composer
{
public:
    Composer(const Release &release, const ComposeOptions &options)
        : m_release(release)
        , m_options(options)
        , m_locale(release.language.isEmpty() ? QLocale() : QLocale(release.language))
        , m_words(releaseWords(release.language))
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
    void composeQuote(const Quote &quote);

    void composeStatus();
    void composeDatelineAndHeadlines();
    void composeStatement();
    void composeQuotesAfter(int placement, const QList<int> &quotePlacements);
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
    const ReleaseWords &m_words; // the fixed words in the document language, not the interface's
    ComposedRelease m_result;
};

namespace {

// Drops the characters no output carries (model/printabletext.h) from everything composed, so
// that the page, the PDF and every export, which all start from here, leave out the same ones.
void makePrintable(ComposedRelease &composed)
{

    for (LetterheadEntry &entry : composed.letterhead)
        entry.name = printableText(entry.name);
    for (ComposedBlock &block : composed.blocks) {
        for (Span &span : block.spans)
            span.text = printableText(span.text);
    }
    for (QString *text : {&composed.title, &composed.subject, &composed.continuationHeader,
             &composed.shortContinuationHeader, &composed.watermark, &composed.draftNotice,
             &composed.embargoBanner}) {
        *text = printableText(*text);
    }
    for (QString &author : composed.authors)
        author = printableText(author);
}

} // namespace

ComposedRelease Composer::compose()
{
    for (const Agency &agency : m_release.agencies) {
        m_result.letterhead.append(
            {oneLine(agency.name), decodeLogo(agency.logo.file.data(), agency.logo.mediaType)});
    }
    composeStatus();
    composeDatelineAndHeadlines();
    composeStatement();
    composeAttachments();
    composeEnd();
    if (!m_release.notesToEditors.trimmed().isEmpty()) {
        addText(BlockRole::SectionHeading, m_words.notesToEditors);
        addParagraphs(
            BlockRole::SectionText, m_release.notesToEditors, {Field::NotesToEditors, {}});
    }
    composeContacts();
    composeAbout();
    composeMetadata();
    makePrintable(m_result);
    return m_result;
}

void Composer::addParagraphs(BlockRole role, const QString &text, const FieldKey &source)
{
    for (const QString &paragraph : paragraphsOf(text))
        addText(role, paragraph, source);
}

void Composer::composeStatus()
{
    const Embargo &embargo = m_release.embargo;
    const FieldKey source {Field::Embargo, {}};
    if (m_release.workflow.state != WorkflowState::Approved) {
        // In words as well as in the watermark, so that the marking survives copying the text out,
        // a screen reader, and a paste into an e-mail.
        m_result.draftNotice = m_words.draftNotice;
        add(BlockRole::DraftNotice, {Span {m_result.draftNotice, true, false, {}}});
    }
    const QDateTime lifts = embargo.liftsAt();
    if (!embargo.embargoed) {
        add(BlockRole::StatusLine, {Span {m_words.forImmediateRelease, true, false, {}}}, source);
    } else if (!lifts.isValid()) {
        add(BlockRole::EmbargoLine, {Span {m_words.embargoWithoutLiftTime, true, false, {}}},
            source);
    } else {
        const QString zone = zoneAbbreviation(embargo.zone, lifts);
        const QString local
            = m_words.liftTime.arg(time(lifts.time()), zone, longDate(lifts.date()));
        const QDateTime utc = lifts.toUTC();
        add(BlockRole::EmbargoLine, {Span {m_words.embargoedUntil.arg(local), true, false, {}}},
            source);
        addText(BlockRole::StatusDetail,
            m_words.notBefore.arg(time(utc.time()), longDate(utc.date())), source);
        if (embargo.appliesAt(m_options.now))
            m_result.embargoBanner = m_words.embargoBanner.arg(local, time(utc.time()));
    }

    QStringList info {m_words.typeName(m_release.type)};
    if (const QString reference = oneLine(m_release.reference); !reference.isEmpty())
        info.append(m_words.reference.arg(reference));
    if (const QString relatesTo = oneLine(m_release.relatesTo); !relatesTo.isEmpty())
        info.append(m_words.updates.arg(relatesTo));
    addText(
        BlockRole::ReleaseInfo, info.join(QStringLiteral(" · ")), FieldKey {Field::Reference, {}});
}

void Composer::composeDatelineAndHeadlines()
{
    if (const QString dateline = datelineText(m_release); !dateline.isEmpty())
        addText(BlockRole::Dateline, dateline, FieldKey {Field::DatelinePlace, {}});
    if (const QString headline = oneLine(m_release.headline); !headline.isEmpty())
        addText(BlockRole::Headline, headline, FieldKey {Field::Headline, {}});
    if (const QString subheadline = oneLine(m_release.subheadline); !subheadline.isEmpty())
        addText(BlockRole::Subheadline, subheadline, FieldKey {Field::Subheadline, {}});
}

// The statement's paragraphs and lists, with each quote after the paragraph it is placed after and
// the rest at the end.
void Composer::composeStatement()
{
    const Body &body = m_release.body;
    const QList<int> placements = quotePlacements(body); // in order, so walked along once
    auto nextPlacement = placements.cbegin();
    const QList<qsizetype> paragraphs = statementParagraphs(body);
    QList<int> placementOfQuote;
    for (const Quote &quote : m_release.quotes)
        placementOfQuote.append(effectiveQuotePlacement(body, quote.afterParagraph));
    int number = 0;
    for (qsizetype paragraph = 0; paragraph < paragraphs.size(); ++paragraph) {
        const BodyBlock &block = body.blocks.at(paragraphs.at(paragraph));
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
        const int placement = int(paragraph) + 1;
        if (placement == paragraphs.size()) {
            m_result.blocks.last().quotePlacement = 0;
        } else if (nextPlacement != placements.cend() && *nextPlacement == placement) {
            ++nextPlacement;
            m_result.blocks.last().quotePlacement = placement;
            composeQuotesAfter(placement, placementOfQuote);
        }
    }
    composeQuotesAfter(0, placementOfQuote);
}

void Composer::composeQuotesAfter(int placement, const QList<int> &placementOfQuote)
{
    for (qsizetype i = 0; i < m_release.quotes.size(); ++i) {
        if (placementOfQuote.at(i) == placement)
            composeQuote(m_release.quotes.at(i));
    }
}

void Composer::composeQuote(const Quote &quote)
{
    const QStringList paragraphs = paragraphsOf(quote.text);
    if (paragraphs.isEmpty())
        return;
    // The document language's quotation marks. A quote of several paragraphs follows the
    // convention of print: each paragraph opens with a quotation mark and only the last closes.
    const QString marks = m_locale.quoteString(QStringLiteral("\x01"));
    QString open = marks.section(QLatin1Char('\x01'), 0, 0);
    QString close = marks.section(QLatin1Char('\x01'), 1);
    // French sets its guillemets apart from the words with a narrow no-break space.
    if (m_locale.language() == QLocale::French && open == QStringLiteral("«")) {
        open += QChar(0x202F);
        close.prepend(QChar(0x202F));
    }
    // A left-to-right quote in a right-to-left release (a partner's words in English, in an
    // Arabic statement) would read backwards between the Arabic marks ” and “.
    if (m_locale.textDirection() == Qt::RightToLeft && !paragraphs.first().isRightToLeft()) {
        open = QStringLiteral("“");
        close = QStringLiteral("”");
    }
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const QString text
            = open + paragraphs.at(i) + (i == paragraphs.size() - 1 ? close : QString());
        add(BlockRole::QuoteText, {Span {text, false, false, {}}},
            FieldKey {Field::QuoteText, quote.id});
    }

    const QString speaker = oneLine(quote.speaker);
    QList<Span> attribution {Span {QStringLiteral("— "), false, false, {}}};
    if (!speaker.isEmpty())
        attribution.append({speaker, true, false, {}});
    QStringList rest;
    if (const QString title = oneLine(quote.title); !title.isEmpty())
        rest.append(title);
    if (const Agency *agency = m_release.agency(quote.agencyId)) {
        if (const QString name = oneLine(agency->name); !name.isEmpty())
            rest.append(name);
    }
    if (!rest.isEmpty())
        attribution.append({(speaker.isEmpty() ? QString() : QStringLiteral(", "))
                + rest.join(QStringLiteral(", ")),
            false, false, {}});
    add(BlockRole::QuoteAttribution, attribution, FieldKey {Field::QuoteSpeaker, quote.id});
}

void Composer::composeAttachments()
{
    for (const Attachment &attachment : m_release.attachments) {
        const QMimeType type = QMimeDatabase().mimeTypeForName(attachment.mediaType);
        QString kind = type.preferredSuffix().toUpper();
        if (kind.isEmpty())
            kind = QFileInfo(oneLine(attachment.fileName)).suffix().toUpper();
        QStringList details;
        if (!kind.isEmpty())
            details.append(kind);
        details.append(formatFileSize(attachment.file.size()));
        if (attachment.mediaType == QLatin1String("application/pdf")) {
            if (const int pages = attachment.pdfPages; pages > 0)
                details.append(pages == 1 ? m_words.onePage : m_words.pages.arg(pages));
        }
        QList<Span> spans {Span {m_words.attached, true, false, {}}};
        if (const QString caption = oneLine(attachment.caption); !caption.isEmpty())
            spans.append({caption + QStringLiteral(" — "), false, false, {}});
        spans.append({QStringLiteral("%1 (%2)").arg(
                          oneLine(attachment.fileName), details.join(QStringLiteral(", "))),
            false, false, {}});
        add(BlockRole::Attachment, spans, FieldKey {Field::AttachmentCaption, attachment.id});
    }
}

void Composer::composeEnd()
{
    addText(BlockRole::EndMarker, m_words.endMarker(m_release.endMarker),
        FieldKey {Field::EndMarker, {}});
    if (const QString issuedBy = oneLine(m_release.issuedBy); !issuedBy.isEmpty())
        addText(
            BlockRole::IssuedBy, m_words.issuedBy.arg(issuedBy), FieldKey {Field::IssuedBy, {}});
}

void Composer::composeContacts()
{
    if (m_release.contacts.isEmpty())
        return;
    addText(BlockRole::SectionHeading, m_words.mediaContacts);
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
            if (!headed && severalGroups && agency && !oneLine(agency->name).isEmpty())
                addText(BlockRole::SubHeading, oneLine(agency->name),
                    FieldKey {Field::AgencyName, agencyId});
            headed = true;

            // A block a journalist scans for the number: the name and role, then the phone, then
            // the e-mail address, each on its own line.
            QList<Span> spans {Span {oneLine(contact.name), true, false, {}}};
            if (const QString role = oneLine(contact.role); !role.isEmpty())
                spans.append({QStringLiteral(", ") + role, false, false, {}});
            const auto newLine = [&spans] {
                if (!spans.first().text.isEmpty() || spans.size() > 1)
                    spans.append({QString(QChar::LineSeparator), false, false, {}});
            };
            if (QString phone = oneLine(contact.phone); !phone.isEmpty()) {
                // A number never breaks across lines.
                phone.replace(QLatin1Char(' '), QChar::Nbsp);
                // After any right-to-left letter, even in a left-to-right line, the bidi rules set
                // the groups of a number in reverse order ("0000 000 2 971+"): the number is
                // isolated as a left-to-right run.
                const bool amidRightToLeft = hasRightToLeft(contact.name + contact.role);
                newLine();
                spans.append({amidRightToLeft ? QChar(0x2066) + phone + QChar(0x2069) : phone,
                    false, false, {}});
            }
            if (const QString email = oneLine(contact.email); !email.isEmpty()) {
                newLine();
                spans.append({email, false, false, QStringLiteral("mailto:") + email});
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
        const QString name = oneLine(agency.name);
        addText(BlockRole::SectionHeading,
            m_words.about.arg(name.isEmpty() ? m_words.theAgency : name));
        addParagraphs(BlockRole::SectionText, agency.about, {Field::AgencyAbout, agency.id});
        if (const QString website = oneLine(agency.website); !website.isEmpty())
            add(BlockRole::SectionText,
                {Span {website, false, false, isAllowedLink(website) ? website : QString()}},
                FieldKey {Field::AgencyWebsite, agency.id});
    }
}

void Composer::composeMetadata()
{
    m_result.language = m_release.language;
    m_result.title = oneLine(m_release.headline);
    QStringList shortNames;
    for (const Agency &agency : m_release.agencies) {
        const QString name = oneLine(agency.name);
        if (!name.isEmpty())
            m_result.authors.append(name);
        const QString shortName
            = oneLine(agency.shortName).isEmpty() ? name : oneLine(agency.shortName);
        if (!shortName.isEmpty())
            shortNames.append(shortName);
    }
    for (const BodyBlock &block : m_release.body.blocks) {
        const QString text = block.plainText().trimmed();
        if (!text.isEmpty()) {
            m_result.subject = paragraphsOf(text).value(0);
            break;
        }
    }
    const auto header = [this](const QString &agencies) {
        QStringList parts;
        if (!m_result.draftNotice.isEmpty())
            parts.append(m_result.draftNotice);
        if (!agencies.isEmpty())
            parts.append(agencies);
        if (!m_result.title.isEmpty())
            parts.append(m_result.title);
        return parts.join(QStringLiteral(" — "));
    };
    m_result.continuationHeader = header(shortNames.join(QStringLiteral(" / ")));
    m_result.shortContinuationHeader = shortNames.size() > 2
        ? header(m_words.agenciesAndPartners.arg(shortNames.first()).arg(shortNames.size() - 1))
        : m_result.continuationHeader;
    if (m_release.workflow.state != WorkflowState::Approved)
        m_result.watermark = m_words.draft;
}

} // namespace

QString ComposedBlock::plainText() const
{
    QString text;
    for (const Span &span : spans)
        text += span.text;
    return text;
}

ComposedRelease composeOneLanguage(const Release &release, const ComposeOptions &options)
{
    return Composer(release, options).compose();
}

} // namespace rd
