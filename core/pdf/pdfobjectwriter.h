#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace rd {

// The object layer of a PDF file being written: numbered objects appended to one buffer, each
// one's offset noted for the cross-reference table that closes the file. Objects may be written
// in any order once their numbers are reserved, so that a page can name its fonts before they
// are written.
class PdfObjectWriter
{
public:
    explicit PdfObjectWriter(QByteArray *out, QByteArrayView version);

    int reserve();
    // Writes object id with a body (a dictionary, an array, a number...).
    void writeObject(int id, QByteArrayView body);
    // Writes object id as a stream: dictionary entries (without the << >>, and without /Length
    // or /Filter, which this adds) and the data, compressed with Flate when compress is set.
    void writeStream(int id, QByteArrayView entries, QByteArrayView data, bool compress = true);
    // The cross-reference table and trailer.
    void finish(int catalog, int info, const QByteArray &fileId);

    qsizetype size() const { return m_out->size(); }

private:
    QByteArray *m_out;
    QList<qsizetype> m_offsets; // by object number - 1; -1 while only reserved
};

// A number as PDF writes it: fixed point, no exponent, at most four decimals, no trailing zeros.
void appendNumber(QByteArray &out, double value);
QByteArray pdfNumber(double value);
// "/Name", with the characters a name cannot hold written as #xx.
QByteArray pdfName(QByteArrayView name);
// A text string: a literal of printable ASCII when it is one, else UTF-16BE with its byte order
// mark, as hexadecimal.
QByteArray pdfTextString(const QString &text);
// A byte string as a literal, its delimiters and backslashes escaped.
QByteArray pdfByteString(QByteArrayView bytes);
// "n 0 R".
QByteArray pdfReference(int id);

} // namespace rd
