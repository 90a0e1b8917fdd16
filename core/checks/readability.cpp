#include "readability.h"

#include "checkcontext.h"
#include "textscan.h"

namespace rd {

namespace {

// Syllables as groups of vowels, the usual estimate; in English a final silent "e" ("stone") is not
// one, though "-le" ("table") is.
int syllablesOf(QStringView word, bool english)
{
    static const QString vowels = QStringLiteral("aeiouyàâäáéèêëíìîïóòôöúùûüýāēīōūœæ");
    int count = 0;
    bool inVowels = false;
    for (QChar c : word) {
        const bool vowel = vowels.contains(c.toLower());
        count += vowel && !inVowels ? 1 : 0;
        inVowels = vowel;
    }
    if (english && count > 1 && word.endsWith(QLatin1Char('e'), Qt::CaseInsensitive)
        && !word.endsWith(QLatin1String("le"), Qt::CaseInsensitive)
        && !word.endsWith(QLatin1String("ee"), Qt::CaseInsensitive))
        --count;
    return std::max(count, 1);
}

// Languages written without spaces between words, where counting words needs a dictionary.
bool hasUnspacedWords(const QString &language)
{
    static const QStringList unspaced {QStringLiteral("ja"), QStringLiteral("zh"),
        QStringLiteral("th"), QStringLiteral("lo"), QStringLiteral("km"), QStringLiteral("my")};
    return unspaced.contains(language);
}

std::optional<double> easeFormula(
    const QString &language, double wordsPerSentence, double syllablesPerWord)
{
    const double asl = wordsPerSentence;
    const double asw = syllablesPerWord;
    if (language == QLatin1String("en"))
        return 206.835 - 1.015 * asl - 84.6 * asw;
    if (language == QLatin1String("fr"))
        return 207 - 1.015 * asl - 73.6 * asw;
    if (language == QLatin1String("es"))
        return 206.84 - 60 * asw - 102 / asl;
    if (language == QLatin1String("de"))
        return 180 - asl - 58.5 * asw;
    if (language == QLatin1String("nl"))
        return 206.835 - 0.93 * asl - 77 * asw;
    if (language == QLatin1String("it"))
        return 217 - 1.3 * asl - 60 * asw;
    return std::nullopt;
}

QString languageOf(const Release &release)
{
    return release.language.section(QLatin1Char('-'), 0, 0).toLower();
}

} // namespace

namespace {

// A sentence of the statement: where it is in Body::plainText, and what it counts.
struct Sentence
{
    qsizetype position = 0;
    qsizetype length = 0;
    int words = 0;
    int syllables = 0;
};

// The statement's sentences, each segmented and counted once for every measure taken of them.
QList<Sentence> sentencesOfStatement(const QList<TextSpan> &statement, const QString &language)
{
    QList<Sentence> sentences;
    const bool english = language == QLatin1String("en");
    for (const TextSpan &span : statement) {
        for (const TextRange &range : sentencesOf(span.text)) {
            const QString text = span.text.mid(range.start, range.length);
            const QList<TextRange> words = wordsOf(text);
            if (words.isEmpty())
                continue;
            Sentence sentence {span.offset + range.start, range.length, int(words.size()), 0};
            for (const TextRange &word : words)
                sentence.syllables
                    += syllablesOf(QStringView(text).mid(word.start, word.length), english);
            sentences.append(sentence);
        }
    }
    return sentences;
}

Readability readabilityOf(const QList<Sentence> &sentences, const QString &language)
{
    Readability result;
    int syllables = 0;
    for (const Sentence &sentence : sentences) {
        ++result.sentences;
        result.words += sentence.words;
        syllables += sentence.syllables;
    }
    if (result.sentences == 0)
        return result;
    result.averageSentenceWords = double(result.words) / result.sentences;
    result.readingEase
        = easeFormula(language, result.averageSentenceWords, double(syllables) / result.words);
    return result;
}

} // namespace

Readability readabilityOf(const Release &release)
{
    const QString language = languageOf(release);
    if (hasUnspacedWords(language))
        return {};
    return readabilityOf(sentencesOfStatement(statementSpans(release), language), language);
}

void checkReadability(CheckContext &context)
{
    constexpr auto Advice = Finding::Severity::Advice;
    const FieldKey body {Field::Body, {}};
    if (hasUnspacedWords(context.language()))
        return;

    const QList<Sentence> sentences = sentencesOfStatement(context.statement, context.language());
    for (const Sentence &sentence : sentences) {
        if (sentence.words > context.style.maxSentenceWords)
            context.add(Advice, QStringLiteral("readability.long-sentence"), body,
                CheckText::tr("This sentence has %n words; the house limit is %1. Split it.",
                    nullptr, sentence.words)
                    .arg(context.style.maxSentenceWords),
                sentence.position, sentence.length);
    }

    // Scores of a few sentences say little; the house targets apply to a statement of some length.
    const Readability readability = readabilityOf(sentences, context.language());
    if (readability.words < 80)
        return;
    if (readability.readingEase && *readability.readingEase < context.style.minReadingEase)
        context.add(Advice, QStringLiteral("readability.ease"), body,
            CheckText::tr(
                "The statement's reading ease is %1; the house target is at least %2. Use "
                "shorter sentences and everyday words.")
                .arg(qRound(*readability.readingEase))
                .arg(context.style.minReadingEase));
    if (readability.averageSentenceWords > context.style.maxAverageSentenceWords)
        context.add(Advice, QStringLiteral("readability.sentence-length"), body,
            CheckText::tr(
                "The statement's sentences average %1 words; the house target is at most %2.")
                .arg(context.locale.toString(readability.averageSentenceWords, 'f', 1))
                .arg(context.style.maxAverageSentenceWords));
}

} // namespace rd
