#include "checkcontext.h"

#include "model/templates.h"

namespace rd {

// The parts without which a release cannot go out, and a template's prompts left unanswered.
void checkRequiredParts(CheckContext &context)
{
    constexpr auto Error = Finding::Severity::Error;
    const Release &release = context.release;
    const QString required = QStringLiteral("required");
    const auto require = [&](const QString &text, const FieldKey &field, const QString &message) {
        if (text.trimmed().isEmpty())
            context.add(Error, required, field, message);
    };

    if (release.agencies.isEmpty())
        context.add(
            Error, required, {Field::AgencyName, {}}, CheckText::tr("Add the issuing agency."));
    for (int i = 0; i < release.agencies.size(); ++i)
        require(release.agencies.at(i).name, {Field::AgencyName, release.agencies.at(i).id},
            CheckText::tr("Agency %1 has no name.").arg(i + 1));
    require(
        release.language, {Field::Language, {}}, CheckText::tr("Choose the document language."));
    require(release.headline, {Field::Headline, {}}, CheckText::tr("Write the headline."));
    require(release.dateline.place, {Field::DatelinePlace, {}},
        CheckText::tr("Give the dateline's place."));
    if (!release.dateline.date.isValid())
        context.add(
            Error, required, {Field::DatelineDate, {}}, CheckText::tr("Give the dateline's date."));
    if (release.body.isEmpty())
        context.add(Error, required, {Field::Body, {}}, CheckText::tr("Write the statement."));
    for (int i = 0; i < release.quotes.size(); ++i)
        require(release.quotes.at(i).text, {Field::QuoteText, release.quotes.at(i).id},
            CheckText::tr("Quote %1 is empty: write it or remove it.").arg(i + 1));
    if (release.contacts.isEmpty())
        context.add(Error, required, {Field::ContactName, {}},
            CheckText::tr("Add a media contact; distributors refuse releases without one."));
    for (int i = 0; i < release.contacts.size(); ++i)
        require(release.contacts.at(i).name, {Field::ContactName, release.contacts.at(i).id},
            CheckText::tr("Media contact %1 has no name.").arg(i + 1));
    if (release.issuedBy.trimmed().isEmpty())
        context.add(Finding::Severity::Advice, required, {Field::IssuedBy, {}},
            CheckText::tr("Name the media unit in the \u201cIssued by\u201d line."));

    // A template's prompts, such as "[Name]", are there to be replaced.
    const QString templateRule = QStringLiteral("template");
    const auto checkPrompt = [&](const QString &text, const FieldKey &field) {
        if (const auto prompt = findTemplatePrompt(text))
            context.add(Error, templateRule, field,
                CheckText::tr("Replace the template's prompt %1 with the real text.")
                    .arg(text.mid(prompt->first, prompt->second)),
                prompt->first, prompt->second);
    };
    checkPrompt(release.headline, {Field::Headline, {}});
    checkPrompt(release.subheadline, {Field::Subheadline, {}});
    checkPrompt(release.body.plainText(), {Field::Body, {}});
    for (const Quote &quote : release.quotes) {
        checkPrompt(quote.text, {Field::QuoteText, quote.id});
        checkPrompt(quote.speaker, {Field::QuoteSpeaker, quote.id});
        checkPrompt(quote.title, {Field::QuoteTitle, quote.id});
    }
    for (const MediaContact &contact : release.contacts) {
        checkPrompt(contact.name, {Field::ContactName, contact.id});
        checkPrompt(contact.role, {Field::ContactRole, contact.id});
        checkPrompt(contact.phone, {Field::ContactPhone, contact.id});
        checkPrompt(contact.email, {Field::ContactEmail, contact.id});
    }
    checkPrompt(release.notesToEditors, {Field::NotesToEditors, {}});
}

} // namespace rd
