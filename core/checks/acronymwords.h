#pragma once

#include <QString>

namespace rd {

// Words in capitals that are not acronyms to spell out: Roman numerals ("World War II"), units
// ("KPH"), time zones ("NZDT"), points of the compass ("NW"), and the words releases set in
// capitals ("ENDS", "UPDATE", "WHAT:").
bool isCapitalisedNonAcronym(const QString &word);

// Whether a word is an ISO 4217 currency code in common use ("NZD", "EUR"). It names a currency
// beside an amount ("NZD 2.4 million"); elsewhere it may be an acronym ("CAD" for computer-aided
// dispatch).
bool isCurrencyCode(const QString &word);

// Whether a word in capitals is te reo Māori: it has a macron, or (for a release in Māori) it is
// made of Māori syllables only.
bool isMaoriWord(const QString &word, bool releaseIsInMaori);

} // namespace rd
