#include "templates.h"

#include "newrelease.h"

#include <QCoreApplication>
#include <QRegularExpression>

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
    release.quotes.append(quote);
    MediaContact contact;
    contact.id = newItemId();
    contact.agencyId = agency.id;
    release.contacts.append(contact);
}

Body appealBody()
{
    const QStringList paragraphs {
        Tr::tr("[Agency] is appealing for information about [what happened] in [place] on "
               "[day and date] at about [time]."),
        Tr::tr("[What is known so far, and what is not yet known.]"),
        Tr::tr("Police would like to hear from anyone who:"),
    };
    Body body;
    for (const QString &paragraph : paragraphs)
        body.blocks.append({BodyBlock::Kind::Paragraph, {TextRun {paragraph, false, false, {}}}});
    for (const QString &item : {Tr::tr("[saw or heard something]"),
             Tr::tr("[has dash-camera or CCTV footage of the area]")})
        body.blocks.append({BodyBlock::Kind::BulletItem, {TextRun {item, false, false, {}}}});
    body.blocks.append({BodyBlock::Kind::Paragraph,
        {TextRun {Tr::tr("Anyone with information is asked to call [number], quoting "
                         "reference [reference number]."),
            false, false, {}}}});
    return body;
}

} // namespace

Release releaseFromTemplate(ReleaseTemplate kind, const QLocale &locale, const QDate &today)
{
    Release release = newRelease(locale, today);
    switch (kind) {
    case ReleaseTemplate::MediaRelease:
        release.type = ReleaseType::MediaRelease;
        addQuoteAndContactFor(release, release.agencies.first());
        break;
    case ReleaseTemplate::JointStatement:
        release.type = ReleaseType::JointStatement;
        release.agencies.append(emptyAgency());
        for (const Agency &agency : std::as_const(release.agencies))
            addQuoteAndContactFor(release, agency);
        break;
    case ReleaseTemplate::AppealForInformation:
        release.type = ReleaseType::AppealForInformation;
        release.body = appealBody();
        addQuoteAndContactFor(release, release.agencies.first());
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

bool hasTemplatePlaceholder(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("\\[[^\\]\\n]{2,80}\\]"));
    return placeholder.match(text).hasMatch();
}

} // namespace rd
