#include "checkcontext.h"
#include "textscan.h"

#include <QRegularExpression>

namespace rd {

namespace {

// Words that mean a day only on the day they are read: a release read tomorrow, or after its
// embargo, says the wrong day with them.
const QRegularExpression &relativeDays()
{
    static const QRegularExpression words(
        QStringLiteral(
            "(?<![\\p{L}])(?:today|yesterday|tomorrow|tonight|last night|this (?:morning|"
            "afternoon|evening)|aujourd['’]hui|hier|demain|ce (?:matin|soir)|cet après-midi|"
            "hoy|ayer|anoche|esta (?:mañana|tarde|noche)|pasado mañana|heute|gestern|"
            "inanahi|āpōpō|ā tērā rā|i tēnei rā|ināianei)(?![\\p{L}])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return words;
}

} // namespace

void checkDates(CheckContext &context)
{
    const Release &release = context.release;
    const QDate date = release.dateline.date;
    const QDate today = context.now.toTimeZone(QTimeZone::systemTimeZone()).date();
    if (date.isValid()) {
        const qint64 days = today.daysTo(date);
        if (days < -context.style.datelineMaxDaysPast)
            context.add(Finding::Severity::Warning, QStringLiteral("dates.range"),
                {Field::DatelineDate, {}},
                CheckText::tr("The dateline is %n days ago; give the day the release goes out.",
                    nullptr, int(-days)));
        else if (days > context.style.datelineMaxDaysFuture)
            context.add(Finding::Severity::Warning, QStringLiteral("dates.range"),
                {Field::DatelineDate, {}},
                CheckText::tr("The dateline is %n days ahead; give the day the release goes out.",
                    nullptr, int(days)));
    }

    if (!date.isValid() && !release.embargo.embargoed)
        return;
    for (const TextSpan &span : context.prose) {
        if (span.field.field == Field::AgencyAbout || span.field.field == Field::QuoteText)
            continue; // a speaker says "today" as people speak; the release's own text must not
        QRegularExpressionMatchIterator matches = relativeDays().globalMatch(span.text);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            context.add(Finding::Severity::Warning, QStringLiteral("dates.relative"), span.field,
                release.embargo.embargoed
                    ? CheckText::tr(
                        "“%1” will be wrong when the embargo lifts or the release is read "
                        "later: give the weekday and date.")
                          .arg(match.captured())
                    : CheckText::tr(
                        "“%1” is wrong as soon as the release is read on another day: give "
                        "the weekday and date.")
                          .arg(match.captured()),
                span.offset + match.capturedStart(), match.capturedLength());
        }
    }
}

} // namespace rd
