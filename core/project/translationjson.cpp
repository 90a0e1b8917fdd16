#include "translationjson.h"

#include "bodyjson.h"
#include "contenthash.h"
#include "model/item.h"
#include "model/release.h"

#include <QCoreApplication>

namespace rd {

namespace {

class ManifestReader
{
    Q_DECLARE_TR_FUNCTIONS(ManifestReader)
};

using Presence = JsonObjectReader::Presence;

bool isBody(Field field)
{
    return field == Field::Body;
}

} // namespace

QJsonObject translationToJson(const Release &release)
{
    const Translation &translation = release.translation;
    if (translation.language.isEmpty())
        return {};
    QJsonArray texts;
    // In the order of the release, and only of fields and items it still has (a removed quote's
    // translation stays in memory, for undo, but is not written).
    for (const FieldKey &key : translatableKeys(release)) {
        const auto it = translation.texts.constFind(key);
        if (it == translation.texts.constEnd() || !it->hasText())
            continue;
        QJsonObject text {{QStringLiteral("field"), fieldId(key.field)},
            {QStringLiteral("source"), it->sourceFingerprint}};
        if (!key.itemId.isEmpty())
            text.insert(QStringLiteral("item"), key.itemId);
        if (isBody(key.field))
            text.insert(QStringLiteral("body"), bodyToJson(it->value.value<Body>()));
        else
            text.insert(QStringLiteral("text"), it->value.toString());
        texts.append(text);
    }
    QJsonObject object {
        {QStringLiteral("language"), translation.language}, {QStringLiteral("texts"), texts}};
    if (translation.layout == BilingualLayout::SideBySide)
        object.insert(QStringLiteral("layout"), QStringLiteral("side-by-side"));
    return object;
}

void readTranslation(JsonObjectReader &releaseObject, Release &release)
{
    JsonObjectReader object = releaseObject.nested(QStringLiteral("translations"));
    Translation translation;
    translation.language = object.string(QStringLiteral("language"));
    const QString layout = object.string(QStringLiteral("layout"));
    if (layout == QLatin1String("side-by-side"))
        translation.layout = BilingualLayout::SideBySide;
    else if (!layout.isEmpty() && layout != QLatin1String("one-after-the-other"))
        object.fail(QStringLiteral("layout"),
            ManifestReader::tr("'%1' is not a layout (one-after-the-other or side-by-side)")
                .arg(layout));
    object.readObjects(QStringLiteral("texts"), [&](JsonObjectReader &entry) {
        const QString id = entry.string(QStringLiteral("field"), Presence::Required);
        const std::optional<Field> field = fieldWithId(id);
        if (!entry.failed() && (!field || !isTranslatable(*field))) {
            entry.fail(QStringLiteral("field"),
                ManifestReader::tr("'%1' is not a field with a second language version (such "
                                   "as headline or quoteText)")
                    .arg(id));
            return;
        }
        FieldKey key {*field, entry.string(QStringLiteral("item"))};
        if (const auto collection = collectionOf(key.field);
            !entry.failed() && collection && indexOfItem(release, *collection, key.itemId) < 0) {
            entry.fail(QStringLiteral("item"),
                ManifestReader::tr("names %1 '%2', which the release does not have")
                    .arg(collectionItemName(*collection), key.itemId));
            return;
        }
        TranslatedText text;
        if (isBody(key.field))
            text.value = QVariant::fromValue(readBody(entry, QStringLiteral("body")));
        else
            text.value = entry.string(QStringLiteral("text"), Presence::Required);
        text.sourceFingerprint = entry.string(QStringLiteral("source"), Presence::Required);
        if (!entry.failed() && !isSha256Hex(text.sourceFingerprint))
            entry.fail(QStringLiteral("source"),
                ManifestReader::tr("must be 64 lower-case hexadecimal digits, not '%1'")
                    .arg(text.sourceFingerprint));
        if (!entry.failed() && translation.texts.contains(key))
            entry.fail(
                QStringLiteral("field"), ManifestReader::tr("'%1' is translated twice").arg(id));
        translation.texts.insert(key, text);
    });
    if (!object.failed() && translation.language.isEmpty() && !translation.texts.isEmpty())
        object.fail(
            QStringLiteral("language"), ManifestReader::tr("must name the second language"));
    if (!object.unknownKeys().isEmpty())
        release.unknownNestedKeys.insert(QStringLiteral("translations"), object.unknownKeys());
    release.translation = translation;
}

} // namespace rd
