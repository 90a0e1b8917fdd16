#pragma once

#include <QSyntaxHighlighter>

namespace rd {

class SpellChecker;

// Underlines misspelt words in a text document, as the user types.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    SpellHighlighter(SpellChecker *checker, QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    SpellChecker *m_checker;
};

// The words of text with their positions, as spelling sees them (not those of web and e-mail
// addresses).
struct WordSpan
{
    int start;
    int length;
};
QList<WordSpan> wordsIn(const QString &text);

} // namespace rd
