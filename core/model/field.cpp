#include "field.h"

#include "release.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <iterator>

namespace rd {

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

// What a field's text may be.
enum Trait : unsigned {
    Plain = 0,
    Paragraphs = 1, // several paragraphs, one a line
    Prose = 2, // words that spelling applies to
    Translatable = 4, // has a second language version in a bilingual release
    Required = 8, // a project file must have it (docs/file-format.md)
};

// Each field described once, in the order of the enumeration: its id, its key in the project
// file, the list its item lives in, the part of the release it belongs to, what its text may be,
// and what the interface calls it.
struct FieldDescription
{
    const char *id;
    const char *fileKey;
    std::optional<Collection> collection;
    FieldGroup group;
    unsigned traits;
    const char *displayName;
};

const FieldDescription &describe(Field field)
{
    using C = Collection;
    using G = FieldGroup;
    constexpr unsigned Text = Prose | Translatable;
    static const FieldDescription fields[] = {
        {"type", "type", {}, G::Headline, Required, QT_TRANSLATE_NOOP("Field", "release type")},
        {"reference", "reference", {}, G::Headline, Plain,
            QT_TRANSLATE_NOOP("Field", "reference number")},
        {"relatesTo", "relatesTo", {}, G::Headline, Plain,
            QT_TRANSLATE_NOOP("Field", "earlier release")},
        {"language", "language", {}, G::Headline, Required, QT_TRANSLATE_NOOP("Field", "language")},
        {"embargo", "status", {}, G::Headline, Plain, QT_TRANSLATE_NOOP("Field", "embargo")},
        {"datelinePlace", "dateline.place", {}, G::Headline, Text,
            QT_TRANSLATE_NOOP("Field", "dateline place")},
        {"datelineDate", "dateline.date", {}, G::Headline, Plain,
            QT_TRANSLATE_NOOP("Field", "dateline date")},
        {"headline", "headline", {}, G::Headline, Text | Required,
            QT_TRANSLATE_NOOP("Field", "headline")},
        {"subheadline", "subheadline", {}, G::Headline, Text,
            QT_TRANSLATE_NOOP("Field", "subheadline")},
        {"body", "body", {}, G::Statement, Text, QT_TRANSLATE_NOOP("Field", "statement")},
        {"notesToEditors", "notesToEditors", {}, G::Contacts, Text | Paragraphs,
            QT_TRANSLATE_NOOP("Field", "notes to editors")},
        {"endMarker", "endMarker", {}, G::Contacts, Plain,
            QT_TRANSLATE_NOOP("Field", "end marker")},
        {"issuedBy", "issuedBy", {}, G::Contacts, Text, QT_TRANSLATE_NOOP("Field", "issued by")},
        {"sensitivity", "sensitivity", {}, G::Review, Plain,
            QT_TRANSLATE_NOOP("Field", "sensitive content")},
        {"translationLanguage", "translations.language", {}, G::Translation, Plain,
            QT_TRANSLATE_NOOP("Field", "second language")},
        {"translationLayout", "translations.layout", {}, G::Translation, Plain,
            QT_TRANSLATE_NOOP("Field", "layout of the two languages")},
        {"agencyName", "name", C::Agencies, G::Agencies, Text | Required,
            QT_TRANSLATE_NOOP("Field", "agency name")},
        {"agencyShortName", "shortName", C::Agencies, G::Agencies, Translatable,
            QT_TRANSLATE_NOOP("Field", "agency short name")},
        {"agencyLogo", "logo", C::Agencies, G::Agencies, Plain,
            QT_TRANSLATE_NOOP("Field", "agency logo")},
        {"agencyWebsite", "website", C::Agencies, G::Agencies, Plain,
            QT_TRANSLATE_NOOP("Field", "agency website")},
        {"agencyAbout", "about", C::Agencies, G::Agencies, Text | Paragraphs,
            QT_TRANSLATE_NOOP("Field", "About paragraph")},
        {"agencyHouseStyle", "houseStyle", C::Agencies, G::Agencies, Plain,
            QT_TRANSLATE_NOOP("Field", "agency house style")},
        {"quoteText", "text", C::Quotes, G::Quotes, Text | Paragraphs | Required,
            QT_TRANSLATE_NOOP("Field", "quote")},
        {"quoteSpeaker", "speaker", C::Quotes, G::Quotes, Prose,
            QT_TRANSLATE_NOOP("Field", "speaker")},
        {"quoteTitle", "title", C::Quotes, G::Quotes, Text,
            QT_TRANSLATE_NOOP("Field", "speaker's title")},
        {"quoteAgency", "agency", C::Quotes, G::Quotes, Plain,
            QT_TRANSLATE_NOOP("Field", "speaker's agency")},
        {"quotePlacement", "afterParagraph", C::Quotes, G::Quotes, Plain,
            QT_TRANSLATE_NOOP("Field", "quote's place")},
        {"attachmentCaption", "caption", C::Attachments, G::Attachments, Text,
            QT_TRANSLATE_NOOP("Field", "attachment caption")},
        {"attachmentFileName", "fileName", C::Attachments, G::Attachments, Required,
            QT_TRANSLATE_NOOP("Field", "attachment file name")},
        {"contactAgency", "agency", C::Contacts, G::Contacts, Plain,
            QT_TRANSLATE_NOOP("Field", "contact's agency")},
        {"contactName", "name", C::Contacts, G::Contacts, Prose | Required,
            QT_TRANSLATE_NOOP("Field", "contact name")},
        {"contactRole", "role", C::Contacts, G::Contacts, Text,
            QT_TRANSLATE_NOOP("Field", "contact role")},
        {"contactPhone", "phone", C::Contacts, G::Contacts, Plain,
            QT_TRANSLATE_NOOP("Field", "contact phone")},
        {"contactEmail", "email", C::Contacts, G::Contacts, Plain,
            QT_TRANSLATE_NOOP("Field", "contact e-mail")},
    };
    static_assert(std::size(fields) == size_t(Field::ContactEmail) + 1, "every field described");
    return fields[int(field)];
}

} // namespace

std::optional<Collection> collectionOf(Field field)
{
    return describe(field).collection;
}

FieldGroup groupOf(Field field)
{
    return describe(field).group;
}

bool holdsParagraphs(Field field)
{
    return describe(field).traits & Paragraphs;
}

bool isProse(Field field)
{
    return describe(field).traits & Prose;
}

bool isTranslatable(Field field)
{
    return describe(field).traits & Translatable;
}

QString collectionItemName(Collection collection)
{
    switch (collection) {
    case Collection::Agencies:
        return QCoreApplication::translate("Field", "agency");
    case Collection::Quotes:
        return QCoreApplication::translate("Field", "quote");
    case Collection::Attachments:
        return QCoreApplication::translate("Field", "attachment");
    case Collection::Contacts:
        return QCoreApplication::translate("Field", "media contact");
    }
    return {};
}

QString addItemText(Collection collection)
{
    // Whole phrases, not "Add %1": French gives each noun its article and gender.
    switch (collection) {
    case Collection::Agencies:
        return QCoreApplication::translate("Field", "Add agency");
    case Collection::Quotes:
        return QCoreApplication::translate("Field", "Add quote");
    case Collection::Attachments:
        return QCoreApplication::translate("Field", "Add attachment");
    case Collection::Contacts:
        return QCoreApplication::translate("Field", "Add media contact");
    }
    return {};
}

QString fieldDisplayName(Field field)
{
    return QCoreApplication::translate("Field", describe(field).displayName);
}

QString fieldId(Field field)
{
    return QString::fromLatin1(describe(field).id);
}

std::optional<Field> fieldWithId(const QString &id)
{
    static const QHash<QString, Field> byId = [] {
        QHash<QString, Field> fields;
        for (Field field : allFields())
            fields.insert(fieldId(field), field);
        return fields;
    }();
    const auto it = byId.constFind(id);
    return it == byId.constEnd() ? std::nullopt : std::optional<Field>(*it);
}

QString fileFormatKey(Field field)
{
    return QString::fromLatin1(describe(field).fileKey);
}

QList<Field> fieldsOf(std::optional<Collection> collection)
{
    QList<Field> fields;
    for (Field field : allFields()) {
        if (collectionOf(field) == collection)
            fields.append(field);
    }
    return fields;
}

QList<QPair<Field, QString>> textFieldKeys(
    std::optional<Collection> collection, const QString &objectKey)
{
    // Which fields are text, asked once of empty owners through the same switch that reads and
    // writes them.
    static const QSet<Field> textFields = [] {
        Release release;
        Agency agency;
        Quote quote;
        Attachment attachment;
        MediaContact contact;
        QSet<Field> fields;
        for (Field field : allFields()) {
            if (textOf(release, field) || textOf(agency, field) || textOf(quote, field)
                || textOf(attachment, field) || textOf(contact, field))
                fields.insert(field);
        }
        return fields;
    }();
    const auto isText = [](Field field) { return textFields.contains(field); };
    const QString prefix = objectKey.isEmpty() ? QString() : objectKey + QLatin1Char('.');
    QList<QPair<Field, QString>> keys;
    for (Field field : fieldsOf(collection)) {
        const QString key = fileFormatKey(field);
        if (!isText(field) || !key.startsWith(prefix))
            continue;
        const QString keyInObject = key.mid(prefix.size());
        if (!keyInObject.contains(QLatin1Char('.')))
            keys.append({field, keyInObject});
    }
    return keys;
}

bool isRequiredInFile(Field field)
{
    return describe(field).traits & Required;
}

} // namespace rd
