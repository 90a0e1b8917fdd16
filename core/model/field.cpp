#include "field.h"

#include "release.h"

#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace rd {

std::optional<Collection> collectionOf(Field field)
{
    switch (field) {
    case Field::AgencyName:
    case Field::AgencyShortName:
    case Field::AgencyLogo:
    case Field::AgencyWebsite:
    case Field::AgencyAbout:
    case Field::AgencyHouseStyle:
        return Collection::Agencies;
    case Field::QuoteText:
    case Field::QuoteSpeaker:
    case Field::QuoteTitle:
    case Field::QuoteAgency:
    case Field::QuotePlacement:
        return Collection::Quotes;
    case Field::AttachmentCaption:
    case Field::AttachmentFileName:
        return Collection::Attachments;
    case Field::ContactAgency:
    case Field::ContactName:
    case Field::ContactRole:
    case Field::ContactPhone:
    case Field::ContactEmail:
        return Collection::Contacts;
    default:
        return std::nullopt;
    }
}

bool holdsParagraphs(Field field)
{
    return field == Field::QuoteText || field == Field::NotesToEditors
        || field == Field::AgencyAbout;
}

bool isProse(Field field)
{
    switch (field) {
    case Field::Reference:
    case Field::RelatesTo:
    case Field::Language:
    case Field::AgencyShortName:
    case Field::AgencyWebsite:
    case Field::AttachmentFileName:
    case Field::ContactPhone:
    case Field::ContactEmail:
    case Field::Sensitivity:
    case Field::AgencyHouseStyle:
        return false;
    default:
        return true;
    }
}

QList<Field> allFields()
{
    QList<Field> fields;
    for (int field = int(Field::Type); field <= int(Field::ContactEmail); ++field)
        fields.append(Field(field));
    return fields;
}

namespace {

// Line feed, carriage return, vertical tab, form feed, next line, and the Unicode line and
// paragraph separators: whatever another program may have written between two lines.
const QRegularExpression &lineBreaks()
{
    static const QRegularExpression expression(
        QStringLiteral("[\\n\\r\\x{000B}\\x{000C}\\x{0085}\\x{2028}\\x{2029}]"));
    return expression;
}

} // namespace

QString asSingleLine(const QString &text)
{
    static const QRegularExpression breakWithSpace(
        QStringLiteral("[ \\t]*[\\n\\r\\x{000B}\\x{000C}\\x{0085}\\x{2028}\\x{2029}]+[ \\t]*"));
    if (!text.contains(lineBreaks()))
        return text;
    QString joined = text;
    joined.replace(breakWithSpace, QStringLiteral(" "));
    return joined.trimmed();
}

QStringList paragraphsOf(const QString &text)
{
    QStringList paragraphs;
    for (const QString &line : text.split(lineBreaks())) {
        const QString paragraph = line.trimmed();
        if (!paragraph.isEmpty())
            paragraphs.append(paragraph);
    }
    return paragraphs;
}

namespace {

// Each field's names, in the order of the enumeration: its id, and its key in the project file.
struct FieldNames
{
    const char *id;
    const char *fileKey;
};

const FieldNames &namesOf(Field field)
{
    static const FieldNames names[] = {
        {"type", "type"},
        {"reference", "reference"},
        {"relatesTo", "relatesTo"},
        {"language", "language"},
        {"embargo", "status"},
        {"datelinePlace", "dateline.place"},
        {"datelineDate", "dateline.date"},
        {"headline", "headline"},
        {"subheadline", "subheadline"},
        {"body", "body"},
        {"notesToEditors", "notesToEditors"},
        {"endMarker", "endMarker"},
        {"issuedBy", "issuedBy"},
        {"sensitivity", "sensitivity"},
        {"agencyName", "name"},
        {"agencyShortName", "shortName"},
        {"agencyLogo", "logo"},
        {"agencyWebsite", "website"},
        {"agencyAbout", "about"},
        {"agencyHouseStyle", "houseStyle"},
        {"quoteText", "text"},
        {"quoteSpeaker", "speaker"},
        {"quoteTitle", "title"},
        {"quoteAgency", "agency"},
        {"quotePlacement", "afterParagraph"},
        {"attachmentCaption", "caption"},
        {"attachmentFileName", "fileName"},
        {"contactAgency", "agency"},
        {"contactName", "name"},
        {"contactRole", "role"},
        {"contactPhone", "phone"},
        {"contactEmail", "email"},
    };
    static_assert(std::size(names) == size_t(Field::ContactEmail) + 1, "names for every field");
    return names[int(field)];
}

} // namespace

QString fieldId(Field field)
{
    return QString::fromLatin1(namesOf(field).id);
}

QString fileFormatKey(Field field)
{
    return QString::fromLatin1(namesOf(field).fileKey);
}

namespace {

template<typename Item>
Item *findItem(QList<Item> &items, const QString &id)
{
    auto it = std::find_if(items.begin(), items.end(), [&](const Item &i) { return i.id == id; });
    return it == items.end() ? nullptr : &*it;
}

// Points at the storage of one field, so that reading and writing share one switch.
struct FieldSlot
{
    QString *text = nullptr;
    ReleaseType *type = nullptr;
    EndMarker *endMarker = nullptr;
    Embargo *embargo = nullptr;
    QDate *date = nullptr;
    Body *body = nullptr;
    Image *image = nullptr;
    int *number = nullptr;
    Sensitivity *sensitivity = nullptr;
    QJsonObject *json = nullptr;
};

FieldSlot slotFor(Release &release, const FieldKey &key)
{
    Agency *agency = nullptr;
    Quote *quote = nullptr;
    Attachment *attachment = nullptr;
    MediaContact *contact = nullptr;
    if (const auto collection = collectionOf(key.field)) {
        switch (*collection) {
        case Collection::Agencies:
            agency = findItem(release.agencies, key.itemId);
            if (!agency)
                return {};
            break;
        case Collection::Quotes:
            quote = findItem(release.quotes, key.itemId);
            if (!quote)
                return {};
            break;
        case Collection::Attachments:
            attachment = findItem(release.attachments, key.itemId);
            if (!attachment)
                return {};
            break;
        case Collection::Contacts:
            contact = findItem(release.contacts, key.itemId);
            if (!contact)
                return {};
            break;
        }
    }

    switch (key.field) {
    case Field::Type:
        return {.type = &release.type};
    case Field::Reference:
        return {.text = &release.reference};
    case Field::RelatesTo:
        return {.text = &release.relatesTo};
    case Field::Language:
        return {.text = &release.language};
    case Field::Embargo:
        return {.embargo = &release.embargo};
    case Field::DatelinePlace:
        return {.text = &release.dateline.place};
    case Field::DatelineDate:
        return {.date = &release.dateline.date};
    case Field::Headline:
        return {.text = &release.headline};
    case Field::Subheadline:
        return {.text = &release.subheadline};
    case Field::Body:
        return {.body = &release.body};
    case Field::NotesToEditors:
        return {.text = &release.notesToEditors};
    case Field::EndMarker:
        return {.endMarker = &release.endMarker};
    case Field::IssuedBy:
        return {.text = &release.issuedBy};
    case Field::Sensitivity:
        return {.sensitivity = &release.sensitivity};
    case Field::AgencyName:
        return {.text = &agency->name};
    case Field::AgencyShortName:
        return {.text = &agency->shortName};
    case Field::AgencyLogo:
        return {.image = &agency->logo};
    case Field::AgencyWebsite:
        return {.text = &agency->website};
    case Field::AgencyAbout:
        return {.text = &agency->about};
    case Field::AgencyHouseStyle:
        return {.json = &agency->houseStyle};
    case Field::QuoteText:
        return {.text = &quote->text};
    case Field::QuoteSpeaker:
        return {.text = &quote->speaker};
    case Field::QuoteTitle:
        return {.text = &quote->title};
    case Field::QuoteAgency:
        return {.text = &quote->agencyId};
    case Field::QuotePlacement:
        return {.number = &quote->afterParagraph};
    case Field::AttachmentCaption:
        return {.text = &attachment->caption};
    case Field::AttachmentFileName:
        return {.text = &attachment->fileName};
    case Field::ContactAgency:
        return {.text = &contact->agencyId};
    case Field::ContactName:
        return {.text = &contact->name};
    case Field::ContactRole:
        return {.text = &contact->role};
    case Field::ContactPhone:
        return {.text = &contact->phone};
    case Field::ContactEmail:
        return {.text = &contact->email};
    }
    return {};
}

template<typename T>
bool assign(T *target, const QVariant &value)
{
    if (!target || value.metaType() != QMetaType::fromType<T>())
        return false;
    *target = value.value<T>();
    return true;
}

} // namespace

QVariant fieldValue(const Release &release, const FieldKey &key)
{
    // slotFor() only hands out pointers; nothing is written through them here.
    const FieldSlot slot = slotFor(const_cast<Release &>(release), key);
    if (slot.text)
        return *slot.text;
    if (slot.type)
        return QVariant::fromValue(*slot.type);
    if (slot.endMarker)
        return QVariant::fromValue(*slot.endMarker);
    if (slot.embargo)
        return QVariant::fromValue(*slot.embargo);
    if (slot.date)
        return *slot.date;
    if (slot.body)
        return QVariant::fromValue(*slot.body);
    if (slot.image)
        return QVariant::fromValue(*slot.image);
    if (slot.number)
        return *slot.number;
    if (slot.sensitivity)
        return QVariant::fromValue(*slot.sensitivity);
    if (slot.json)
        return *slot.json;
    return {};
}

bool setFieldValue(Release &release, const FieldKey &key, const QVariant &value)
{
    const FieldSlot slot = slotFor(release, key);
    return assign(slot.text, value) || assign(slot.type, value) || assign(slot.endMarker, value)
        || assign(slot.embargo, value) || assign(slot.date, value) || assign(slot.body, value)
        || assign(slot.image, value) || assign(slot.number, value)
        || assign(slot.sensitivity, value) || assign(slot.json, value);
}

} // namespace rd
