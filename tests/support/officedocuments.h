#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Reading exported office documents back: the parts of a ZIP package, the text of a DOCX or an ODT
// as a reader would see it, and LibreOffice's conversions, as a newsroom's Word or Writer would
// open them.
namespace rd::test {

// An entry of a ZIP package as UTF-8 text; empty if there is no such entry.
QString zipEntryText(const QByteArray &zip, const QString &name);

// The text of a document's body, a line per paragraph, with its line breaks, tabs and spaces as
// they display (ODF's text:s and text:tab elements expanded). Image descriptions are left out.
QString odtText(const QByteArray &odt);
QString docxText(const QByteArray &docx);

// The headings of an OpenDocument text, "level:text" each, in order.
QStringList odtHeadings(const QString &contentXml);

// Converts a document with LibreOffice to another format (its file's bytes).
QByteArray convertedWithLibreOffice(const QByteArray &document, const QString &extension,
    const QString &targetExtension, QString *error);
// A document as LibreOffice prints it: the text of the PDF it makes.
QString convertedByLibreOffice(
    const QByteArray &document, const QString &extension, QString *error);

} // namespace rd::test
