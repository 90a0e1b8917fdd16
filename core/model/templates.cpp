#include "templates.h"

#include "newrelease.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Templates)
};

Agency emptyAgency()
{
    Agency agency;
    agency.id = newItemId();
    return agency;
}

void addQuoteAndContactFor(Release &release, const Agency &agency)
{
    Quote quote;
    quote.id = newItemId();
    quote.agencyId = agency.id;
    quote.text = Tr::tr("[What the spokesperson says: a view, a feeling or a call to act, not the "
                        "facts, which belong in the statement.]");
    quote.speaker = Tr::tr("[Name]");
    quote.title = Tr::tr("[Title or role]");
    release.quotes.append(quote);
    MediaContact contact;
    contact.id = newItemId();
    contact.agencyId = agency.id;
    release.contacts.append(contact);
}

BodyBlock paragraph(const QString &text)
{
    return {BodyBlock::Kind::Paragraph, {TextRun {text, false, false, {}}}};
}

BodyBlock item(BodyBlock::Kind kind, const QString &text)
{
    return {kind, {TextRun {text, false, false, {}}}};
}

Body mediaReleaseBody()
{
    Body body;
    body.blocks = {
        paragraph(Tr::tr("[Lede: who did what, where and when, in one or two sentences of about "
                         "30 words.]")),
        paragraph(Tr::tr("[The next most important fact: what it means for the public, and what "
                         "they should do.]")),
        paragraph(Tr::tr("[Background and further detail, the most important first.]")),
    };
    return body;
}

Body jointStatementBody()
{
    Body body;
    body.blocks = {
        paragraph(Tr::tr("[Agency] and [partner agency] today [what they did or announced "
                         "together], [where and when].")),
        paragraph(Tr::tr("[What each agency did, and what it means for the public.]")),
        paragraph(Tr::tr("[Background: how the agencies worked together, and what happens "
                         "next.]")),
    };
    return body;
}

Body appealBody()
{
    Body body;
    body.blocks = {
        paragraph(Tr::tr("[Agency] is appealing for information about [what happened] in [place] "
                         "on [day and date] at about [time].")),
        paragraph(Tr::tr("[What is known so far, and what is not yet known.]")),
        paragraph(Tr::tr("Police would like to hear from anyone who:")),
        item(BodyBlock::Kind::BulletItem, Tr::tr("[saw or heard something]")),
        item(BodyBlock::Kind::BulletItem, Tr::tr("[has dash-camera or CCTV footage of the area]")),
        paragraph(Tr::tr("Anyone with information is asked to call [105, or the local "
                         "non-emergency number], quoting reference [reference number].")),
        paragraph(Tr::tr("Information can also be given anonymously to Crimestoppers on [0800 555 "
                         "111] or at [crimestoppers website].")),
    };
    return body;
}

Body mediaAdvisoryBody()
{
    Body body;
    body.blocks = {
        item(BodyBlock::Kind::BulletItem, Tr::tr("What: [the event, in a sentence]")),
        item(BodyBlock::Kind::BulletItem, Tr::tr("When: [day, date and time]")),
        item(BodyBlock::Kind::BulletItem, Tr::tr("Where: [address, and where media should go]")),
        item(BodyBlock::Kind::BulletItem, Tr::tr("Who: [who will speak, with their titles]")),
        paragraph(Tr::tr("[How media can attend: RSVP by when and to whom, identification, "
                         "parking, and whether the event will be streamed.]")),
    };
    return body;
}

} // namespace

QList<ReleaseTemplate> releaseTemplates()
{
    return {ReleaseTemplate::MediaRelease, ReleaseTemplate::JointStatement,
        ReleaseTemplate::AppealForInformation, ReleaseTemplate::MediaAdvisory};
}

QString templateName(ReleaseTemplate kind)
{
    switch (kind) {
    case ReleaseTemplate::MediaRelease:
        return Tr::tr("Media Release");
    case ReleaseTemplate::JointStatement:
        return Tr::tr("Joint Statement");
    case ReleaseTemplate::AppealForInformation:
        return Tr::tr("Appeal for Information");
    case ReleaseTemplate::MediaAdvisory:
        return Tr::tr("Media Advisory");
    }
    return {};
}

Release releaseFromTemplate(ReleaseTemplate kind, const QLocale &locale, const QDate &today)
{
    Release release = newRelease(locale, today);
    switch (kind) {
    case ReleaseTemplate::MediaRelease:
        release.type = ReleaseType::MediaRelease;
        release.body = mediaReleaseBody();
        addQuoteAndContactFor(release, release.agencies.first());
        break;
    case ReleaseTemplate::JointStatement:
        release.type = ReleaseType::JointStatement;
        release.body = jointStatementBody();
        release.agencies.append(emptyAgency());
        for (const Agency &agency : std::as_const(release.agencies))
            addQuoteAndContactFor(release, agency);
        break;
    case ReleaseTemplate::AppealForInformation:
        release.type = ReleaseType::AppealForInformation;
        release.body = appealBody();
        addQuoteAndContactFor(release, release.agencies.first());
        break;
    case ReleaseTemplate::MediaAdvisory:
        release.type = ReleaseType::MediaAdvisory;
        release.body = mediaAdvisoryBody();
        {
            MediaContact contact;
            contact.id = newItemId();
            contact.agencyId = release.agencies.first().id;
            release.contacts.append(contact);
        }
        break;
    }
    return release;
}

Release followUpUpdate(const Release &earlier, const QDate &today)
{
    Release update;
    update.type = ReleaseType::Update;
    update.reference = earlier.reference;
    update.relatesTo = earlier.reference;
    update.language = earlier.language;
    update.agencies = earlier.agencies;
    update.contacts = earlier.contacts;
    update.dateline = {earlier.dateline.place, today};
    update.notesToEditors = earlier.notesToEditors;
    update.endMarker = earlier.endMarker;
    update.issuedBy = earlier.issuedBy;
    return update;
}

namespace {

// Words in square brackets, as the templates write their prompts.
const QRegularExpression &bracketed()
{
    static const QRegularExpression expression(QStringLiteral("\\[[^\\]\\n]{2,200}\\]"));
    return expression;
}

QSet<QString> promptsOf(const QString &text)
{
    QSet<QString> prompts;
    QRegularExpressionMatchIterator matches = bracketed().globalMatch(text);
    while (matches.hasNext())
        prompts.insert(matches.next().captured());
    return prompts;
}

// Every template's prompts in the language the program speaks now.
QSet<QString> templatePrompts()
{
    QSet<QString> prompts;
    for (ReleaseTemplate kind : releaseTemplates()) {
        const Release release = releaseFromTemplate(kind, QLocale(), QDate(2000, 1, 1));
        prompts += promptsOf(release.headline) + promptsOf(release.body.plainText());
        for (const Quote &quote : release.quotes)
            prompts += promptsOf(quote.text) + promptsOf(quote.speaker) + promptsOf(quote.title);
        for (const MediaContact &contact : release.contacts)
            prompts += promptsOf(contact.name) + promptsOf(contact.role) + promptsOf(contact.phone)
                + promptsOf(contact.email);
    }
    return prompts;
}

} // namespace

std::optional<std::pair<qsizetype, qsizetype>> findTemplatePrompt(const QString &text)
{
    if (!text.contains(QLatin1Char('[')))
        return std::nullopt;
    // Built again only when the program's language changes, which changes the prompts.
    thread_local QString builtFor;
    thread_local QSet<QString> prompts;
    if (const QString key = Tr::tr("[Name]"); key != builtFor) {
        prompts = templatePrompts();
        builtFor = key;
    }
    QRegularExpressionMatchIterator matches = bracketed().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        // A paragraph that is nothing but words in brackets is a prompt, even one the officer
        // began to edit; within a sentence only the templates' own prompts are.
        const qsizetype start = match.capturedStart();
        const qsizetype end = match.capturedEnd();
        const bool wholeLine = (start == 0 || text.at(start - 1) == QLatin1Char('\n'))
            && (end == text.size() || text.at(end) == QLatin1Char('\n'));
        if (prompts.contains(match.captured())
            || (wholeLine && match.captured().count(QLatin1Char(' ')) >= 2))
            return std::pair {start, end - start};
    }
    return std::nullopt;
}

bool hasTemplatePlaceholder(const QString &text)
{
    return findTemplatePrompt(text).has_value();
}

} // namespace rd
