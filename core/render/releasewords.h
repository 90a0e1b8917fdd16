#pragma once

#include "model/release.h"

#include <QString>
#include <QStringList>

namespace rd {

// The fixed words a release prints, in its document language rather than the interface's, so
// that an officer working in English can issue a release in French. One table per language,
// each written as that language's media releases say it; %1, %2, %3 stand for what the
// composer fills in.
struct ReleaseWords
{
    QString language; // the table's language: "en", "fr", "mi", "es", "de"

    QString forImmediateRelease;
    QString embargoedUntil; // %1: time, zone and date
    QString embargoWithoutLiftTime;
    QString notBefore; // %1: time in UTC, %2: date
    QString embargoBanner; // %1: local lift time, %2: time in UTC
    QString liftTime; // %1: time, %2: zone, %3: date
    QString draft; // the watermark
    QString draftNotice;
    QString reference; // %1
    QString updates; // %1: the earlier release's reference
    QString notesToEditors;
    QString mediaContacts;
    QString about; // %1: the agency's name
    QString theAgency; // the name of an agency that has none
    QString issuedBy; // %1
    QString attached; // before the list of attachments
    QString onePage;
    QString pages; // %1
    QString more; // at the foot of a page that goes on
    QString pageOf; // %1 of %2
    QString attachmentPage; // %1: attachment, %2 of %3
    QString attachment; // %1
    QString agenciesAndPartners; // %1: first agency, %2: how many more
    QString ends; // the "ENDS" marker; ### and -30- are the same everywhere
    QStringList releaseTypes; // in the order of ReleaseType

    QString typeName(ReleaseType type) const { return releaseTypes.value(int(type)); }
    QString endMarker(EndMarker marker) const;
};

// The words of a document language (a BCP 47 tag such as "fr-CA"); English for a language
// without a table of its own.
const ReleaseWords &releaseWords(const QString &language);

// The languages with a table of their own, as primary language subtags.
QStringList languagesWithReleaseWords();

} // namespace rd
