#pragma once

#include "render/composedrelease.h"
#include "render/pagesetup.h"
#include "util/error.h"

namespace rd {

// Office Open XML (Word) for wires and newsrooms that take Word files: one paragraph style per
// kind of block, made from the same house style as the PDF; bold, italic, lists, links and the
// logos. Written with libzip.
Result<QByteArray> exportDocx(const ComposedRelease &release, Paper paper);

} // namespace rd
