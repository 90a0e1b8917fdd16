#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace rd {

// What a release may concern that puts a person at risk if it goes out too soon or says too
// much. The officer marks it; each mark needs safeguards confirmed before approval.
enum class SensitiveMatter { Death, Victim, YoungPerson, CourtCase, Arrest };

// What someone has to confirm before a release that concerns a sensitive matter may go out.
enum class Safeguard {
    NextOfKinTold, // the family of a person who died has been told
    ConsentOrLegalBasis, // the person named, or their guardian, consented, or the law allows it
    NoSuppressionOrder, // no court order suppresses a name or a detail the release gives
    NameReleaseCleared, // naming the person has been cleared
};

struct SafeguardConfirmation
{
    Safeguard safeguard = Safeguard::NextOfKinTold;
    QString by; // who confirmed it
    QDateTime at; // UTC
    QJsonObject unknownKeys; // written by a newer Release Desk; kept so that saving loses nothing

    bool operator==(const SafeguardConfirmation &) const = default;
};

// The sensitive matters a release concerns and the safeguards confirmed for it. Part of what an
// approval approves: changing either returns an approved release to draft.
struct Sensitivity
{
    QList<SensitiveMatter> matters; // in the order of the enumeration, each once
    QList<SafeguardConfirmation> confirmations; // in the order they were given, each safeguard once

    bool isEmpty() const { return matters.isEmpty() && confirmations.isEmpty(); }
    bool concerns(SensitiveMatter matter) const { return matters.contains(matter); }
    const SafeguardConfirmation *confirmationOf(Safeguard safeguard) const;
    // The safeguards the marked matters need, in the order of the enumeration.
    QList<Safeguard> requiredSafeguards() const;
    QList<Safeguard> missingSafeguards() const;
    // The matters whose safeguards include this one.
    QList<SensitiveMatter> mattersNeeding(Safeguard safeguard) const;

    Sensitivity withMatter(SensitiveMatter matter, bool concerned) const;
    Sensitivity confirmed(const SafeguardConfirmation &confirmation) const;
    Sensitivity withdrawn(Safeguard safeguard) const;

    bool operator==(const Sensitivity &) const = default;
};

QList<SensitiveMatter> allSensitiveMatters();
QList<Safeguard> safeguardsFor(SensitiveMatter matter);

// Words for the officer: "a death", "next of kin told".
QString describe(SensitiveMatter matter);
QString describe(Safeguard safeguard);
// What the person confirming says, as the confirmation's question: "The next of kin have been
// told."
QString confirmationStatement(Safeguard safeguard);

} // namespace rd

Q_DECLARE_METATYPE(rd::Sensitivity)
