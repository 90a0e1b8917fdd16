#pragma once

#include "exportoptions.h"
#include "util/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace rd {

struct Release;

// A media kit: the release as PDF, plain text and HTML, and every attachment as its own
// full-size file, because many journalists want the text in the e-mail body and the photos
// separately rather than inside a PDF. A bilingual release's kit holds the PDF with both
// languages, and each language alone as PDF, text and HTML ("KBP-2026-0412.mi-NZ.txt").
struct KitFile
{
    QString path; // relative, such as "attachments/wharf.jpg"
    QByteArray data;
};

Result<QList<KitFile>> mediaKitFiles(const Release &release, const ExportOptions &options);

// Writes the kit into a new folder at path, which must not exist yet: the files go into a hidden
// folder beside it, which is renamed to path only when all are written.
Status writeMediaKitFolder(const QList<KitFile> &files, const QString &path);
Result<QByteArray> mediaKitZip(const QList<KitFile> &files);

} // namespace rd
