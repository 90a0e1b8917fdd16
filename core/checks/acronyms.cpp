#include "acronymwords.h"
#include "checkcontext.h"
#include "textscan.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace rd {

namespace {

// A place in the release's reading order: which span, and where in it.
struct ReadingPosition
{
    qsizetype span = 0;
    qsizetype at = 0;

    bool operator<(const ReadingPosition &other) const
    {
        return span != other.span ? span < other.span : at < other.at;
    }
};

// A word in capitals, with a plural or possessive ending set apart: "NGOs" is "NGO", "VGT's"
// is "VGT".
const QRegularExpression &capitalisedWord()
{
    static const QRegularExpression word(
        QStringLiteral("(?<![\\p{L}\\p{N}&.@/_'’-])(?<base>\\p{Lu}[\\p{Lu}&]*\\p{Lu})"
                       "(?:s|['’]s|s['’])?(?![\\p{L}\\p{N}_@])"),
        QRegularExpression::UseUnicodePropertiesOption);
    return word;
}

// "Virtual Global Taskforce (VGT)", "… (the VGT)", "… (« DGSI »)": the acronym in brackets
// after the words it stands for.
const QRegularExpression &bracketedDefinition()
{
    static const QRegularExpression definition(
        QStringLiteral(
            "[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,-]*\\s*\\(\\s*(?:(?i:the|la|le|les|el|los|"
            "las|te|ngā|der|die|das)\\s+|(?i:l)['’])?[\"“«„]?\\s*(?<acronym>\\p{Lu}[\\p{Lu}&]*"
            "\\p{Lu})s?\\s*[\"”»“]?\\s*\\)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return definition;
}

// "VGT (Virtual Global Taskforce)": the acronym first, the words in brackets after it.
const QRegularExpression &spelledOutAfter()
{
    static const QRegularExpression definition(
        QStringLiteral(
            "(?<acronym>\\p{Lu}[\\p{Lu}&]*\\p{Lu})s?\\s*\\(\\s*[\"“«„]?\\p{Lu}[\\p{L}'’-]*"
            "(?:\\s+[\\p{L}'’-]+)+[^)]*\\)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return definition;
}

bool isAllCapitalsWord(const QString &text, qsizetype start, qsizetype end)
{
    bool upper = false;
    for (qsizetype i = start; i < end; ++i) {
        if (text.at(i).isLower())
            return false;
        upper = upper || text.at(i).isUpper();
    }
    return upper;
}

// The word before or after `position`, skipping spaces and light punctuation, as a range.
TextRange neighbouringWord(const QString &text, qsizetype position, int direction)
{
    qsizetype i = position;
    const auto isJoiner = [](QChar c) {
        return c.isSpace() || c == QLatin1Char('-') || c == QChar(0x2013) || c == QChar(0x2014);
    };
    if (direction < 0) {
        --i;
        while (i >= 0 && isJoiner(text.at(i)))
            --i;
        qsizetype end = i + 1;
        while (i >= 0 && (text.at(i).isLetterOrNumber() || text.at(i) == QLatin1Char('.')))
            --i;
        return {i + 1, end - (i + 1)};
    }
    while (i < text.size() && isJoiner(text.at(i)))
        ++i;
    const qsizetype start = i;
    while (i < text.size() && text.at(i).isLetterOrNumber())
        ++i;
    return {start, i - start};
}

// "NZD 2.4 million", "NZD2.4m", "2.4 million NZD", "€5,000 (EUR)".
bool besideAnAmount(const QString &text, qsizetype start, qsizetype end)
{
    static const QRegularExpression amountAfter(
        QStringLiteral("^\\s?[$€£¥]?\\d[\\d,.]*(?![\\d/])"));
    static const QRegularExpression amountBefore(
        QStringLiteral("\\d(?:\\s?(?:million|billion|thousand|m|bn|k))?\\s?\\(?$"));
    return amountAfter.match(text.mid(end, 16)).hasMatch()
        || amountBefore
               .match(text.mid(std::max<qsizetype>(0, start - 12), std::min<qsizetype>(start, 12)))
               .hasMatch();
}

class AcronymScan
{
public:
    AcronymScan(const CheckContext &context)
        : m_language(context.language())
    {
        for (const QString &allowed : context.style.acronymsAllowed)
            m_allowed.insert(allowed);
    }

    // Where each acronym is first spelled out.
    void findDefinitions(const QList<TextSpan> &spans)
    {
        for (qsizetype s = 0; s < spans.size(); ++s) {
            for (const QRegularExpression *pattern : {&bracketedDefinition(), &spelledOutAfter()}) {
                QRegularExpressionMatchIterator matches = pattern->globalMatch(spans.at(s).text);
                while (matches.hasNext()) {
                    const QRegularExpressionMatch match = matches.next();
                    const QString acronym = match.captured(QStringLiteral("acronym"));
                    const ReadingPosition at {s, match.capturedStart(QStringLiteral("acronym"))};
                    m_definitionSites.insert({s, at.at});
                    if (!m_definitions.contains(acronym) || at < m_definitions.value(acronym))
                        m_definitions.insert(acronym, at);
                }
            }
        }
    }

    bool isDefinitionSite(qsizetype span, qsizetype at) const
    {
        return m_definitionSites.contains({span, at});
    }
    std::optional<ReadingPosition> definitionOf(const QString &acronym) const
    {
        const auto it = m_definitions.find(acronym);
        return it == m_definitions.end() ? std::nullopt : std::optional(*it);
    }

    // Whether a word in capitals at this place is an acronym a reader needs spelled out.
    bool needsExplaining(const QString &text, qsizetype start, qsizetype end, const QString &base,
        const QList<TextRange> &addresses) const
    {
        if (m_allowed.contains(base) || isCapitalisedNonAcronym(base)
            || isMaoriWord(base, m_language == QLatin1String("mi")))
            return false;
        if (overlapsAny(addresses, {start, end - start}))
            return false;
        if (isCurrencyCode(base) && besideAnAmount(text, start, end))
            return false;
        // Part of a code or reference number: "NSWPF-E-2026-7781", "COVID-19".
        static const QRegularExpression codeContinues(
            QStringLiteral("^[-/][\\p{Lu}\\d][\\p{Lu}\\d/-]*\\d"),
            QRegularExpression::UseUnicodePropertiesOption);
        if (codeContinues.match(text.mid(end, 24)).hasMatch())
            return false;
        // Quoted as printed: a jumper with "WAGGA" on it.
        if (start > 0 && end < text.size() && QStringLiteral("\"“«‘'").contains(text.at(start - 1))
            && QStringLiteral("\"”»’'").contains(text.at(end)))
            return false;
        // A phrase in capitals (a heading, a name set in capitals, a shouted warning) is not made
        // of acronyms.
        const TextRange before = neighbouringWord(text, start, -1);
        const TextRange after = neighbouringWord(text, end, 1);
        const auto isCapitalsWord = [&](const TextRange &word) {
            return word.length >= 2 && isAllCapitalsWord(text, word.start, word.end());
        };
        if (isCapitalsWord(before) || isCapitalsWord(after))
            return false;
        // A dateline or a heading at the start of a paragraph: "WELLINGTON –", "WHAT:".
        const QString lead = text.left(start);
        if (lead.trimmed().isEmpty()) {
            static const QRegularExpression datelineEnd(QStringLiteral("^\\s*[,:–—(-]"));
            if (datelineEnd.match(text.mid(end, 4)).hasMatch())
                return false;
        }
        // A surname in capitals after a given name or a title: "Gérald DARMANIN", "M. DUPONT".
        if (before.length > 0) {
            const QString previous = text.mid(before.start, before.length);
            static const QSet<QString> titles {QStringLiteral("M."), QStringLiteral("Mme"),
                QStringLiteral("Mr"), QStringLiteral("Mrs"), QStringLiteral("Ms"),
                QStringLiteral("Dr"), QStringLiteral("Sr."), QStringLiteral("Sra."),
                QStringLiteral("Mr."), QStringLiteral("Dr."), QStringLiteral("Herr"),
                QStringLiteral("Frau")};
            if (titles.contains(previous))
                return false;
            // Where names are written with the surname in capitals; not German, whose nouns all
            // have a capital.
            static const QSet<QString> surnameLanguages {QStringLiteral("fr"), QStringLiteral("es"),
                QStringLiteral("it"), QStringLiteral("pt")};
            const bool titleCase
                = previous.size() > 1 && previous.at(0).isUpper() && previous.at(1).isLower();
            bool nonAscii = false;
            for (QChar c : base)
                nonAscii = nonAscii || c.unicode() > 0x7f;
            if (titleCase && base.size() >= 3
                && (nonAscii || surnameLanguages.contains(m_language)))
                return false;
        }
        return true;
    }

private:
    QString m_language;
    QSet<QString> m_allowed;
    QHash<QString, ReadingPosition> m_definitions;
    QSet<std::pair<qsizetype, qsizetype>> m_definitionSites;
};

} // namespace

void checkAcronyms(CheckContext &context)
{
    const QList<TextSpan> &spans = context.prose;
    AcronymScan scan(context);
    scan.findDefinitions(spans);

    QSet<QString> flagged;
    for (qsizetype s = 0; s < spans.size(); ++s) {
        const QString &text = spans.at(s).text;
        const QList<TextRange> addresses = addressesIn(text);
        QRegularExpressionMatchIterator words = capitalisedWord().globalMatch(text);
        while (words.hasNext()) {
            const QRegularExpressionMatch word = words.next();
            const QString base = word.captured(QStringLiteral("base"));
            const qsizetype start = word.capturedStart();
            if (flagged.contains(base) || scan.isDefinitionSite(s, start)
                || !scan.needsExplaining(text, start, word.capturedEnd(), base, addresses))
                continue;
            const std::optional<ReadingPosition> definition = scan.definitionOf(base);
            if (definition && !(ReadingPosition {s, start} < *definition))
                continue;
            flagged.insert(base);
            context.add(Finding::Severity::Warning, QStringLiteral("acronyms.unexplained"),
                spans.at(s).field,
                definition
                    ? CheckText::tr("“%1” is used before it is spelled out; spell it out here, "
                                    "at its first use.")
                          .arg(base)
                    : CheckText::tr("Spell out “%1” at its first use, as in “Full Name (%1)”, or "
                                    "add it to the house style's acronyms that need no "
                                    "explaining.")
                          .arg(base),
                spans.at(s).offset + start, base.size());
        }
    }
}

} // namespace rd
