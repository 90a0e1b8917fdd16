#include "reviewrecordsjson.h"

#include "formatnames.h"
#include "manifestwriter.h"
#include "model/field.h"

#include <QCoreApplication>

namespace rd {

namespace {

using Presence = JsonObjectReader::Presence;

// The file's problems are told in the words of the rest of the manifest reader.
class ManifestReader
{
    Q_DECLARE_TR_FUNCTIONS(ManifestReader)
};

} // namespace

QJsonObject sensitivityToJson(const Sensitivity &sensitivity, const QJsonObject &unknownKeys)
{
    QJsonArray matters;
    for (SensitiveMatter matter : sensitivity.matters)
        matters.append(format::nameOf(matter));
    QJsonArray confirmations;
    for (const SafeguardConfirmation &confirmation : sensitivity.confirmations)
        confirmations.append(withUnknownKeys(confirmation.unknownKeys,
            {{QStringLiteral("safeguard"), format::nameOf(confirmation.safeguard)},
                {QStringLiteral("by"), confirmation.by},
                {QStringLiteral("at"), confirmation.at.toUTC().toString(Qt::ISODate)}}));
    return withUnknownKeys(unknownKeys,
        {{QStringLiteral("concerns"), matters}, {QStringLiteral("confirmations"), confirmations}});
}

QJsonArray acknowledgementsToJson(const QList<Acknowledgement> &acknowledgements)
{
    QJsonArray array;
    for (const Acknowledgement &acknowledgement : acknowledgements) {
        QJsonObject object {{QStringLiteral("rule"), acknowledgement.rule},
            {QStringLiteral("field"), acknowledgement.field},
            {QStringLiteral("text"), acknowledgement.text},
            {QStringLiteral("reason"), acknowledgement.reason},
            {QStringLiteral("by"), acknowledgement.by},
            {QStringLiteral("at"), acknowledgement.at.toUTC().toString(Qt::ISODate)}};
        if (!acknowledgement.itemId.isEmpty())
            object.insert(QStringLiteral("item"), acknowledgement.itemId);
        if (acknowledgement.translated)
            object.insert(QStringLiteral("translated"), true);
        array.append(withUnknownKeys(acknowledgement.unknownKeys, object));
    }
    return array;
}

Sensitivity readSensitivity(JsonObjectReader &release, QJsonObject *unknownKeys)
{
    Sensitivity sensitivity;
    JsonObjectReader object = release.nested(QStringLiteral("sensitivity"));
    const QJsonArray matters = object.array(QStringLiteral("concerns"));
    for (qsizetype i = 0; i < matters.size() && !object.failed(); ++i) {
        const QString name = matters.at(i).toString();
        const std::optional<SensitiveMatter> matter = format::sensitiveMatterNamed(name);
        // An unknown matter is refused rather than dropped: a newer version's matter needs
        // safeguards this version cannot ask for, and approving without them would be worse.
        if (!matter)
            object.fail(QStringLiteral("concerns[%1]").arg(i),
                ManifestReader::tr(
                    "'%1' is not a sensitive matter (death, victim, young-person, court-case "
                    "or arrest)")
                    .arg(matters.at(i).isString() ? name : QStringLiteral("?")));
        else if (sensitivity.concerns(*matter))
            object.fail(QStringLiteral("concerns[%1]").arg(i),
                ManifestReader::tr("'%1' is named twice").arg(name));
        else
            sensitivity = sensitivity.withMatter(*matter, true);
    }
    object.readObjects(QStringLiteral("confirmations"), [&](JsonObjectReader &entry) {
        SafeguardConfirmation confirmation;
        const QString name = entry.string(QStringLiteral("safeguard"), Presence::Required);
        if (const auto safeguard = format::safeguardNamed(name))
            confirmation.safeguard = *safeguard;
        else if (!entry.failed())
            entry.fail(QStringLiteral("safeguard"),
                ManifestReader::tr(
                    "'%1' is not a safeguard (next-of-kin-told, consent-or-legal-basis, "
                    "no-suppression-order or name-release-cleared)")
                    .arg(name));
        confirmation.by = entry.string(QStringLiteral("by"), Presence::Required);
        if (!entry.failed() && confirmation.by.trimmed().isEmpty())
            entry.fail(QStringLiteral("by"), ManifestReader::tr("must name who confirmed it"));
        confirmation.at = entry.utcTime(QStringLiteral("at"), Presence::Required);
        if (!entry.failed() && sensitivity.confirmationOf(confirmation.safeguard))
            entry.fail(QStringLiteral("safeguard"),
                ManifestReader::tr("'%1' is confirmed twice").arg(name));
        confirmation.unknownKeys = entry.unknownKeys();
        sensitivity.confirmations.append(confirmation);
    });
    if (unknownKeys)
        *unknownKeys = object.unknownKeys();
    return sensitivity;
}

QList<Acknowledgement> readAcknowledgements(JsonObjectReader &release)
{
    QList<Acknowledgement> acknowledgements;
    release.readObjects(QStringLiteral("acknowledgements"), [&](JsonObjectReader &entry) {
        Acknowledgement acknowledgement;
        acknowledgement.rule = entry.string(QStringLiteral("rule"), Presence::Required);
        acknowledgement.field = entry.string(QStringLiteral("field"), Presence::Required);
        if (!entry.failed() && !fieldWithId(acknowledgement.field))
            entry.fail(QStringLiteral("field"),
                ManifestReader::tr("'%1' is not a field (such as body or quoteTitle)")
                    .arg(acknowledgement.field));
        acknowledgement.itemId = entry.string(QStringLiteral("item"));
        acknowledgement.translated = entry.boolean(QStringLiteral("translated"));
        acknowledgement.text = entry.string(QStringLiteral("text"));
        acknowledgement.reason = entry.string(QStringLiteral("reason"), Presence::Required);
        acknowledgement.by = entry.string(QStringLiteral("by"), Presence::Required);
        acknowledgement.at = entry.utcTime(QStringLiteral("at"), Presence::Required);
        acknowledgement.unknownKeys = entry.unknownKeys();
        acknowledgements.append(acknowledgement);
    });
    return acknowledgements;
}

} // namespace rd
