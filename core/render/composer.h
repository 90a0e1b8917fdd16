#pragma once

#include "composedrelease.h"

namespace rd {

// The release composed in its document language alone, its second language version (if any) left
// out: what composeRelease() makes of each language version.
ComposedRelease composeOneLanguage(const Release &release, const ComposeOptions &options);

} // namespace rd
