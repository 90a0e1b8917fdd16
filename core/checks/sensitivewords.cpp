#include "checkcontext.h"

#include <QRegularExpression>

namespace rd {

namespace {

// Words a release uses when it concerns a sensitive matter, in the languages the checks read.
// They only prompt: the officer decides what the release concerns.
const QRegularExpression &wordsOf(SensitiveMatter matter)
{
    static const auto expression = [](const char *alternatives) {
        return QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}])(?:%1)(?![\\p{L}\\p{N}])")
                                      .arg(QString::fromUtf8(alternatives)),
            QRegularExpression::CaseInsensitiveOption
                | QRegularExpression::UseUnicodePropertiesOption);
    };
    static const QRegularExpression death = expression(
        "died|dies|dead|death|deaths|deceased|fatal|fatally|killed|homicide|murder|murdered|"
        "manslaughter|body of (?:a|an|the) \\w+|décédée?s?|décès|tuée?s?|morte?s? |"
        "falleci(?:ó|do|da|dos|das)|muert[oa]s?|homicidio|gestorben|getötet|Leiche|kua mate|"
        "i mate");
    static const QRegularExpression victim
        = expression("victims?|victimes?|víctimas?|Opfer|te patunga");
    static const QRegularExpression youngPerson = expression(
        "aged 1[0-7]|1[0-7]-year-olds?|teenagers?|teenage|schoolboy|schoolgirl|juveniles?|"
        "âgée? de 1[0-7] ans|mineure?s?|menor(?:es)? de edad|de 1[0-7] años|Jugendliche[rn]?");
    static const QRegularExpression courtCase = expression(
        "(?:District|High|Youth|Crown|Local|Magistrates'?|Supreme|Federal|County|Coroners?'?|"
        "Children's|Family|Circuit|Superior) Court|in court|court (?:hearing|appearance|date)|"
        "sentenced|jailed|convicted|pleaded guilty|remanded|tribunal correctionnel|"
        "cour d'assises|juzgado|Amtsgericht|Landgericht");
    static const QRegularExpression arrest = expression(
        "arrested|arrests?|in custody|charged with|(?:has|have|was|were|been) charged|"
        "lays charges|laid charges|interpellée?s?|arrêtée?s?|garde à vue|mise? en examen|"
        "detenid[oa]s?|arrestad[oa]s?|detención|festgenommen|Festnahme|verhaftet");
    switch (matter) {
    case SensitiveMatter::Death:
        return death;
    case SensitiveMatter::Victim:
        return victim;
    case SensitiveMatter::YoungPerson:
        return youngPerson;
    case SensitiveMatter::CourtCase:
        return courtCase;
    case SensitiveMatter::Arrest:
        break;
    }
    return arrest;
}

// "41 people died in crashes this year", "the road toll stands at 312 deaths": a count of
// many is a statistic, not a person the release concerns.
bool isStatistic(const QString &text, qsizetype position)
{
    static const QRegularExpression countBefore(
        QStringLiteral("\\d[\\d,.\\s]*(?:\\p{L}+\\s+){0,3}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QString before
        = text.mid(std::max<qsizetype>(0, position - 40), std::min<qsizetype>(position, 40));
    const QRegularExpressionMatch count = countBefore.match(before);
    if (!count.hasMatch())
        return false;
    bool isNumber = false;
    const int number = count.captured()
                           .section(QLatin1Char(' '), 0, 0)
                           .remove(QLatin1Char(','))
                           .toInt(&isNumber);
    return isNumber && number > 1;
}

QRegularExpressionMatch firstMention(const QRegularExpression &words, const QString &text)
{
    QRegularExpressionMatchIterator matches = words.globalMatch(text);
    while (matches.hasNext()) {
        QRegularExpressionMatch match = matches.next();
        if (!isStatistic(text, match.capturedStart()))
            return match;
    }
    return {};
}

} // namespace

// A release whose own words speak of a death, an arrest or the like, and that is not marked as
// concerning it, would go out without its safeguards being asked for: the first such word of
// each unmarked matter is pointed at. The agencies' About paragraphs are boilerplate and left out.
void checkUnmarkedSensitiveContent(CheckContext &context)
{
    const Sensitivity &sensitivity = context.release.sensitivity;
    for (SensitiveMatter matter : allSensitiveMatters()) {
        if (sensitivity.concerns(matter))
            continue;
        for (const TextSpan &span : std::as_const(context.prose)) {
            if (span.field.field == Field::AgencyAbout)
                continue;
            const QRegularExpressionMatch match = firstMention(wordsOf(matter), span.text);
            if (!match.hasMatch())
                continue;
            context.add(Finding::Severity::Warning, QStringLiteral("sensitive.unmarked"),
                span.field,
                CheckText::tr("This speaks of %1 (\"%2\"): mark the release as concerning %1 "
                              "on the Review & Export step, so that its safeguards are "
                              "confirmed before approval.")
                    .arg(describe(matter), match.captured().trimmed()),
                span.offset + match.capturedStart(), match.captured().trimmed().size());
            break;
        }
    }
}

} // namespace rd
