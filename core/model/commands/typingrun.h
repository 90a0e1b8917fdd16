#pragma once

#include "model/textchange.h"

#include <QString>

#include <functional>
#include <optional>

namespace rd {

// Whether an edit belongs to the same undo step as the one before it, as in a word processor:
// typing and deleting on from where the last edit ended, with no paragraph break in the step so
// far, and no pause of a second or more that ended at a word or sentence boundary. A jump of the
// cursor, a paragraph break, a pause between words, and an edit of another field (decided by the
// caller) each start a new step.
// If so, the next change placed where it continues the previous one.
std::optional<TextChange> continuedTyping(
    const TextChange &previous, const TextChange &next, qint64 millisecondsBetween);

// The pause after which an edit at a word boundary starts a new undo step.
inline constexpr qint64 typingPauseMilliseconds = 1000;

// Milliseconds on a monotonic clock; tests may set their own clock to stand in for pauses.
qint64 typingClock();
void setTypingClockForTesting(std::function<qint64()> clock);

} // namespace rd
