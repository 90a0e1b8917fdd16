#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace rd {

// Where one edit of a text changed it: the characters removed at a position, and those put there.
// Where the text around it repeats, the same edit reads at several positions ("toxi" + "c" before
// "chemical" is also "toxic" + "c"): position is the last of them, earliest the first.
struct TextChange
{
    qsizetype position = 0;
    qsizetype removed = 0;
    QString inserted;
    qsizetype earliest = 0;
    // The text just before the change, from the character before earliest up to position: what
    // tells whether the change starts at a word boundary, wherever it is placed.
    QString lead;

    // The character before a place in [earliest, position]; a null QChar at the text's start.
    QChar characterBefore(qsizetype at) const;

    bool isEmpty() const { return removed == 0 && inserted.isEmpty(); }
};

// The change from one text to the other, found from their common start and end. offset is added
// to the positions (for a change found in a part of a longer text).
TextChange changeBetween(const QString &before, const QString &after, qsizetype offset = 0);

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
