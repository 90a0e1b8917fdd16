#include "typingrun.h"

#include <QElapsedTimer>

namespace rd {

namespace {

std::function<qint64()> &clockOverride()
{
    static std::function<qint64()> clock;
    return clock;
}

bool isParagraphBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QChar::ParagraphSeparator;
}

// Between words or sentences: next to a space or punctuation.
bool isBoundary(QChar c)
{
    return c.isSpace() || c.isPunct();
}

} // namespace

std::optional<TextChange> continuedTyping(
    const TextChange &previous, const TextChange &next, qint64 millisecondsBetween)
{
    if (previous.isEmpty() || next.isEmpty())
        return std::nullopt;
    if (std::any_of(previous.inserted.begin(), previous.inserted.end(), isParagraphBreak))
        return std::nullopt;
    const qsizetype previousEnd = previous.position + previous.inserted.size();
    const auto canBeAt = [&next](qsizetype position) {
        return next.earliest <= position && position <= next.position;
    };
    TextChange placed = next;
    if (canBeAt(previousEnd))
        placed.position = previousEnd; // typing on, or deleting forwards
    else if (next.inserted.isEmpty() && canBeAt(previousEnd - next.removed))
        placed.position = previousEnd - next.removed; // deleting backwards
    else
        return std::nullopt;
    if (millisecondsBetween >= typingPauseMilliseconds) {
        const QChar before = next.characterBefore(placed.position);
        const bool afterBoundary = before.isNull() || isBoundary(before);
        const bool startsBoundary
            = !placed.inserted.isEmpty() && isBoundary(placed.inserted.front());
        if (afterBoundary || startsBoundary)
            return std::nullopt;
    }
    placed.lead = next.lead.left(
        std::max<qsizetype>(0, next.lead.size() - (next.position - placed.position)));
    placed.earliest = placed.position;
    return placed;
}

qint64 typingClock()
{
    if (clockOverride())
        return clockOverride()();
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    return timer.elapsed();
}

void setTypingClockForTesting(std::function<qint64()> clock)
{
    clockOverride() = std::move(clock);
}

} // namespace rd
