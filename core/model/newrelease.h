#pragma once

#include "release.h"

#include <QLocale>

namespace rd {

// The release a "New" starts from: one empty agency, the dateline dated today, the document
// language and the end marker that the officer's locale suggests ("###" in the United States,
// "ENDS" elsewhere).
Release newRelease(const QLocale &locale, const QDate &today);

} // namespace rd
