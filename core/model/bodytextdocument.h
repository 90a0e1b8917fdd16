#pragma once

#include "body.h"

#include <QTextCharFormat>

class QTextCursor;
class QTextDocument;

namespace rd {

// Formats used when a body is written into a QTextDocument; the renderer sets fonts and colours,
// the editor keeps the defaults.
struct BodyTextFormats
{
    QTextCharFormat text;
    QTextCharFormat link; // merged over text for links
    qreal paragraphSpacing = 0;
};

// Writes body at cursor, block by block, with QTextCursor::insertText. The body never becomes HTML
// or Markdown on the way, because a QTextDocument given HTML resolves <img> and CSS url() by
// reading local files.
void insertBody(QTextCursor &cursor, const Body &body, const BodyTextFormats &formats = {});

// Reads a body back from an edited document: paragraphs and list items with bold, italic and links;
// every other formatting is dropped, and so are empty paragraphs and links to anything but the web,
// e-mail or telephone.
Body bodyFromTextDocument(const QTextDocument &document);

} // namespace rd
