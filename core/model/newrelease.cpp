#include "newrelease.h"

namespace rd {

Release newRelease(const QLocale &locale, const QDate &today)
{
    Release release;
    release.language = locale.bcp47Name();
    if (!release.language.contains(QLatin1Char('-')) && locale.territory() != QLocale::AnyTerritory)
        release.language += QLatin1Char('-') + QLocale::territoryToCode(locale.territory());
    if (release.language == QLatin1String("C"))
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
