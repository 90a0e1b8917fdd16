#include "comment.h"

#include "release.h"
#include "textchange.h"

#include <algorithm>

namespace rd {

QString anchorTextOf(const Release &release, const FieldKey &key)
{
    const QVariant value = fieldValue(release, key);
    if (key.field == Field::Body)
        return value.value<Body>().plainText();
    return value.metaType() == QMetaType::fromType<QString>() ? value.toString() : QString();
}

namespace {

// Where in text the stretch occurs nearest to a position; -1 when nowhere.
qsizetype nearestOccurrence(const QString &text, const QString &stretch, qsizetype near)
{
    qsizetype best = -1;
    for (qsizetype at = text.indexOf(stretch); at >= 0; at = text.indexOf(stretch, at + 1)) {
        if (best < 0 || std::abs(at - near) < std::abs(best - near))
            best = at;
    }
    return best;
}

} // namespace

Comment anchoredThrough(const Comment &comment, const QString &before, const QString &after)
{
    if (!comment.isAboutText() || comment.detached || before == after)
        return comment;
    // The edit: what the two texts share at their start and end stays; between, the characters
    // [editStart, editEnd) of before became `inserted` characters.
    const TextChange change = changeBetween(before, after);
    const qsizetype editStart = change.position;
    const qsizetype editEnd = change.position + change.removed;
    const qsizetype inserted = change.inserted.size();
    const qsizetype delta = after.size() - before.size();

    Comment moved = comment;
    const QString stretch = before.mid(comment.start, comment.length);
    const qsizetype start = comment.start;
    const qsizetype end = comment.start + comment.length;
    if (editStart >= end) // after the stretch (typing at its end does not grow it)
        return moved;
    if (editEnd <= start) { // before it (typing at its start does not grow it either)
        moved.start = start + delta;
        return moved;
    }
    if (start < editStart && end > editEnd) { // inside the stretch
        moved.length = comment.length + delta;
    } else if (start < editStart) { // its end deleted
        moved.length = editStart - start;
    } else if (end > editEnd) { // its start deleted
        moved.start = editStart + inserted;
        moved.length = end + delta - moved.start;
    } else { // all of it deleted, unless the edit only replaced what was around it
        const qsizetype found = nearestOccurrence(after, stretch, editStart);
        if (stretch.trimmed().isEmpty() || found < 0) {
            moved.detached = true;
            moved.start = std::min(editStart, after.size());
            moved.length = 0;
            return moved;
        }
        moved.start = found;
        moved.length = stretch.size();
        return moved;
    }
    // A stretch never starts or ends with a space it did not have.
    const QString now = after.mid(moved.start, moved.length);
    if (!stretch.isEmpty() && !stretch.back().isSpace()) {
        while (moved.length > 0 && now.at(moved.length - 1).isSpace())
            --moved.length;
    }
    if (!stretch.isEmpty() && !stretch.front().isSpace()) {
        while (moved.length > 0 && after.at(moved.start).isSpace()) {
            ++moved.start;
            --moved.length;
        }
    }
    return moved;
}

QList<Comment> anchoredThrough(const QList<Comment> &comments, const FieldKey &key,
    const QString &before, const QString &after)
{
    QList<Comment> moved = comments;
    for (Comment &comment : moved) {
        if (comment.field == key)
            comment = anchoredThrough(comment, before, after);
    }
    return moved;
}

qsizetype openCommentCount(const Release &release)
{
    return std::count_if(release.comments.cbegin(), release.comments.cend(),
        [](const Comment &comment) { return !comment.resolved; });
}

} // namespace rd
