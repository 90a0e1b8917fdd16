#include "translation.h"

#include "body.h"
#include "release.h"

#include <QCryptographicHash>

namespace rd {

namespace {

QString textOfValue(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<Body>())
        return value.value<Body>().plainText();
    return value.toString();
}

template<typename Item>
void appendItemKeys(QList<FieldKey> &keys, const QList<Item> &items, Collection collection)
{
    const QList<Field> fields = fieldsOf(collection);
    for (const Item &item : items) {
        for (Field field : fields) {
            if (isTranslatable(field))
                keys.append({field, item.id});
        }
    }
}

} // namespace

bool TranslatedText::hasText() const
{
    return !textOfValue(value).trimmed().isEmpty();
}

QString sourceFingerprint(const QVariant &sourceValue)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(textOfValue(sourceValue).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

QList<FieldKey> translatableKeys(const Release &release)
{
    QList<FieldKey> keys;
    for (Field field : fieldsOf(std::nullopt)) {
        if (isTranslatable(field))
            keys.append({field, {}});
    }
    appendItemKeys(keys, release.agencies, Collection::Agencies);
    appendItemKeys(keys, release.quotes, Collection::Quotes);
    appendItemKeys(keys, release.attachments, Collection::Attachments);
    appendItemKeys(keys, release.contacts, Collection::Contacts);
    return keys;
}

TranslationState translationState(const Release &release, const FieldKey &source)
{
    if (release.translation.language.isEmpty() || !isTranslatable(source.field))
        return TranslationState::NotNeeded;
    const QVariant value = fieldValue(release, source);
    if (textOfValue(value).trimmed().isEmpty())
        return TranslationState::NotNeeded;
    const auto it = release.translation.texts.constFind(source);
    if (it == release.translation.texts.constEnd() || !it->hasText())
        return TranslationState::Missing;
    return it->sourceFingerprint == sourceFingerprint(value) ? TranslationState::Current
                                                             : TranslationState::OutOfDate;
}

Release translatedVersion(const Release &release)
{
    if (release.translation.language.isEmpty())
        return release;
    Release translated = release;
    translated.language = release.translation.language;
    translated.translation = {};
    for (const FieldKey &key : translatableKeys(release)) {
        const auto it = release.translation.texts.constFind(key);
        if (it != release.translation.texts.constEnd() && it->hasText())
            setFieldValue(translated, key, it->value);
    }
    return translated;
}

} // namespace rd
