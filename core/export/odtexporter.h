#pragma once

#include "render/composedrelease.h"
#include "util/error.h"

namespace rd {

// OpenDocument Text through Qt's QTextDocumentWriter. The QTextDocument is built block by block
// with QTextCursor (never from HTML, which would let field text load local files), and its only
// images are the logos, registered as resources from the project's own bytes.
Result<QByteArray> exportOdt(const ComposedRelease &release);

} // namespace rd
