#pragma once

#include <QDateTime>
#include <QString>

namespace rd {

// A moment as the interface shows it, in one way everywhere: in the user's time zone and locale,
// the date written out and the time without seconds ("Thursday, 26 November 2026, 8:49 pm").
// The release's own dates follow its document language instead, and the embargo adds UTC.
QString localTime(const QDateTime &moment);

} // namespace rd
