#pragma once

#include "releasecomparison.h"

#include <QString>

namespace rd {

// One line for a difference, as `releasedesk compare` prints it and the plain-text summary of
// changes lists it: where, what happened, and the words removed and added ("headline: changed:
// removed "spill"; added "leak""), or the values before and after for what is not text.
QString summaryLine(const Difference &difference);

// Every difference, a line each.
QString changeSummary(const QList<Difference> &differences);

} // namespace rd
