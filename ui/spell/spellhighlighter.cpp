#include "spellhighlighter.h"

#include "spellchecker.h"

#include <QTextBoundaryFinder>

namespace rd {

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
            if (text.at(start).isLetter())
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
