#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace rd {

struct Release;
struct Agency;
struct Quote;
struct Attachment;
struct MediaContact;

// The lists a release holds.
enum class Collection { Agencies, Quotes, Attachments, Contacts };

// Every editable field of a release. The value type of each is given beside it; list-item fields
// are addressed together with the id of their item.
enum class Field {
    // the release as a whole
    Type, // ReleaseType
    Reference, // QString
    RelatesTo, // QString
    Language, // QString (BCP 47)
    Embargo, // Embargo
    DatelinePlace, // QString
    DatelineDate, // QDate
    Headline, // QString
    Subheadline, // QString
    Body, // Body
    NotesToEditors, // QString
    EndMarker, // EndMarker
    IssuedBy, // QString
    Sensitivity, // Sensitivity
    TranslationLanguage, // QString (BCP 47): the second language of a bilingual release, or empty
    TranslationLayout, // BilingualLayout: the two languages one after the other, or side by side
    // an agency
    AgencyName,
    AgencyShortName,
    AgencyLogo, // Image
    AgencyWebsite,
    AgencyAbout,
    AgencyHouseStyle, // QJsonObject: the agency's style file, empty for the default
    // a quote
    QuoteText,
    QuoteSpeaker,
    QuoteTitle,
    QuoteAgency, // QString: an agency id, or empty
    QuotePlacement, // int: the statement's paragraph the quote follows, or 0 (quoteplacement.h)
    // an attachment
    AttachmentCaption,
    AttachmentFileName,
    // a media contact
    ContactAgency, // QString: an agency id, or empty
    ContactName,
    ContactRole,
    ContactPhone,
    ContactEmail,
};

// The parts of a release, in the order a release is written; the editor gives each a step.
enum class FieldGroup {
    Agencies,
    Headline,
    Statement,
    Quotes,
    Attachments,
    Contacts,
    Translation,
    Review
};

// Which list a field's item lives in; empty for fields of the release as a whole.
std::optional<Collection> collectionOf(Field field);

// The part of the release a field belongs to (the agencies' fields to Agencies, the status and
// dateline to Headline, what follows the statement to Contacts, the second language and its layout
// to Translation, the sensitive content to Review).
FieldGroup groupOf(Field field);

// What the interface calls a field ("speaker's title") and an item of a list ("media contact"),
// as undo steps name them.
QString fieldDisplayName(Field field);
QString collectionItemName(Collection collection);
// The command that adds an item to a list: "Add media contact".
QString addItemText(Collection collection);

// Whether a field's text is words in the document's language, which a bilingual release has a
// second version of: the headline, the statement, a quote, a caption; not a name, a number, an
// address or a setting.
bool isTranslatable(Field field);

// Whether a text field may hold several paragraphs, one a line: a quote, the notes to editors and
// an agency's About paragraph. Every other text field is one line (docs/file-format.md).
bool holdsParagraphs(Field field);

// Whether a text field holds prose that spelling applies to: not a reference number, a language
// code, a short name, an address, a file name or a phone number.
bool isProse(Field field);

// Every field, in the order of the enumeration.
QList<Field> allFields();

// A one-line field's text as it is shown and printed: each line break, with the white space
// around it, becomes one space, so that words on either side are never run together.
QString asSingleLine(const QString &text);

// A paragraph field's paragraphs: each line is one, trimmed; blank lines are left out.
QStringList paragraphsOf(const QString &text);

// A stable, untranslated identifier of a field ("headline", "quoteSpeaker"): for object names that
// tests and the preview use to find a field's editor.
QString fieldId(Field field);

// The field whose id this is, if any.
std::optional<Field> fieldWithId(const QString &id);

// The field's key in the project file (docs/file-format.md): "headline", "dateline.date"; for a
// field of a list's item, its key within the item ("speaker" of a quote).
QString fileFormatKey(Field field);

// Every field of the release as a whole (no list), or of the items of one list, in the order of
// the enumeration.
QList<Field> fieldsOf(std::optional<Collection> collection);

// Whether a project file must hold the field (docs/file-format.md).
bool isRequiredInFile(Field field);

// The storage of a field whose value is text, of the release or of one item; nullptr for a field
// of another type or of another owner. The project file reads and writes text fields through them.
QString *textOf(Release &release, Field field);
QString *textOf(Agency &agency, Field field);
QString *textOf(Quote &quote, Field field);
QString *textOf(Attachment &attachment, Field field);
QString *textOf(MediaContact &contact, Field field);
template<typename Owner>
const QString *textOf(const Owner &owner, Field field)
{
    // Only hands out a pointer for reading; the non-const overloads write nothing.
    return textOf(const_cast<Owner &>(owner), field);
}

// The fields of the release or of one list's items that are text, whose key in the file lies in
// the object named by the prefix ("dateline" for "dateline.place"; empty for the owner's own
// object), with their key within that object.
QList<QPair<Field, QString>> textFieldKeys(
    std::optional<Collection> collection, const QString &objectKey = {});

// Addresses one field: of the release, or of one item of a list, in the release's own language
// or, for a translatable field of a bilingual release, in its second language.
struct FieldKey
{
    Field field;
    QString itemId; // empty for fields of the release as a whole
    bool translated = false; // the second language version (model/translation.h)

    bool operator==(const FieldKey &) const = default;

    // The same field in the release's own language.
    FieldKey source() const { return {field, itemId}; }
};

inline size_t qHash(const FieldKey &key, size_t seed = 0)
{
    return qHashMulti(seed, int(key.field), key.itemId, key.translated);
}

// Reads and writes one field of a release. Writing fails (returns false) when the item does not
// exist or the value has the wrong type. A translated key reads the second language version (an
// empty value of the field's type when there is none yet) and writes it with the fingerprint of
// the source as it stands; it fails for a field that is not translatable or a release in one
// language.
QVariant fieldValue(const Release &release, const FieldKey &key);
bool setFieldValue(Release &release, const FieldKey &key, const QVariant &value);

} // namespace rd

Q_DECLARE_METATYPE(rd::FieldKey)
