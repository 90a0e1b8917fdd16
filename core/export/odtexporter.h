#pragma once

#include "render/composedrelease.h"
#include "render/pagesetup.h"
#include "util/error.h"

namespace rd {

// OpenDocument Text 1.2, written part by part with QXmlStreamWriter into a ZIP package: real
// headings (text:h with outline levels), lists, links, the logos with their agencies' names as
// alternative text, the document language, and right-to-left paragraphs set from the right. Its
// only images are the logos, from the project's own bytes.
Result<QByteArray> exportOdt(const ComposedRelease &release, Paper paper);

} // namespace rd
