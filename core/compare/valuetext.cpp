#include "valuetext.h"

#include "model/release.h"
#include "project/formatnames.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Comparison)
};

QString embargoText(const Embargo &embargo)
{
    if (!embargo.embargoed)
        return Tr::tr("not embargoed");
    return Tr::tr("embargoed until %1 %2 (%3)")
        .arg(embargo.date.toString(Qt::ISODate), embargo.time.toString(QStringLiteral("HH:mm")),
            QString::fromUtf8(embargo.zone.id()));
}

QString sensitivityText(const Sensitivity &sensitivity)
{
    QStringList parts;
    for (SensitiveMatter matter : sensitivity.matters)
        parts.append(format::nameOf(matter));
    for (const SafeguardConfirmation &confirmation : sensitivity.confirmations)
        parts.append(Tr::tr("%1 confirmed by %2")
                         .arg(format::nameOf(confirmation.safeguard), confirmation.by));
    return parts.isEmpty() ? Tr::tr("none") : parts.join(QStringLiteral(", "));
}

} // namespace

QString valueText(const Release &release, Field field, const QVariant &value)
{
    switch (field) {
    case Field::Type:
        return format::nameOf(value.value<ReleaseType>());
    case Field::EndMarker:
        return endMarkerText(value.value<EndMarker>());
    case Field::Embargo:
        return embargoText(value.value<Embargo>());
    case Field::DatelineDate:
        return value.toDate().toString(Qt::ISODate);
    case Field::Body:
        return value.value<Body>().plainText();
    case Field::Sensitivity:
        return sensitivityText(value.value<Sensitivity>());
    case Field::TranslationLayout:
        return value.value<BilingualLayout>() == BilingualLayout::SideBySide
            ? Tr::tr("side by side")
            : Tr::tr("one after the other");
    case Field::AgencyLogo: {
        const Image logo = value.value<Image>();
        return logo.isNull()
            ? Tr::tr("no logo")
            : QStringLiteral("%1, SHA-256 %2").arg(logo.mediaType, logo.file.sha256().left(12));
    }
    case Field::AgencyHouseStyle: {
        const QJsonObject style = value.toJsonObject();
        return style.isEmpty()
            ? Tr::tr("the default house style")
            : QString::fromUtf8(QJsonDocument(style).toJson(QJsonDocument::Compact));
    }
    case Field::QuotePlacement:
        return value.toInt() > 0 ? Tr::tr("after paragraph %1").arg(value.toInt())
                                 : Tr::tr("after the statement");
    case Field::QuoteAgency:
    case Field::ContactAgency: {
        const QString id = value.toString();
        if (id.isEmpty())
            return Tr::tr("no agency");
        const Agency *agency = release.agency(id);
        return agency ? agency->name : id;
    }
    default:
        return value.toString();
    }
}

} // namespace rd
