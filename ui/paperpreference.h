#pragma once

#include "render/pagesetup.h"

#include <optional>

namespace rd {

// The paper the officer chose in Preferences for printing, exports and the preview, or none to
// follow the locale (US Letter in the letter countries, A4 elsewhere).
std::optional<Paper> chosenPaper();
void setChosenPaper(std::optional<Paper> paper);

// The paper to use: the one chosen, else the locale's.
Paper preferredPaper();

} // namespace rd
