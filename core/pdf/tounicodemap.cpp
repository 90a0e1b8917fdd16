#include "tounicodemap.h"

#include <QList>

#include <algorithm>

namespace rd {

namespace {

QByteArray utf16Hex(const QString &text)
{
    QByteArray hex;
    for (QChar c : text)
        hex.append(QByteArray::number(c.unicode(), 16).rightJustified(4, '0'));
    return hex.toUpper();
}

QByteArray glyphHex(quint32 glyph)
{
    return QByteArray::number(glyph, 16).rightJustified(4, '0').toUpper();
}

} // namespace

QByteArray toUnicodeMap(const QMap<quint32, QString> &glyphTexts)
{
    QByteArray map("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                   "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                   "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                   "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    QList<QByteArray> entries;
    for (auto it = glyphTexts.cbegin(); it != glyphTexts.cend(); ++it) {
        const QString text = it.value().isEmpty() ? QStringLiteral("\uFFFD") : it.value();
        entries.append('<' + glyphHex(it.key()) + "> <" + utf16Hex(text) + ">\n");
    }
    // A bfchar block holds at most 100 entries.
    for (qsizetype i = 0; i < entries.size(); i += 100) {
        const qsizetype n = std::min<qsizetype>(100, entries.size() - i);
        map += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype j = i; j < i + n; ++j)
            map += entries.at(j);
        map += "endbfchar\n";
    }
    map += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return map;
}

} // namespace rd
