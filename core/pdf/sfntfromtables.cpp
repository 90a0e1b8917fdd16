#include "sfntfromtables.h"

#include <QList>
#include <QRawFont>
#include <QtEndian>

#include <algorithm>

namespace rd {

namespace {

// The sum of the table's big-endian 32-bit words, the last padded with zeros.
quint32 checksum(const QByteArray &table)
{
    quint32 sum = 0;
    const qsizetype whole = table.size() / 4;
    const char *data = table.constData();
    for (qsizetype i = 0; i < whole; ++i)
        sum += qFromBigEndian<quint32>(data + 4 * i);
    quint32 last = 0;
    for (qsizetype at = whole * 4; at < whole * 4 + 4; ++at)
        last = (last << 8) | (at < table.size() ? quint8(data[at]) : 0u);
    return table.size() % 4 ? sum + last : sum;
}

void appendBigEndian(QByteArray &out, quint32 value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        out.append(char((value >> (8 * i)) & 0xff));
}

} // namespace

QByteArray sfntFromTables(const QRawFont &font)
{
    // What drawing, measuring and subsetting read; layout tables are left behind, as the glyphs
    // are already shaped.
    static const char *const wanted[] = {"CFF ", "OS/2", "cmap", "cvt ", "fpgm", "glyf", "head",
        "hhea", "hmtx", "loca", "maxp", "name", "post", "prep", "VORG", "vhea", "vmtx"};
    struct Table
    {
        QByteArray tag;
        QByteArray data;
    };
    QList<Table> tables;
    for (const char *tag : wanted) {
        const QByteArray data = font.fontTable(tag);
        if (!data.isEmpty())
            tables.append({QByteArray(tag, 4), data});
    }
    const auto has = [&](const char *tag) {
        return std::any_of(
            tables.begin(), tables.end(), [&](const Table &t) { return t.tag == tag; });
    };
    const bool trueType = has("glyf") && has("loca");
    if ((!trueType && !has("CFF ")) || !has("head") || !has("hmtx") || !has("maxp"))
        return {};

    // The table directory is searched by tag, so it is sorted by tag.
    std::sort(
        tables.begin(), tables.end(), [](const Table &a, const Table &b) { return a.tag < b.tag; });
    const quint16 count = quint16(tables.size());
    quint16 power = 1;
    quint16 log2 = 0;
    while (power * 2 <= count) {
        power *= 2;
        ++log2;
    }
    QByteArray out;
    appendBigEndian(out, trueType ? 0x00010000 : 0x4F54544F, 4); // or 'OTTO'
    appendBigEndian(out, count, 2);
    appendBigEndian(out, power * 16u, 2);
    appendBigEndian(out, log2, 2);
    appendBigEndian(out, count * 16u - power * 16u, 2);
    quint32 offset = 12 + 16u * count;
    for (Table &table : tables) {
        if (table.tag == "head" && table.data.size() >= 12)
            qToBigEndian<quint32>(0, table.data.data() + 8); // checkSumAdjustment, as the spec says
        appendBigEndian(out, qFromBigEndian<quint32>(table.tag.constData()), 4);
        appendBigEndian(out, checksum(table.data), 4);
        appendBigEndian(out, offset, 4);
        appendBigEndian(out, quint32(table.data.size()), 4);
        offset += quint32((table.data.size() + 3) & ~3);
    }
    for (const Table &table : tables) {
        out.append(table.data);
        out.append(QByteArray((4 - table.data.size() % 4) % 4, '\0'));
    }
    return out;
}

} // namespace rd
