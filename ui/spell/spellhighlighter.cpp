#include "spellhighlighter.h"

#include "spellchecker.h"

#include <QTextBoundaryFinder>

namespace rd {

namespace {

// Whether the word at [start, end) is part of a web or e-mail address, which is not spelt.
bool isInAddress(const QString &text, int start, int end)
{
    int tokenStart = start;
    while (tokenStart > 0 && !text.at(tokenStart - 1).isSpace())
        --tokenStart;
    int tokenEnd = end;
    while (tokenEnd < text.size() && !text.at(tokenEnd).isSpace())
        ++tokenEnd;
    const QString token = text.mid(tokenStart, tokenEnd - tokenStart);
    return token.contains(QLatin1String("://")) || token.contains(QLatin1Char('@'))
        || token.startsWith(QLatin1String("www."), Qt::CaseInsensitive);
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
