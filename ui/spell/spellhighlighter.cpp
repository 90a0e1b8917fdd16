#include "spellhighlighter.h"

#include "spellchecker.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace rd {

namespace {

// Whether the word at [start, end) is part of a web or e-mail address, a file name or a code with
// digits in it, which are not spelt.
bool isInAddress(const QString &text, int start, int end)
{
    int tokenStart = start;
    while (tokenStart > 0 && !text.at(tokenStart - 1).isSpace())
        --tokenStart;
    int tokenEnd = end;
    while (tokenEnd < text.size() && !text.at(tokenEnd).isSpace())
        ++tokenEnd;
    const QString token = text.mid(tokenStart, tokenEnd - tokenStart);
    // "statement.pdf", "wharf-3.png," : a name, a dot and an extension, before any punctuation.
    static const QRegularExpression fileName(
        QStringLiteral("^[\\w\\-]+\\.[A-Za-z0-9]{2,5}[,;:.!?)\\]]*$"));
    // "KBP-2026-0412", "A1", "3rd", "COVID-19": codes and numbers, not words.
    const bool hasDigit
        = std::any_of(token.begin(), token.end(), [](QChar c) { return c.isDigit(); });
    return hasDigit || token.contains(QLatin1String("://")) || token.contains(QLatin1Char('@'))
        || token.startsWith(QLatin1String("www."), Qt::CaseInsensitive)
        || fileName.match(token).hasMatch();
}

} // namespace

QList<WordSpan> wordsIn(const QString &text)
{
    QList<WordSpan> words;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    int start = -1;
    while (finder.position() < text.size()) {
        if (finder.boundaryReasons() & QTextBoundaryFinder::StartOfItem)
            start = int(finder.position());
        if (finder.toNextBoundary() < 0)
            break;
        if ((finder.boundaryReasons() & QTextBoundaryFinder::EndOfItem) && start >= 0) {
            const int end = int(finder.position());
            if (text.at(start).isLetter() && !isInAddress(text, start, end))
                words.append({start, end - start});
            start = -1;
        }
    }
    return words;
}

SpellHighlighter::SpellHighlighter(SpellChecker *checker, QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_checker(checker)
{
    connect(checker, &SpellChecker::dictionaryChanged, this, &QSyntaxHighlighter::rehighlight);
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    if (!m_checker->isActive())
        return;
    QTextCharFormat misspelt;
    misspelt.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    misspelt.setUnderlineColor(QColor(0xc6, 0x28, 0x28));
    for (const WordSpan &word : wordsIn(text)) {
        if (!m_checker->isCorrect(text.mid(word.start, word.length)))
            setFormat(word.start, word.length, misspelt);
    }
}

} // namespace rd
