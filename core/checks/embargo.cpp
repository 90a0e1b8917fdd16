#include "checkcontext.h"
#include "textscan.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace rd {

namespace {

enum class ClockChange { None, Skipped, Repeated };

// Whether a wall-clock time in a zone is one that a daylight-saving change skips (clocks go
// forward over it) or repeats (clocks go back over it).
ClockChange clockChangeAt(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    const QDateTime wall(date, time, Qt::UTC);
    const QDateTime from = QDateTime(date.addDays(-2), QTime(0, 0), Qt::UTC);
    const QDateTime to = QDateTime(date.addDays(2), QTime(0, 0), Qt::UTC);
    for (const QTimeZone::OffsetData &change : zone.transitions(from, to)) {
        const int before = zone.offsetFromUtc(change.atUtc.addSecs(-1));
        const int after = change.offsetFromUtc;
        const QDateTime localBefore = change.atUtc.addSecs(before);
        const QDateTime localAfter = change.atUtc.addSecs(after);
        if (after > before && wall >= localBefore && wall < localAfter)
            return ClockChange::Skipped;
        if (after < before && wall >= localAfter && wall < localBefore)
            return ClockChange::Repeated;
    }
    return ClockChange::None;
}

const QRegularExpression &immediateRelease()
{
    static const QRegularExpression words(
        QStringLiteral("\\b(?:for immediate (?:release|publication|use)|(?:pour )?diffusion "
                       "imm[ée]diate|(?:para )?(?:difusi[óo]n|publicaci[óo]n) inmediata|zur "
                       "sofortigen Ver[öo]ffentlichung)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return words;
}

const QRegularExpression &embargoedRelease()
{
    static const QRegularExpression words(
        QStringLiteral("\\b(?:embargoed (?:until|till|to)|under (?:an )?embargo|embargo(?: is)? "
                       "(?:until|lifts)|not for (?:publication|broadcast|release) "
                       "(?:before|until)|sous embargo|embargo jusqu|bajo embargo|embargad[oa] "
                       "hasta|Sperrfrist)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return words;
}

} // namespace

void checkEmbargo(CheckContext &context)
{
    constexpr auto Error = Finding::Severity::Error;
    const Embargo &embargo = context.release.embargo;
    const FieldKey field {Field::Embargo, {}};

    if (embargo.embargoed) {
        if (!embargo.date.isValid() || !embargo.time.isValid())
            context.add(Error, QStringLiteral("embargo.time"), field,
                CheckText::tr("Give the date and time the embargo lifts."));
        else if (!embargo.zone.isValid())
            context.add(Error, QStringLiteral("embargo.time"), field,
                CheckText::tr(
                    "Give the embargo's time zone: a lift time without one means different "
                    "moments to different newsrooms."));
        else if (const ClockChange change = clockChangeAt(embargo.date, embargo.time, embargo.zone);
                 change != ClockChange::None)
            context.add(Error, QStringLiteral("embargo.daylight-saving"), field,
                (change == ClockChange::Skipped
                        ? CheckText::tr(
                            "%1 does not happen on %2 in %3: the clocks go forward over it. "
                            "Choose another time.")
                        : CheckText::tr(
                            "%1 happens twice on %2 in %3: the clocks go back over it. Choose "
                            "another time, so that nobody publishes an hour early."))
                    .arg(context.locale.toString(embargo.time, QLocale::ShortFormat),
                        context.locale.toString(embargo.date, QLocale::LongFormat),
                        QString::fromUtf8(embargo.zone.id())));
        else if (embargo.liftsAt() <= context.now)
            context.add(Error, QStringLiteral("embargo.past"), field,
                CheckText::tr(
                    "The embargo lifted at %1, before now: move it to the future, or release "
                    "the statement for immediate release.")
                    .arg(context.locale.toString(embargo.liftsAt(), QLocale::ShortFormat)));
    }

    // The text must not say otherwise.
    const QRegularExpression &contradiction
        = embargo.embargoed ? immediateRelease() : embargoedRelease();
    for (const TextSpan &span : context.prose) {
        const QRegularExpressionMatch match = contradiction.match(span.text);
        if (!match.hasMatch())
            continue;
        context.add(Error, QStringLiteral("embargo.contradiction"), span.field,
            embargo.embargoed
                ? CheckText::tr("The release is embargoed, but the text says “%1”.")
                      .arg(match.captured())
                : CheckText::tr(
                    "The text says “%1”, but the release is for immediate release: set the "
                    "embargo, or take the words out.")
                      .arg(match.captured()),
            span.offset + match.capturedStart(), match.capturedLength());
        break;
    }
}

} // namespace rd
