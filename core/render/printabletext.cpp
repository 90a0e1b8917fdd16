#include "printabletext.h"

#include "composedrelease.h"

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

QString printableText(const QString &text)
{
    // Most text has nothing to drop, and is returned as it is, without a copy.
    QString printable;
    bool copying = false;
    for (qsizetype i = 0; i < text.size();) {
        const QChar unit = text.at(i);
        const bool pair
            = unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const char32_t c = pair ? QChar::surrogateToUcs4(unit, text.at(i + 1)) : unit.unicode();
        const qsizetype length = pair ? 2 : 1;
        if (isUnprintable(c)) {
            if (!copying)
                printable = text.left(i);
            copying = true;
        } else if (copying) {
            printable.append(QStringView(text).mid(i, length));
        }
        i += length;
    }
    return copying ? printable : text;
}

void makePrintable(ComposedRelease &composed)
{
    for (LetterheadEntry &entry : composed.letterhead)
        entry.name = printableText(entry.name);
    for (ComposedBlock &block : composed.blocks) {
        for (Span &span : block.spans)
            span.text = printableText(span.text);
    }
    for (QString *text : {&composed.title, &composed.subject, &composed.continuationHeader,
             &composed.shortContinuationHeader, &composed.watermark, &composed.draftNotice,
             &composed.embargoBanner}) {
        *text = printableText(*text);
    }
    for (QString &author : composed.authors)
        author = printableText(author);
}

} // namespace rd
