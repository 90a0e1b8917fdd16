#include "pdflanguages.h"

#include <QList>
#include <QRegularExpression>

namespace rd {

namespace {

constexpr qsizetype xrefEntrySize = 20; // "0000000015 00000 n \n", as the PDF format fixes it

} // namespace

bool setDocumentLanguage(QByteArray &pdf, const QString &language)
{
    static const QRegularExpression plainTag(QStringLiteral("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"));
    if (!plainTag.match(language).hasMatch())
        return true; // nothing a PDF string could hold as it is

    const qsizetype catalog = pdf.indexOf("/Type /Catalog");
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (catalog < 0 || startxref < 0 || pdf.indexOf("/Type /Catalog", catalog + 1) >= 0)
        return false;
    // Where the table is, and that it is one classic table after the catalogue.
    const qsizetype numberStart = startxref + qsizetype(sizeof("startxref"));
    const qsizetype numberEnd = pdf.indexOf('\n', numberStart);
    bool ok = false;
    const qsizetype table = pdf.mid(numberStart, numberEnd - numberStart).trimmed().toLongLong(&ok);
    if (!ok || table <= catalog || !pdf.mid(table).startsWith("xref\n"))
        return false;
    const qsizetype headerEnd = pdf.indexOf('\n', table + 5);
    const QList<QByteArray> header = pdf.mid(table + 5, headerEnd - table - 5).trimmed().split(' ');
    const qsizetype count
        = header.size() == 2 && header.at(0) == "0" ? header.at(1).toLongLong() : 0;
    const qsizetype entries = headerEnd + 1;
    if (count <= 0 || entries + count * xrefEntrySize > startxref)
        return false;

    const QByteArray key = "\n/Lang (" + language.toLatin1() + ")";
    const qsizetype at = catalog + qsizetype(sizeof("/Type /Catalog")) - 1;
    const qsizetype shift = key.size();
    // Every object after the catalogue moves by the key's length.
    for (qsizetype i = 0; i < count; ++i) {
        const qsizetype entry = entries + i * xrefEntrySize;
        if (pdf.at(entry + 17) != 'n')
            continue;
        const qsizetype offset = pdf.mid(entry, 10).toLongLong(&ok);
        if (!ok)
            return false;
        if (offset > at)
            pdf.replace(entry, 10, QByteArray::number(offset + shift).rightJustified(10, '0'));
    }
    pdf.replace(numberStart, numberEnd - numberStart, QByteArray::number(table + shift));
    pdf.insert(at, key);
    return true;
}

} // namespace rd
