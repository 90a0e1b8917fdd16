#pragma once

#include "render/composedrelease.h"

#include <QByteArray>

namespace rd {

// A bilingual release is written one language after the other in both, whatever its layout: two
// columns of text would not survive an e-mail program's proportional font or a narrow screen.

// Plain text wrapped at 72 columns, for pasting into the body of an e-mail: UTF-8, no markup,
// links written out beside their text, list items and quotes indented.
QByteArray exportPlainText(const ComposedRelease &release);

// Markdown (CommonMark). Every character of field text that Markdown would read as syntax is
// escaped, so that the text comes out exactly as it was typed.
QByteArray exportMarkdown(const ComposedRelease &release);

// Wraps text at width columns, breaking at spaces (a word longer than a line is cut), each line
// after the first starting with indent.
QStringList wrapText(
    const QString &text, int width, const QString &firstIndent, const QString &indent);

} // namespace rd
