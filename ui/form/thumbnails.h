#pragma once

#include <QIcon>

namespace rd {

struct Attachment;

// A small picture of an attachment for its list: the first page of a PDF (through Qt's Pdf
// module), the image itself, or the file type's icon. Made once per file content.
QIcon attachmentThumbnail(const Attachment &attachment);

} // namespace rd
