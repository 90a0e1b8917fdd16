#pragma once

#include "render/composedrelease.h"

#include <QByteArray>

namespace rd {

// One self-contained HTML file: logos inlined as data: URIs, styles inline, every piece of field
// text escaped, no script, and a Content-Security-Policy that forbids loading anything at all, so
// that opening it in a browser contacts no host and reads no file.
QByteArray exportHtml(const ComposedRelease &release);

} // namespace rd
