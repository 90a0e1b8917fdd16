#include "pdfobjectwriter.h"

#include <zlib.h>

#include <algorithm>
#include <cmath>

namespace rd {

namespace {

// Flate as PDF's FlateDecode reads it: a zlib stream. Speed matters more here than the last few
// per cent of size: a release's content streams are small and its images are mostly JPEG.
QByteArray deflated(QByteArrayView data)
{
    QByteArray out;
    uLongf size = compressBound(uLong(data.size()));
    out.resize(qsizetype(size));
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &size,
            reinterpret_cast<const Bytef *>(data.data()), uLong(data.size()), 6)
        != Z_OK)
        return {};
    out.resize(qsizetype(size));
    return out;
}

} // namespace

PdfObjectWriter::PdfObjectWriter(QByteArray *out, QByteArrayView version)
    : m_out(out)
{
    // The comment of bytes above 127 tells transfer programs that the file is binary.
    m_out->append("%PDF-");
    m_out->append(version);
    m_out->append("\n%\xe2\xe3\xcf\xd3\n");
}

int PdfObjectWriter::reserve()
{
    m_offsets.append(-1);
    return int(m_offsets.size());
}

void PdfObjectWriter::writeObject(int id, QByteArrayView body)
{
    m_offsets[id - 1] = m_out->size();
    m_out->append(QByteArray::number(id));
    m_out->append(" 0 obj\n");
    m_out->append(body);
    m_out->append("\nendobj\n");
}

void PdfObjectWriter::writeStream(
    int id, QByteArrayView entries, QByteArrayView data, bool compress)
{
    QByteArray packed;
    if (compress) {
        packed = deflated(data);
        if (packed.isEmpty() && !data.isEmpty())
            compress = false;
        else
            data = packed;
    }
    m_offsets[id - 1] = m_out->size();
    m_out->append(QByteArray::number(id));
    m_out->append(" 0 obj\n<<");
    m_out->append(entries);
    m_out->append(" /Length ");
    m_out->append(QByteArray::number(data.size()));
    if (compress)
        m_out->append(" /Filter /FlateDecode");
    m_out->append(">>\nstream\n");
    m_out->append(data);
    m_out->append("\nendstream\nendobj\n");
}

void PdfObjectWriter::finish(int catalog, int info, const QByteArray &fileId)
{
    const qsizetype table = m_out->size();
    m_out->append("xref\n0 ");
    m_out->append(QByteArray::number(m_offsets.size() + 1));
    m_out->append("\n0000000000 65535 f \n");
    for (qsizetype offset : std::as_const(m_offsets)) {
        // An object reserved and never written is free.
        if (offset < 0)
            m_out->append("0000000000 65535 f \n");
        else
            m_out->append(QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n");
    }
    const QByteArray id = '<' + fileId.toHex() + '>';
    m_out->append("trailer\n<< /Size " + QByteArray::number(m_offsets.size() + 1) + " /Root "
        + pdfReference(catalog) + " /Info " + pdfReference(info) + " /ID [" + id + ' ' + id
        + "] >>\nstartxref\n" + QByteArray::number(table) + "\n%%EOF\n");
}

void appendNumber(QByteArray &out, double value)
{
    // Four decimals are a ten-thousandth of a point, well below what any device can show.
    long long scaled = std::llround(value * 10000);
    if (scaled < 0) {
        out.append('-');
        scaled = -scaled;
    }
    const long long whole = scaled / 10000;
    long long fraction = scaled % 10000;
    char digits[24];
    int n = 0;
    long long rest = whole;
    do {
        digits[n++] = char('0' + rest % 10);
        rest /= 10;
    } while (rest > 0);
    while (n > 0)
        out.append(digits[--n]);
    if (fraction == 0)
        return;
    int places = 4;
    while (fraction % 10 == 0) {
        fraction /= 10;
        --places;
    }
    out.append('.');
    char decimals[4];
    for (int i = places - 1; i >= 0; --i) {
        decimals[i] = char('0' + fraction % 10);
        fraction /= 10;
    }
    out.append(decimals, places);
}

QByteArray pdfNumber(double value)
{
    QByteArray out;
    appendNumber(out, value);
    return out;
}

QByteArray pdfName(QByteArrayView name)
{
    QByteArray out("/");
    for (char c : name) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x21 || byte > 0x7e || QByteArrayView("#()<>[]{}/%").contains(c)) {
            out.append('#');
            out.append(QByteArray::number(byte, 16).rightJustified(2, '0'));
        } else {
            out.append(c);
        }
    }
    return out;
}

QByteArray pdfByteString(QByteArrayView bytes)
{
    QByteArray out("(");
    for (char c : bytes) {
        if (c == '(' || c == ')' || c == '\\')
            out.append('\\');
        if (c == '\r') {
            out.append("\\r");
            continue;
        }
        out.append(c);
    }
    out.append(')');
    return out;
}

QByteArray pdfTextString(const QString &text)
{
    const bool plain = std::all_of(text.begin(), text.end(),
        [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
    if (plain)
        return pdfByteString(text.toLatin1());
    QByteArray utf16("\xfe\xff", 2);
    for (QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xff));
    }
    return '<' + utf16.toHex() + '>';
}

QByteArray pdfReference(int id)
{
    return QByteArray::number(id) + " 0 R";
}

} // namespace rd
