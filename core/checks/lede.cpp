#include "checkcontext.h"
#include "textscan.h"

#include <QSet>

namespace rd {

namespace {

// Words that name someone without a capital: a lede that says "Police have charged a man" or
// "Les gendarmes ont interpellé un homme" says who.
bool namesSomeoneInLowerCase(const QString &word)
{
    static const QSet<QString> people {
        // English
        QStringLiteral("police"),
        QStringLiteral("officers"),
        QStringLiteral("officer"),
        QStringLiteral("detectives"),
        QStringLiteral("man"),
        QStringLiteral("woman"),
        QStringLiteral("men"),
        QStringLiteral("women"),
        QStringLiteral("people"),
        QStringLiteral("person"),
        QStringLiteral("boy"),
        QStringLiteral("girl"),
        QStringLiteral("teenager"),
        QStringLiteral("child"),
        QStringLiteral("children"),
        QStringLiteral("driver"),
        QStringLiteral("residents"),
        QStringLiteral("government"),
        QStringLiteral("agencies"),
        QStringLiteral("authorities"),
        QStringLiteral("firefighters"),
        QStringLiteral("crews"),
        QStringLiteral("investigators"),
        QStringLiteral("we"),
        // French
        QStringLiteral("gendarmes"),
        QStringLiteral("policiers"),
        QStringLiteral("enquêteurs"),
        QStringLiteral("homme"),
        QStringLiteral("femme"),
        QStringLiteral("personnes"),
        QStringLiteral("gouvernement"),
        QStringLiteral("nous"),
        // Spanish
        QStringLiteral("agentes"),
        QStringLiteral("policía"),
        QStringLiteral("hombre"),
        QStringLiteral("mujer"),
        QStringLiteral("personas"),
        QStringLiteral("gobierno"),
        // te reo Māori
        QStringLiteral("pirihimana"),
        QStringLiteral("tangata"),
        QStringLiteral("tāngata"),
        QStringLiteral("wahine"),
        QStringLiteral("kāwanatanga"),
    };
    return people.contains(word.toLower());
}

// Whether the lede names an agency, a person or an organisation.
bool namesWho(const QString &lede, const Release &release)
{
    for (const Agency &agency : release.agencies) {
        if ((!agency.shortName.isEmpty() && lede.contains(agency.shortName))
            || (!agency.name.isEmpty() && lede.contains(agency.name, Qt::CaseInsensitive)))
            return true;
    }
    bool scriptHasCase = false;
    const QList<TextRange> words = wordsOf(lede);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString word = lede.mid(words.at(i).start, words.at(i).length);
        if (namesSomeoneInLowerCase(word))
            return true;
        const QChar first = word.at(0);
        scriptHasCase = scriptHasCase || first.isUpper() || first.isLower();
        // A capital after the first word names someone or somewhere: "Kestrel Bay Police".
        if (i > 0 && first.isUpper())
            return true;
    }
    // Scripts without capitals (Arabic, Hebrew, Thai, Japanese...) give no sign to go by.
    return !scriptHasCase;
}

} // namespace

void checkLede(CheckContext &context)
{
    constexpr auto Warning = Finding::Severity::Warning;
    const QList<TextSpan> &statement = context.statement;
    // The lede is the first paragraph of prose: not a status line or heading in capitals
    // ("FOR IMMEDIATE RELEASE") set above it.
    const auto lede = std::find_if(statement.begin(), statement.end(), [](const TextSpan &span) {
        bool lower = false;
        bool upper = false;
        for (QChar c : span.text) {
            lower = lower || c.isLower();
            upper = upper || c.isUpper();
        }
        return !span.text.trimmed().isEmpty() && (lower || !upper);
    });
    if (lede == statement.end())
        return;
    const FieldKey field {Field::Body, {}};
    const qsizetype words = wordsOf(lede->text).size();

    if (words > context.style.ledeMaxWords)
        context.add(Warning, QStringLiteral("lede.length"), field,
            CheckText::tr("The first paragraph has %n words; the house limit is %1. Say who did "
                          "what, where and when, and leave the detail to the next paragraphs.",
                nullptr, int(words))
                .arg(context.style.ledeMaxWords),
            lede->offset, lede->text.size());

    const QString text = lede->text.trimmed();
    if (words < 6 || text.endsWith(QLatin1Char('?')) || text.endsWith(QChar(0xff1f))
        || !namesWho(lede->text, context.release))
        context.add(Warning, QStringLiteral("lede.who-what"), field,
            CheckText::tr("The first paragraph should say who did what: name the agency, person or "
                          "group, and what happened, in a full sentence."),
            lede->offset, lede->text.size());
}

} // namespace rd
