#include "checkcontext.h"
#include "textscan.h"

namespace rd {

namespace {

bool isAllCapitals(const QString &text)
{
    int upper = 0;
    for (QChar c : text) {
        if (c.isLower())
            return false;
        upper += c.isUpper() ? 1 : 0;
    }
    return upper > 3;
}

// A headline may end with an abbreviation's full stop ("… with Acme Ltd.") or an ellipsis; a
// sentence's full stop is what the rule is about.
bool endsWithFullStop(const QString &headline)
{
    if (!headline.endsWith(QLatin1Char('.')) || headline.endsWith(QLatin1String("..")))
        return false;
    static const QStringList abbreviations {QStringLiteral("Ltd."), QStringLiteral("Inc."),
        QStringLiteral("Co."), QStringLiteral("Jr."), QStringLiteral("Sr."), QStringLiteral("St."),
        QStringLiteral("etc."), QStringLiteral("Cie."), QStringLiteral("Cía."),
        QStringLiteral("S.A."), QStringLiteral("U.S.")};
    return std::none_of(abbreviations.begin(), abbreviations.end(),
        [&](const QString &abbreviation) { return headline.endsWith(abbreviation); });
}

} // namespace

void checkHeadline(CheckContext &context)
{
    constexpr auto Warning = Finding::Severity::Warning;
    const QString &headline = context.release.headline;
    const QString trimmed = headline.trimmed();
    if (trimmed.isEmpty())
        return;
    const FieldKey field {Field::Headline, {}};

    const int words = int(wordsOf(trimmed).size());
    if (words > context.style.headlineMaxWords)
        context.add(Warning, QStringLiteral("headline.length"), field,
            CheckText::tr(
                "The headline has %n words; the house limit is %1. Keep what a reader must "
                "know and move the rest into the first paragraph.",
                nullptr, words)
                .arg(context.style.headlineMaxWords));
    else if (trimmed.size() > context.style.headlineMaxCharacters)
        context.add(Warning, QStringLiteral("headline.length"), field,
            CheckText::tr("The headline has %n characters; the house limit is %1, so that it fits "
                          "news wires and search results.",
                nullptr, int(trimmed.size()))
                .arg(context.style.headlineMaxCharacters));

    if (endsWithFullStop(trimmed))
        context.add(Warning, QStringLiteral("headline.full-stop"), field,
            CheckText::tr("Take the full stop off the end of the headline."),
            headline.lastIndexOf(QLatin1Char('.')), 1);

    if (isAllCapitals(trimmed))
        context.add(Warning, QStringLiteral("headline.capitals"), field,
            CheckText::tr(
                "The headline is in capitals; write it in sentence case, which reads faster "
                "and is not shouted."));
}

} // namespace rd
