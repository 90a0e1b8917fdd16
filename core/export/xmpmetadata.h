#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rd {

// Which PDF/A part and level the metadata claims, if any.
enum class PdfAIdentification { None, A1b, A3a };

struct PdfMetadata
{
    QString title;
    QStringList authors;
    QString subject;
    QString creator; // "Release Desk 0.1.0"
    QString producer; // the same, as the document information says it
    QStringList languages; // the document's, then a bilingual release's second
    QDateTime created;
    PdfAIdentification pdfA = PdfAIdentification::None;
};

// The XMP packet of an exported PDF: title, agencies, subject, languages, dates, the PDF/UA-1
// identification that every tagged release carries, and where the file is also PDF/A, its part
// and level, with the extension schema that PDF/A asks for to declare PDF/UA's namespace.
QByteArray xmpMetadata(const PdfMetadata &metadata);

} // namespace rd
