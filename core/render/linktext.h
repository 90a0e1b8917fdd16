#pragma once

#include "composedrelease.h"

namespace rd {

// The address a link's text needs beside it where the link cannot be followed (paper, plain
// text): empty when the text already says where it goes ("harbour.example/updates" for
// https://harbour.example/updates, a number for its tel: link, an address for its mailto: link).
QString addressToShow(const Span &span);

} // namespace rd
