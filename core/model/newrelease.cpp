#include "newrelease.h"

namespace rd {

Release newRelease(const QLocale &locale, const QDate &today)
{
    Release release;
    release.language = locale.bcp47Name();
    if (!release.language.contains(QLatin1Char('-')) && locale.territory() != QLocale::AnyTerritory)
        release.language += QLatin1Char('-') + QLocale::territoryToCode(locale.territory());
    // A system with no locale set (C or POSIX, as a locked-down workstation may be) names no
    // language; Qt reads it as "en", which would print dates the American way. International
    // English, with a region, is the safer guess, and the language step shows and changes it.
    if (locale.language() == QLocale::C)
        release.language = QStringLiteral("en-GB");
    release.dateline.date = today;
    release.endMarker
        = locale.territory() == QLocale::UnitedStates ? EndMarker::Hashes : EndMarker::Ends;
    Agency agency;
    agency.id = newItemId();
    release.agencies.append(agency);
    return release;
}

} // namespace rd
