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

TextChange changeBetween(const QString &before, const QString &after)
{
    qsizetype start = 0;
    const qsizetype shorter = std::min(before.size(), after.size());
    while (start < shorter && before.at(start) == after.at(start))
        ++start;
    qsizetype end = 0;
    while (end < shorter - start
        && before.at(before.size() - 1 - end) == after.at(after.size() - 1 - end))
        ++end;
    TextChange change {
        start, before.size() - start - end, after.mid(start, after.size() - start - end), start};
    // Slide a pure insertion or deletion back over the characters that repeat it.
    const QString &text = change.removed == 0 ? after : before;
    const qsizetype length = change.removed == 0 ? change.inserted.size() : change.removed;
    if (change.removed == 0 || change.inserted.isEmpty()) {
        while (change.earliest > 0
            && text.at(change.earliest - 1) == text.at(change.earliest - 1 + length))
            --change.earliest;
    }
    return change;
}

std::optional<TextChange> continuedTyping(const TextChange &previous, const QString &textBefore,
    const TextChange &next, qint64 millisecondsBetween)
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
    placed.earliest = placed.position;
    if (millisecondsBetween >= typingPauseMilliseconds) {
        const bool afterBoundary
            = placed.position == 0 || isBoundary(textBefore.at(placed.position - 1));
        const bool startsBoundary
            = !placed.inserted.isEmpty() && isBoundary(placed.inserted.front());
        if (afterBoundary || startsBoundary)
            return std::nullopt;
    }
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
