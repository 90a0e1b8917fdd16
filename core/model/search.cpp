#include "search.h"

#include "release.h"

namespace rd {

namespace {

void findIn(
    const QString &text, const FieldKey &field, const QString &needle, QList<TextMatch> *matches)
{
    for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive))
        matches->append({field, int(at), int(needle.size())});
}

} // namespace

QList<TextMatch> findText(const Release &release, const QString &needle)
{
    QList<TextMatch> matches;
    if (needle.isEmpty())
        return matches;
    for (const Agency &agency : release.agencies) {
        findIn(agency.name, {Field::AgencyName, agency.id}, needle, &matches);
        findIn(agency.shortName, {Field::AgencyShortName, agency.id}, needle, &matches);
        findIn(agency.website, {Field::AgencyWebsite, agency.id}, needle, &matches);
        findIn(agency.about, {Field::AgencyAbout, agency.id}, needle, &matches);
    }
    findIn(release.headline, {Field::Headline, {}}, needle, &matches);
    findIn(release.subheadline, {Field::Subheadline, {}}, needle, &matches);
    findIn(release.dateline.place, {Field::DatelinePlace, {}}, needle, &matches);
    findIn(release.reference, {Field::Reference, {}}, needle, &matches);
    findIn(release.relatesTo, {Field::RelatesTo, {}}, needle, &matches);
    QStringList paragraphs;
    for (const BodyBlock &block : release.body.blocks)
        paragraphs.append(block.plainText());
    findIn(paragraphs.join(QLatin1Char('\n')), {Field::Body, {}}, needle, &matches);
    for (const Quote &quote : release.quotes) {
        findIn(quote.text, {Field::QuoteText, quote.id}, needle, &matches);
        findIn(quote.speaker, {Field::QuoteSpeaker, quote.id}, needle, &matches);
        findIn(quote.title, {Field::QuoteTitle, quote.id}, needle, &matches);
    }
    for (const Attachment &attachment : release.attachments) {
        findIn(attachment.caption, {Field::AttachmentCaption, attachment.id}, needle, &matches);
        findIn(attachment.fileName, {Field::AttachmentFileName, attachment.id}, needle, &matches);
    }
    for (const MediaContact &contact : release.contacts) {
        findIn(contact.name, {Field::ContactName, contact.id}, needle, &matches);
        findIn(contact.role, {Field::ContactRole, contact.id}, needle, &matches);
        findIn(contact.phone, {Field::ContactPhone, contact.id}, needle, &matches);
        findIn(contact.email, {Field::ContactEmail, contact.id}, needle, &matches);
    }
    findIn(release.issuedBy, {Field::IssuedBy, {}}, needle, &matches);
    findIn(release.notesToEditors, {Field::NotesToEditors, {}}, needle, &matches);
    return matches;
}

} // namespace rd
