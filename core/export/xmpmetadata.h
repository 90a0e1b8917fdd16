#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rd {

struct PdfMetadata
{
    QString title;
    QStringList authors;
    QString subject;
    QString creator; // "Release Desk 0.1.0"
    QString producer; // what Qt writes in the document information, "Qt 6.4.2"
    QStringList languages; // the document's, then a bilingual release's second
    bool pdfA = false;
};

// The XMP packet of an exported PDF. Qt 6.4's QPdfWriter cannot set an author or a subject, so
// they live here, beside the title, creator and producer that match the document information.
// The creation date is a placeholder of fixed length, which fillXmpCreateDate() replaces with
// the date Qt writes in the document information, once the PDF exists.
QByteArray xmpMetadata(const PdfMetadata &metadata);

// Replaces the placeholder in pdf in place (same length, so no offset in the file moves) with the
// document information's /CreationDate. Returns false when either is not found.
bool fillXmpCreateDate(QByteArray &pdf);

} // namespace rd
