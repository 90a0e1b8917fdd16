#include "checkcontext.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace rd {

namespace {

// The document language's names of the weekdays and months, long and short, lower-case, with
// what each stands for.
struct CalendarNames
{
    QHash<QString, int> weekdays; // 1 (Monday) to 7
    QHash<QString, int> months; // 1 to 12
    QRegularExpression
        datedWeekday; // a weekday followed by a date, in either order of day and month
};

QString alternatives(const QList<QString> &names)
{
    QStringList escaped;
    for (const QString &name : names)
        escaped.append(QRegularExpression::escape(name));
    // Longest first, so that "Thursday" is not read as "Thu" and a stray "rsday".
    std::sort(escaped.begin(), escaped.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return escaped.join(QLatin1Char('|'));
}

CalendarNames calendarNamesOf(const QLocale &locale)
{
    CalendarNames names;
    const auto add = [](QHash<QString, int> &into, QString name, int value) {
        name = name.toLower();
        if (name.endsWith(QLatin1Char('.')))
            name.chop(1);
        if (!name.isEmpty())
            into.insert(name, value);
    };
    for (int day = 1; day <= 7; ++day) {
        add(names.weekdays, locale.dayName(day, QLocale::LongFormat), day);
        add(names.weekdays, locale.dayName(day, QLocale::ShortFormat), day);
    }
    for (int month = 1; month <= 12; ++month) {
        add(names.months, locale.monthName(month, QLocale::LongFormat), month);
        add(names.months, locale.monthName(month, QLocale::ShortFormat), month);
        add(names.months, locale.standaloneMonthName(month, QLocale::LongFormat), month);
    }
    const QString day = QStringLiteral("(?<!\\p{L})(?<weekday>%1)\\.?(?!\\p{L})")
                            .arg(alternatives(names.weekdays.keys()));
    // A month's abbreviation may end in a full stop ("Nov. 26"); the full stop of a sentence that
    // ends with the month is not part of the date.
    const QString month = QStringLiteral("(?<!\\p{L})(?<month%2>%1)(?:\\.(?=\\s+\\d))?(?!\\p{L})")
                              .arg(alternatives(names.months.keys()));
    // "26", "26th", "1st", "1er" (French); before the month also "26." (German)
    const QString number = QStringLiteral("(?<day%1>[0-3]?\\d)(?:st|nd|rd|th|er|e)?");
    names.datedWeekday = QRegularExpression(day + QStringLiteral(",?\\s+(?:") + number.arg(1)
            + QStringLiteral("\\.?\\s+(?:de\\s+)?") + month.arg(1) + QStringLiteral("|")
            + month.arg(2) + QStringLiteral("\\s+") + number.arg(2)
            + QStringLiteral(")(?:,?\\s+(?:de\\s+)?(?<year>\\d{4}))?(?!\\d)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return names;
}

// The year that puts day and month nearest to the dateline (a release dated 30 December that
// speaks of "Friday 2 January" means the new year).
QDate nearestDate(int month, int day, const QDate &around)
{
    QDate best;
    for (int year = around.year() - 1; year <= around.year() + 1; ++year) {
        const QDate candidate(year, month, day);
        if (candidate.isValid()
            && (!best.isValid()
                || std::abs(candidate.daysTo(around)) < std::abs(best.daysTo(around))))
            best = candidate;
    }
    return best;
}

void checkText(const QString &text, const FieldKey &field, const CalendarNames &names,
    const QLocale &locale, const QDate &dateline, QList<Finding> &findings)
{
    QRegularExpressionMatchIterator matches = names.datedWeekday.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const bool dayFirst = match.hasCaptured(QStringLiteral("day1"));
        const int weekday
            = names.weekdays.value(match.captured(QStringLiteral("weekday")).toLower());
        const int month = names.months.value(
            match.captured(dayFirst ? QStringLiteral("month1") : QStringLiteral("month2"))
                .toLower());
        const int day
            = match.captured(dayFirst ? QStringLiteral("day1") : QStringLiteral("day2")).toInt();
        const QString yearText = match.captured(QStringLiteral("year"));
        QDate date = yearText.isEmpty() ? nearestDate(month, day, dateline)
                                        : QDate(yearText.toInt(), month, day);

        Finding finding;
        finding.severity = Finding::Severity::Warning;
        finding.field = field;
        finding.rule = QStringLiteral("dates.weekday");
        finding.position = match.capturedStart();
        finding.length = match.capturedLength();
        if (!date.isValid()) {
            finding.message = CheckText::tr("“%1”: there is no such date.").arg(match.captured());
        } else if (date.dayOfWeek() != weekday) {
            finding.message = CheckText::tr("“%1”: that date is a %2.")
                                  .arg(match.captured(), locale.dayName(date.dayOfWeek()));
        } else {
            continue;
        }
        findings.append(finding);
    }
}

} // namespace

void checkWeekdays(CheckContext &context)
{
    const Release &release = context.release;
    const QLocale &locale = context.locale;
    // Built once per language: the checks run after every pause in typing.
    thread_local QHash<QString, CalendarNames> namesByLanguage;
    auto names = namesByLanguage.find(locale.name());
    if (names == namesByLanguage.end())
        names = namesByLanguage.insert(locale.name(), calendarNamesOf(locale));
    const QDate dateline
        = release.dateline.date.isValid() ? release.dateline.date : context.now.date();
    const auto check = [&](const QString &text, const FieldKey &field) {
        checkText(text, field, *names, locale, dateline, context.findings);
    };
    check(release.headline, {Field::Headline, {}});
    check(release.subheadline, {Field::Subheadline, {}});
    check(release.body.plainText(), {Field::Body, {}});
    for (const Quote &quote : release.quotes)
        check(quote.text, {Field::QuoteText, quote.id});
    check(release.notesToEditors, {Field::NotesToEditors, {}});
}

} // namespace rd
