#pragma once

#include <QString>

namespace rd {

// Whether a phone number as written is one that can be dialled in the given country (an ISO
// 3166 code such as "NZ"): a full number valid there, an international number ("+33 ...")
// valid in its own country, or a short number such as 105 or 111. By libphonenumber, whose
// tables know each country's numbering plan.
bool isDiallableNumber(const QString &number, const QString &country);

// The calling code of a country, such as 64 for "NZ"; 0 when unknown.
int countryCallingCode(const QString &country);

} // namespace rd
