#pragma once

#include <QString>

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

} // namespace rd
