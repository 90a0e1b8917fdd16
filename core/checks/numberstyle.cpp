#include "checkcontext.h"
#include "textscan.h"

#include <QRegularExpression>
#include <QSet>

namespace rd {

namespace {

// Words after which a figure is a name or a label, never a count: "Level 4", "State Highway 1",
// "page 2", "aged 7".
bool labelsAFigure(const QString &word)
{
    static const QSet<QString> labels {QStringLiteral("level"), QStringLiteral("section"),
        QStringLiteral("page"), QStringLiteral("no"), QStringLiteral("number"),
        QStringLiteral("part"), QStringLiteral("schedule"), QStringLiteral("route"),
        QStringLiteral("highway"), QStringLiteral("sh"), QStringLiteral("stage"),
        QStringLiteral("alert"), QStringLiteral("category"), QStringLiteral("grade"),
        QStringLiteral("year"), QStringLiteral("step"), QStringLiteral("phase"),
        QStringLiteral("chapter"), QStringLiteral("article"), QStringLiteral("rule"),
        QStringLiteral("platform"), QStringLiteral("gate"), QStringLiteral("terminal"),
        QStringLiteral("ward"), QStringLiteral("unit"), QStringLiteral("flat"),
        QStringLiteral("apartment"), QStringLiteral("room"), QStringLiteral("aged"),
        QStringLiteral("age"), QStringLiteral("ages"), QStringLiteral("division"),
        QStringLiteral("zone"), QStringLiteral("lane"), QStringLiteral("option"),
        QStringLiteral("tier"), QStringLiteral("type"), QStringLiteral("covid"),
        QStringLiteral("exhibit"), QStringLiteral("figure"), QStringLiteral("table"),
        QStringLiteral("annex"), QStringLiteral("appendix"), QStringLiteral("clause"),
        QStringLiteral("count"), QStringLiteral("channel"), QStringLiteral("pier"),
        QStringLiteral("wharf"), QStringLiteral("berth"), QStringLiteral("floor"),
        QStringLiteral("bay"), QStringLiteral("court"), QStringLiteral("box"),
        QStringLiteral("version"), QStringLiteral("series"), QStringLiteral("season")};
    return labels.contains(word.toLower());
}

// A figure below the house's limit used as a count in running text: "2 men", not "2.5 km",
// "3pm", "2 November", "Level 2", "2 Smith Street" or "aged 7".
void checkFigures(CheckContext &context, const TextSpan &span)
{
    static const QRegularExpression figure(
        QStringLiteral("(?<![\\p{L}\\p{N}.,:/$€£¥#+–—-])(?<number>\\d{1,2})(?![\\p{N}.,:/%°×x–—-]"
                       "|\\s*(?:am|pm|a\\.m|p\\.m|h|hrs?|min|mins|km|kg|m|cm|mm|g|l|ml|kph|mph|"
                       "per\\s*cent|percent|st|nd|rd|th|years?(?:\\s+old)?|year-old|to|and|or|of)"
                       "\\b)\\s+(?<next>\\p{Ll}[\\p{L}'’-]*)"),
        QRegularExpression::UseUnicodePropertiesOption);
    const int limit = context.style.spellOutNumbersBelow;
    QRegularExpressionMatchIterator matches = figure.globalMatch(span.text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const int number = match.captured(QStringLiteral("number")).toInt();
        if (number < 1 || number >= limit)
            continue;
        // The word before: "Level" of "Level 2", "No" of "No. 5".
        static const QRegularExpression spaces(QStringLiteral("\\s+"));
        static const QRegularExpression notLetters(
            QStringLiteral("[^\\p{L}]"), QRegularExpression::UseUnicodePropertiesOption);
        const QString before = span.text.left(match.capturedStart()).trimmed();
        if (labelsAFigure(before.section(spaces, -1).remove(notLetters)))
            continue;
        // A month's name is no count: "2 November".
        const QString next = match.captured(QStringLiteral("next"));
        bool isMonth = false;
        for (int month = 1; month <= 12 && !isMonth; ++month)
            isMonth = next.compare(context.locale.monthName(month), Qt::CaseInsensitive) == 0
                || next.compare(
                       context.locale.monthName(month, QLocale::ShortFormat), Qt::CaseInsensitive)
                    == 0;
        if (isMonth)
            continue;
        context.add(Finding::Severity::Advice, QStringLiteral("style.numbers"), span.field,
            CheckText::tr("Write numbers below %1 in words: “%2”.")
                .arg(limit)
                .arg(match.captured(QStringLiteral("number"))),
            span.offset + match.capturedStart(QStringLiteral("number")),
            match.capturedLength(QStringLiteral("number")));
    }
}

bool localeWritesDayFirst(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(QRegularExpression(QStringLiteral("d{3,4}"))); // the weekday's name
    return format.indexOf(QLatin1Char('d')) < format.indexOf(QLatin1Char('M'));
}

// A date written with the day and the month in the order the house does not use.
QRegularExpression dateInOtherOrder(const QLocale &locale, bool dayFirst)
{
    QStringList months;
    for (int month = 1; month <= 12; ++month) {
        const QString name = locale.monthName(month);
        if (std::any_of(name.begin(), name.end(), [](QChar c) { return c.isDigit(); }))
            return {}; // "11月": a number, in no order to get wrong
        months.append(QRegularExpression::escape(name));
    }
    const QString names = months.join(QLatin1Char('|'));
    return QRegularExpression(dayFirst
            ? QStringLiteral("(?<![\\p{L}])(?:%1)\\s+\\d{1,2}(?:st|nd|rd|th)?(?![\\p{N}:]|\\.\\d)")
                  .arg(names)
            : QStringLiteral("(?<![\\p{L}\\p{N}])\\d{1,2}(?:st|nd|rd|th)?\\s+(?:%1)(?![\\p{L}])")
                  .arg(names),
        QRegularExpression::UseUnicodePropertiesOption);
}

void checkDateOrder(CheckContext &context, const TextSpan &span,
    const QRegularExpression &otherOrder, bool dayFirst)
{
    QRegularExpressionMatchIterator matches = otherOrder.globalMatch(span.text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        context.add(Finding::Severity::Advice, QStringLiteral("style.date-order"), span.field,
            dayFirst ? CheckText::tr("The house writes the day before the month: “%1”.")
                           .arg(match.captured())
                     : CheckText::tr("The house writes the month before the day: “%1”.")
                           .arg(match.captured()),
            span.offset + match.capturedStart(), match.capturedLength());
    }
}

} // namespace

void checkNumberAndDateStyle(CheckContext &context)
{
    const HouseStyle &style = context.style;
    const bool english = context.language() == QLatin1String("en");
    const bool dayFirst = style.dateOrder == HouseStyle::DateOrder::Locale
        ? localeWritesDayFirst(context.locale)
        : style.dateOrder == HouseStyle::DateOrder::DayMonthYear;
    const QRegularExpression otherOrder = dateInOtherOrder(context.locale, dayFirst);
    for (const TextSpan &span : context.prose) {
        if (span.field.field == Field::AgencyAbout || span.field.field == Field::Headline)
            continue;
        if (english && style.spellOutNumbersBelow > 1)
            checkFigures(context, span);
        if (!otherOrder.pattern().isEmpty())
            checkDateOrder(context, span, otherOrder, dayFirst);
    }
}

} // namespace rd
