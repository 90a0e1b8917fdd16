#include "pdfobjectwriter.h"

#include <QMutex>
#include <QRunnable>
#include <QSemaphore>
#include <QThreadPool>

#include <libdeflate.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace rd {

namespace {

// Flate as PDF's FlateDecode reads it: a zlib stream. libdeflate compresses as tightly as zlib's
// default level in about two thirds of its time, or less. One compressor serves the process: its
// tables (660 KiB) cost more to make than a page does to compress, and are too large to keep one
// for every thread that compresses, which take turns instead.
QByteArray deflated(QByteArrayView data)
{
    struct Compressor
    {
        libdeflate_compressor *compressor = libdeflate_alloc_compressor(6);
        QMutex mutex;
        ~Compressor() { libdeflate_free_compressor(compressor); }
    };
    static Compressor kept;
    if (!kept.compressor)
        return {};
    const QMutexLocker locker(&kept.mutex);
    QByteArray out(qsizetype(libdeflate_zlib_compress_bound(kept.compressor, size_t(data.size()))),
        Qt::Uninitialized);
    const size_t size = libdeflate_zlib_compress(
        kept.compressor, data.data(), size_t(data.size()), out.data(), size_t(out.size()));
    if (size == 0)
        return {};
    out.truncate(qsizetype(size));
    return out;
}

} // namespace

struct PdfObjectWriter::PendingStream : QRunnable
{
    PendingStream(int id, const QByteArray &entries, QByteArray data)
        : id(id)
        , entries(entries)
        , data(std::move(data))
    {
        setAutoDelete(false); // the writer keeps it until it is written
    }
    void run() override
    {
        packed = deflated(data);
        if (!packed.isEmpty())
            data = QByteArray(); // kept only to be written as it is should compressing fail
        done.release();
    }
    // Waits until it is compressed, compressing it on this thread if no pool thread has begun.
    void finish()
    {
        if (QThreadPool::globalInstance()->tryTake(this))
            run();
        done.acquire();
    }

    int id;
    QByteArray entries;
    QByteArray data;
    QByteArray packed;
    QSemaphore done;
};

PdfObjectWriter::PdfObjectWriter(QByteArray *out, QByteArrayView version)
    : m_out(out)
{
    // The comment of bytes above 127 tells transfer programs that the file is binary.
    m_out->append("%PDF-");
    m_out->append(version);
    m_out->append("\n%\xe2\xe3\xcf\xd3\n");
}

PdfObjectWriter::~PdfObjectWriter()
{
    // No pool thread may be left compressing into a stream that is gone.
    for (const std::unique_ptr<PendingStream> &stream : m_pending)
        stream->finish();
}

void PdfObjectWriter::writeStreamSoon(int id, const QByteArray &entries, QByteArray data)
{
    m_pending.push_back(std::make_unique<PendingStream>(id, entries, std::move(data)));
    QThreadPool::globalInstance()->start(m_pending.back().get());
}

void PdfObjectWriter::writePendingStreams()
{
    // All at the end, in the order given, whenever each was compressed: the same release makes
    // the same file.
    for (const std::unique_ptr<PendingStream> &stream : m_pending) {
        stream->finish();
        if (stream->packed.isEmpty() && !stream->data.isEmpty())
            writeStream(stream->id, stream->entries, stream->data, false);
        else
            writePacked(stream->id, stream->entries, stream->packed);
    }
    m_pending.clear();
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
    if (compress) {
        if (const QByteArray packed = deflated(data); !packed.isEmpty() || data.isEmpty()) {
            writePacked(id, entries, packed);
            return;
        }
    }
    writeObjectStream(id, entries, data, false);
}

void PdfObjectWriter::writePacked(int id, QByteArrayView entries, QByteArrayView packed)
{
    writeObjectStream(id, entries, packed, true);
}

void PdfObjectWriter::writeObjectStream(
    int id, QByteArrayView entries, QByteArrayView data, bool flate)
{
    m_offsets[id - 1] = m_out->size();
    m_out->append(QByteArray::number(id));
    m_out->append(" 0 obj\n<<");
    m_out->append(entries);
    m_out->append(" /Length ");
    m_out->append(QByteArray::number(data.size()));
    if (flate)
        m_out->append(" /Filter /FlateDecode");
    m_out->append(">>\nstream\n");
    m_out->append(data);
    m_out->append("\nendstream\nendobj\n");
}

void PdfObjectWriter::finish(int catalog, int info, const QByteArray &fileId)
{
    writePendingStreams();
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

int formatNumber(char (&text)[numberCapacity], double value)
{
    // Four decimals are a ten-thousandth of a point, well below what any device can show. The
    // digits are written from the end backwards and moved to the front once.
    long long scaled = std::llround(value * 10000);
    char *const end = text + numberCapacity;
    char *start = end;
    const bool negative = scaled < 0;
    if (negative)
        scaled = -scaled;
    long long fraction = scaled % 10000;
    if (fraction != 0) {
        int places = 4;
        while (fraction % 10 == 0) {
            fraction /= 10;
            --places;
        }
        for (int i = 0; i < places; ++i) {
            *--start = char('0' + fraction % 10);
            fraction /= 10;
        }
        *--start = '.';
    }
    long long whole = scaled / 10000;
    do {
        *--start = char('0' + whole % 10);
        whole /= 10;
    } while (whole > 0);
    if (negative)
        *--start = '-';
    const int length = int(end - start);
    std::memmove(text, start, size_t(length));
    return length;
}

void appendNumber(QByteArray &out, double value)
{
    char text[numberCapacity];
    out.append(text, formatNumber(text, value));
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
    QByteArray out;
    appendReference(out, id);
    return out;
}

void appendReference(QByteArray &out, int id)
{
    appendNumber(out, id);
    out.append(" 0 R");
}

} // namespace rd
