#include "finding.h"

#include "model/release.h"
#include "model/templates.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Checks)
};

int wordCount(const QString &text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    return int(text.split(whitespace, Qt::SkipEmptyParts).size());
}

bool isAllCapitals(const QString &text)
{
    bool hasLetter = false;
    for (QChar c : text) {
        if (c.isLower())
            return false;
        hasLetter = hasLetter || c.isLetter();
    }
    return hasLetter;
}

} // namespace

QList<Finding> requiredFieldFindings(const Release &release)
{
    using Severity = Finding::Severity;
    QList<Finding> findings;
    const auto add
        = [&](Severity severity, Field field, const QString &itemId, const QString &message) {
              Finding finding;
              finding.severity = severity;
              finding.field = {field, itemId};
              finding.message = message;
              finding.rule = QStringLiteral("required");
              findings.append(finding);
          };

    if (release.agencies.isEmpty())
        add(Severity::Missing, Field::AgencyName, {}, Tr::tr("Add the issuing agency."));
    for (int i = 0; i < release.agencies.size(); ++i) {
        if (release.agencies.at(i).name.trimmed().isEmpty())
            add(Severity::Missing, Field::AgencyName, release.agencies.at(i).id,
                Tr::tr("Agency %1 has no name.").arg(i + 1));
    }

    const QString headline = release.headline.trimmed();
    if (headline.isEmpty()) {
        add(Severity::Missing, Field::Headline, {}, Tr::tr("Write the headline."));
    } else {
        if (headline.size() > 80)
            add(Severity::Problem, Field::Headline, {},
                Tr::tr("The headline has %1 characters; distributors take 80 at most.")
                    .arg(headline.size()));
        if (wordCount(headline) > 20)
            add(Severity::Problem, Field::Headline, {},
                Tr::tr("The headline has %1 words; keep it under 20.").arg(wordCount(headline)));
        if (isAllCapitals(headline) && headline.size() > 3)
            add(Severity::Problem, Field::Headline, {},
                Tr::tr("The headline is in capitals; write it in sentence case."));
    }
    if (release.subheadline.trimmed().size() > 160)
        add(Severity::Advice, Field::Subheadline, {},
            Tr::tr("The subheadline has %1 characters; about 160 is the most.")
                .arg(release.subheadline.trimmed().size()));
    if (release.language.trimmed().isEmpty())
        add(Severity::Missing, Field::Language, {}, Tr::tr("Choose the document language."));
    if (release.dateline.place.trimmed().isEmpty())
        add(Severity::Missing, Field::DatelinePlace, {}, Tr::tr("Give the dateline's place."));
    if (!release.dateline.date.isValid())
        add(Severity::Missing, Field::DatelineDate, {}, Tr::tr("Give the dateline's date."));
    if (release.embargo.embargoed && !release.embargo.liftsAt().isValid())
        add(Severity::Problem, Field::Embargo, {},
            Tr::tr("The embargo has no lift time and time zone."));

    if (release.body.isEmpty())
        add(Severity::Missing, Field::Body, {}, Tr::tr("Write the statement."));
    else if (hasTemplatePlaceholder(release.body.plainText()))
        add(Severity::Problem, Field::Body, {},
            Tr::tr(
                "The statement still has parts of its template in [square brackets] to fill in."));

    for (int i = 0; i < release.quotes.size(); ++i) {
        const Quote &quote = release.quotes.at(i);
        if (quote.text.trimmed().isEmpty())
            add(Severity::Missing, Field::QuoteText, quote.id,
                Tr::tr("Quote %1 is empty.").arg(i + 1));
        else if (hasTemplatePlaceholder(quote.text))
            add(Severity::Problem, Field::QuoteText, quote.id,
                Tr::tr("Quote %1 still has its template's prompt in [square brackets].")
                    .arg(i + 1));
        for (const auto &[field, text] : {std::pair {Field::QuoteSpeaker, quote.speaker},
                 std::pair {Field::QuoteTitle, quote.title}}) {
            if (hasTemplatePlaceholder(text))
                add(Severity::Problem, field, quote.id,
                    Tr::tr("Quote %1 still has the prompt %2 to fill in.").arg(i + 1).arg(text));
        }
        if (quote.speaker.trimmed().isEmpty())
            add(Severity::Problem, Field::QuoteSpeaker, quote.id,
                Tr::tr("Quote %1 has no speaker; a quote is never anonymous.").arg(i + 1));
        else if (quote.title.trimmed().isEmpty())
            add(Severity::Advice, Field::QuoteTitle, quote.id,
                Tr::tr("%1's quote gives no title or role.").arg(quote.speaker.trimmed()));
    }

    for (int i = 0; i < release.attachments.size(); ++i) {
        if (release.attachments.at(i).caption.trimmed().isEmpty())
            add(Severity::Advice, Field::AttachmentCaption, release.attachments.at(i).id,
                Tr::tr("Attachment %1 (%2) has no caption.")
                    .arg(i + 1)
                    .arg(release.attachments.at(i).fileName));
    }

    if (release.contacts.isEmpty())
        add(Severity::Missing, Field::ContactName, {},
            Tr::tr("Add a media contact; distributors refuse releases without one."));
    for (int i = 0; i < release.contacts.size(); ++i) {
        const MediaContact &contact = release.contacts.at(i);
        if (contact.name.trimmed().isEmpty())
            add(Severity::Missing, Field::ContactName, contact.id,
                Tr::tr("Media contact %1 has no name.").arg(i + 1));
        if (contact.phone.trimmed().isEmpty() && contact.email.trimmed().isEmpty())
            add(Severity::Problem, Field::ContactPhone, contact.id,
                Tr::tr("Media contact %1 has neither a phone number nor an e-mail address.")
                    .arg(i + 1));
    }
    if (release.issuedBy.trimmed().isEmpty())
        add(Severity::Advice, Field::IssuedBy, {},
            Tr::tr("Name the media unit in the \u201cIssued by\u201d line."));
    return findings;
}

} // namespace rd
