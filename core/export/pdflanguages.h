#pragma once

#include <QByteArray>
#include <QString>

namespace rd {

// Names a PDF's language in its catalogue (/Lang), which screen readers and read-aloud go by and
// which QPdfWriter does not write: the catalogue that Qt wrote gains the key, and the
// cross-reference table its entries' new places. A tag that is not a plain BCP 47 tag (letters,
// digits and hyphens) is left out. False, and the PDF unchanged, when the PDF is not laid out as
// Qt writes it (one catalogue, one classic cross-reference table after it). A bilingual release's
// second language cannot be marked on its passages this way: that needs a tagged PDF's structure
// tree, which Qt's PDF writer does not make.
bool setDocumentLanguage(QByteArray &pdf, const QString &language);

} // namespace rd
