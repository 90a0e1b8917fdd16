#include "field.h"

#include "release.h"
#include "translation.h"

#include <algorithm>

// Where each field of a release is stored, and reading and writing it by its key.
namespace rd {

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
    BilingualLayout *layout = nullptr;
};

FieldSlot slotOf(Release &release, Field field)
{
    switch (field) {
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
    case Field::TranslationLanguage:
        return {.text = &release.translation.language};
    case Field::TranslationLayout:
        return {.layout = &release.translation.layout};
    default:
        return {};
    }
}

FieldSlot slotOf(Agency &agency, Field field)
{
    switch (field) {
    case Field::AgencyName:
        return {.text = &agency.name};
    case Field::AgencyShortName:
        return {.text = &agency.shortName};
    case Field::AgencyLogo:
        return {.image = &agency.logo};
    case Field::AgencyWebsite:
        return {.text = &agency.website};
    case Field::AgencyAbout:
        return {.text = &agency.about};
    case Field::AgencyHouseStyle:
        return {.json = &agency.houseStyle};
    default:
        return {};
    }
}

FieldSlot slotOf(Quote &quote, Field field)
{
    switch (field) {
    case Field::QuoteText:
        return {.text = &quote.text};
    case Field::QuoteSpeaker:
        return {.text = &quote.speaker};
    case Field::QuoteTitle:
        return {.text = &quote.title};
    case Field::QuoteAgency:
        return {.text = &quote.agencyId};
    case Field::QuotePlacement:
        return {.number = &quote.afterParagraph};
    default:
        return {};
    }
}

FieldSlot slotOf(Attachment &attachment, Field field)
{
    switch (field) {
    case Field::AttachmentCaption:
        return {.text = &attachment.caption};
    case Field::AttachmentFileName:
        return {.text = &attachment.fileName};
    default:
        return {};
    }
}

FieldSlot slotOf(MediaContact &contact, Field field)
{
    switch (field) {
    case Field::ContactAgency:
        return {.text = &contact.agencyId};
    case Field::ContactName:
        return {.text = &contact.name};
    case Field::ContactRole:
        return {.text = &contact.role};
    case Field::ContactPhone:
        return {.text = &contact.phone};
    case Field::ContactEmail:
        return {.text = &contact.email};
    default:
        return {};
    }
}

template<typename Item>
FieldSlot slotOfItem(QList<Item> &items, const QString &id, Field field)
{
    Item *item = findItem(items, id);
    return item ? slotOf(*item, field) : FieldSlot {};
}

FieldSlot slotFor(Release &release, const FieldKey &key)
{
    const auto collection = collectionOf(key.field);
    if (!collection)
        return slotOf(release, key.field);
    switch (*collection) {
    case Collection::Agencies:
        return slotOfItem(release.agencies, key.itemId, key.field);
    case Collection::Quotes:
        return slotOfItem(release.quotes, key.itemId, key.field);
    case Collection::Attachments:
        return slotOfItem(release.attachments, key.itemId, key.field);
    case Collection::Contacts:
        return slotOfItem(release.contacts, key.itemId, key.field);
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
    if (key.translated) {
        if (!isTranslatable(key.field))
            return {};
        const auto it = release.translation.texts.constFind(key.source());
        if (it != release.translation.texts.constEnd())
            return it->value;
        // Nothing yet: an empty value of the source's type.
        const QVariant source = fieldValue(release, key.source());
        return source.isValid() ? QVariant(source.metaType()) : QVariant();
    }
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
    if (slot.layout)
        return QVariant::fromValue(*slot.layout);
    return {};
}

bool setFieldValue(Release &release, const FieldKey &key, const QVariant &value)
{
    if (key.translated) {
        const QVariant source = fieldValue(release, key.source());
        if (!isTranslatable(key.field) || release.translation.language.isEmpty()
            || !source.isValid() || source.metaType() != value.metaType())
            return false;
        release.translation.texts.insert(key.source(), {value, sourceFingerprint(source)});
        return true;
    }
    const FieldSlot slot = slotFor(release, key);
    return assign(slot.text, value) || assign(slot.type, value) || assign(slot.endMarker, value)
        || assign(slot.embargo, value) || assign(slot.date, value) || assign(slot.body, value)
        || assign(slot.image, value) || assign(slot.number, value)
        || assign(slot.sensitivity, value) || assign(slot.json, value)
        || assign(slot.layout, value);
}

QString *textOf(Release &release, Field field)
{
    return slotOf(release, field).text;
}

QString *textOf(Agency &agency, Field field)
{
    return slotOf(agency, field).text;
}

QString *textOf(Quote &quote, Field field)
{
    return slotOf(quote, field).text;
}

QString *textOf(Attachment &attachment, Field field)
{
    return slotOf(attachment, field).text;
}

QString *textOf(MediaContact &contact, Field field)
{
    return slotOf(contact, field).text;
}

} // namespace rd
