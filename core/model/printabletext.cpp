#include "printabletext.h"

#include <QChar>
#include <QStringView>

namespace rd {

bool isUnprintable(char32_t c)
{
    if (c == U'\t' || c == U'\n')
        return false;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    if (c >= 0x202a && c <= 0x202e)
        return true;
    if (QChar::isSurrogate(c) || c > QChar::LastValidCodePoint)
        return true;
    return QChar::isNonCharacter(c);
}

namespace {

// The code point at i, and how many UTF-16 units it takes: half a surrogate pair is a code point
// of its own here, and an unprintable one.
std::pair<char32_t, qsizetype> codePointAt(const QString &text, qsizetype i)
{
    const QChar unit = text.at(i);
    if (unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return {QChar::surrogateToUcs4(unit, text.at(i + 1)), 2};
    return {unit.unicode(), 1};
}

} // namespace

std::pair<qsizetype, qsizetype> firstUnprintable(const QString &text)
{
    for (qsizetype i = 0; i < text.size();) {
        const auto [c, length] = codePointAt(text, i);
        if (isUnprintable(c))
            return {i, length};
        i += length;
    }
    return {-1, 0};
}

QString printableText(const QString &text)
{
    // Most text has nothing to drop, and is returned as it is, without a copy.
    qsizetype i = firstUnprintable(text).first;
    if (i < 0)
        return text;
    QString printable = text.left(i);
    while (i < text.size()) {
        const auto [c, length] = codePointAt(text, i);
        if (!isUnprintable(c))
            printable.append(QStringView(text).mid(i, length));
        i += length;
    }
    return printable;
}

} // namespace rd
