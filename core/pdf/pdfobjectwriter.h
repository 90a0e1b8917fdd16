#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace rd {

// The object layer of a PDF file being written: numbered objects appended to one buffer, each
// one's offset noted for the cross-reference table that closes the file. Objects may be written
// in any order once their numbers are reserved, so that a page can name its fonts before they
// are written.
class PdfObjectWriter
{
public:
    explicit PdfObjectWriter(QByteArray *out, QByteArrayView version);
    ~PdfObjectWriter();
    PdfObjectWriter(const PdfObjectWriter &) = delete;
    PdfObjectWriter &operator=(const PdfObjectWriter &) = delete;

    int reserve();
    // Writes object id with a body (a dictionary, an array, a number...).
    void writeObject(int id, QByteArrayView body);
    // Writes object id as a stream: dictionary entries (without the << >>, and without /Length
    // or /Filter, which this adds) and the data, compressed with Flate when compress is set.
    void writeStream(int id, QByteArrayView entries, QByteArrayView data, bool compress = true);
    // The same, compressed on a thread of Qt's global pool while the caller goes on to the next
    // page, and written by finish().
    void writeStreamSoon(int id, const QByteArray &entries, QByteArray data);
    // The cross-reference table and trailer.
    void finish(int catalog, int info, const QByteArray &fileId);

    qsizetype size() const { return m_out->size(); }

private:
    struct PendingStream;
    // Waits for the streams being compressed and writes them.
    void writePendingStreams();
    // A stream whose data is already compressed with Flate.
    void writePacked(int id, QByteArrayView entries, QByteArrayView packed);
    void writeObjectStream(int id, QByteArrayView entries, QByteArrayView data, bool flate);

    std::vector<std::unique_ptr<PendingStream>> m_pending;
    QByteArray *m_out;
    QList<qsizetype> m_offsets; // by object number - 1; -1 while only reserved
};

// A number as PDF writes it: fixed point, no exponent, at most four decimals, no trailing zeros.
void appendNumber(QByteArray &out, double value);
// The same into text, for writers that put their bytes together themselves; returns the length.
// Numbers beyond 10^14 are not written correctly: no page holds one.
constexpr int numberCapacity = 24;
int formatNumber(char (&text)[numberCapacity], double value);
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
void appendReference(QByteArray &out, int id);

} // namespace rd
