#include "textchange.h"

namespace rd {

QChar TextChange::characterBefore(qsizetype at) const
{
    const qsizetype leadStart = position - lead.size();
    const qsizetype index = at - 1 - leadStart;
    return index >= 0 && index < lead.size() ? lead.at(index) : QChar();
}

TextChange changeBetween(const QString &before, const QString &after, qsizetype offset)
{
    qsizetype start = 0;
    const qsizetype shorter = std::min(before.size(), after.size());
    while (start < shorter && before.at(start) == after.at(start))
        ++start;
    qsizetype end = 0;
    while (end < shorter - start
        && before.at(before.size() - 1 - end) == after.at(after.size() - 1 - end))
        ++end;
    TextChange change {start, before.size() - start - end,
        after.mid(start, after.size() - start - end), start, {}};
    // Slide a pure insertion or deletion back over the characters that repeat it.
    const QString &text = change.removed == 0 ? after : before;
    const qsizetype length = change.removed == 0 ? change.inserted.size() : change.removed;
    if (change.removed == 0 || change.inserted.isEmpty()) {
        while (change.earliest > 0
            && text.at(change.earliest - 1) == text.at(change.earliest - 1 + length))
            --change.earliest;
    }
    const qsizetype leadStart = std::max<qsizetype>(0, change.earliest - 1);
    change.lead = before.mid(leadStart, change.position - leadStart);
    change.position += offset;
    change.earliest += offset;
    return change;
}

} // namespace rd
