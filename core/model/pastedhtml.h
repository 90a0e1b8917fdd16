#pragma once

#include "body.h"

#include <QString>

namespace rd {

// What a statement keeps of HTML pasted from a word processor or a web page: paragraphs, bulleted
// and numbered items, bold, italic and links to the web, e-mail or telephone; every other tag,
// style, image, script and comment is dropped. The HTML is only ever read as text here: nothing
// in it is loaded, and it never reaches a QTextDocument, which would resolve its images and
// style sheets by reading files.
Body bodyFromPastedHtml(const QString &html);

} // namespace rd
