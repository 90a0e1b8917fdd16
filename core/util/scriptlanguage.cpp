#include "scriptlanguage.h"

#include <QHash>

#include <algorithm>

namespace rd {

namespace {

// Scripts with one language that a release would use them for.
QString languageWritten(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Arabic:
        return QStringLiteral("ar");
    case QChar::Script_Hebrew:
        return QStringLiteral("he");
    case QChar::Script_Greek:
        return QStringLiteral("el");
    case QChar::Script_Thai:
        return QStringLiteral("th");
    case QChar::Script_Hangul:
        return QStringLiteral("ko");
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return QStringLiteral("ja");
    case QChar::Script_Georgian:
        return QStringLiteral("ka");
    case QChar::Script_Armenian:
        return QStringLiteral("hy");
    case QChar::Script_Khmer:
        return QStringLiteral("km");
    case QChar::Script_Sinhala:
        return QStringLiteral("si");
    case QChar::Script_Tamil:
        return QStringLiteral("ta");
    default:
        return {};
    }
}

} // namespace

QString languageOfScript(QStringView text, const QString &paragraphLanguage)
{
    // Most text is Latin throughout, and needs no further look.
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x370; }))
        return {};
    // The script of most of the text's letters.
    QHash<QChar::Script, int> letters;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t c = QChar::isHighSurrogate(text.at(i).unicode()) && i + 1 < text.size()
            ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
            : text.at(i).unicode();
        if (c > 0xffff)
            ++i;
        if (QChar::isLetter(c))
            ++letters[QChar::script(c)];
    }
    QChar::Script script = QChar::Script_Unknown;
    int most = 0;
    for (auto it = letters.cbegin(); it != letters.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            script = it.key();
        }
    }
    const QString language = languageWritten(script);
    if (language.isEmpty())
        return {};
    // Japanese mixes kana with Han; a paragraph already in the language needs no mark.
    const QString paragraph = paragraphLanguage.section(QLatin1Char('-'), 0, 0).toLower();
    if (paragraph == language)
        return {};
    return language;
}

} // namespace rd
