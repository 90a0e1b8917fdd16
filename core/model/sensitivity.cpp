#include "sensitivity.h"

#include <QCoreApplication>

#include <algorithm>

namespace rd {

namespace {

struct SensitivityText
{
    Q_DECLARE_TR_FUNCTIONS(Sensitivity)
};

constexpr Safeguard allSafeguards[] = {Safeguard::NextOfKinTold, Safeguard::ConsentOrLegalBasis,
    Safeguard::NoSuppressionOrder, Safeguard::NameReleaseCleared};

} // namespace

QList<SensitiveMatter> allSensitiveMatters()
{
    return {SensitiveMatter::Death, SensitiveMatter::Victim, SensitiveMatter::YoungPerson,
        SensitiveMatter::CourtCase, SensitiveMatter::Arrest};
}

QList<Safeguard> safeguardsFor(SensitiveMatter matter)
{
    // What a media unit's policy asks before each kind of release goes out: a death is never
    // published before the family knows; a victim or a young person is named only with consent or
    // a legal basis; a court case or an arrest may be under a suppression order; and a name is
    // released only once that is cleared.
    switch (matter) {
    case SensitiveMatter::Death:
        return {Safeguard::NextOfKinTold, Safeguard::NameReleaseCleared};
    case SensitiveMatter::Victim:
        return {Safeguard::ConsentOrLegalBasis, Safeguard::NoSuppressionOrder};
    case SensitiveMatter::YoungPerson:
        return {Safeguard::ConsentOrLegalBasis, Safeguard::NameReleaseCleared};
    case SensitiveMatter::CourtCase:
        return {Safeguard::NoSuppressionOrder};
    case SensitiveMatter::Arrest:
        return {Safeguard::NoSuppressionOrder, Safeguard::NameReleaseCleared};
    }
    return {};
}

const SafeguardConfirmation *Sensitivity::confirmationOf(Safeguard safeguard) const
{
    for (const SafeguardConfirmation &confirmation : confirmations) {
        if (confirmation.safeguard == safeguard)
            return &confirmation;
    }
    return nullptr;
}

QList<Safeguard> Sensitivity::requiredSafeguards() const
{
    QList<Safeguard> required;
    for (Safeguard safeguard : allSafeguards) {
        if (!mattersNeeding(safeguard).isEmpty())
            required.append(safeguard);
    }
    return required;
}

QList<Safeguard> Sensitivity::missingSafeguards() const
{
    QList<Safeguard> missing;
    for (Safeguard safeguard : requiredSafeguards()) {
        if (!confirmationOf(safeguard))
            missing.append(safeguard);
    }
    return missing;
}

QList<SensitiveMatter> Sensitivity::mattersNeeding(Safeguard safeguard) const
{
    QList<SensitiveMatter> needing;
    for (SensitiveMatter matter : matters) {
        if (safeguardsFor(matter).contains(safeguard))
            needing.append(matter);
    }
    return needing;
}

Sensitivity Sensitivity::withMatter(SensitiveMatter matter, bool concerned) const
{
    Sensitivity changed = *this;
    changed.matters.removeAll(matter);
    if (concerned) {
        changed.matters.append(matter);
        std::sort(changed.matters.begin(), changed.matters.end());
    }
    return changed;
}

Sensitivity Sensitivity::confirmed(const SafeguardConfirmation &confirmation) const
{
    Sensitivity changed = withdrawn(confirmation.safeguard);
    changed.confirmations.append(confirmation);
    return changed;
}

Sensitivity Sensitivity::withdrawn(Safeguard safeguard) const
{
    Sensitivity changed = *this;
    changed.confirmations.removeIf(
        [&](const SafeguardConfirmation &c) { return c.safeguard == safeguard; });
    return changed;
}

QString describe(SensitiveMatter matter)
{
    switch (matter) {
    case SensitiveMatter::Death:
        return SensitivityText::tr("a death");
    case SensitiveMatter::Victim:
        return SensitivityText::tr("a victim");
    case SensitiveMatter::YoungPerson:
        return SensitivityText::tr("a young person");
    case SensitiveMatter::CourtCase:
        return SensitivityText::tr("a court case");
    case SensitiveMatter::Arrest:
        return SensitivityText::tr("an arrest");
    }
    return {};
}

QString describe(Safeguard safeguard)
{
    switch (safeguard) {
    case Safeguard::NextOfKinTold:
        return SensitivityText::tr("next of kin told");
    case Safeguard::ConsentOrLegalBasis:
        return SensitivityText::tr("consent or legal basis");
    case Safeguard::NoSuppressionOrder:
        return SensitivityText::tr("no suppression order applies");
    case Safeguard::NameReleaseCleared:
        return SensitivityText::tr("name release cleared");
    }
    return {};
}

QString confirmationStatement(Safeguard safeguard)
{
    switch (safeguard) {
    case Safeguard::NextOfKinTold:
        return SensitivityText::tr("The next of kin have been told.");
    case Safeguard::ConsentOrLegalBasis:
        return SensitivityText::tr(
            "Each person the release identifies, or their guardian, has consented, or the law "
            "allows it without consent.");
    case Safeguard::NoSuppressionOrder:
        return SensitivityText::tr(
            "No suppression order applies to any name or detail the release gives.");
    case Safeguard::NameReleaseCleared:
        return SensitivityText::tr("Releasing each name in the release has been cleared.");
    }
    return {};
}

} // namespace rd
