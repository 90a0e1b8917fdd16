#include "sequencediff.h"

#include <algorithm>
#include <vector>

namespace rd {

namespace {

void append(QList<EditRun> &runs, EditRun::Kind kind, qsizetype length)
{
    if (length <= 0)
        return;
    if (!runs.isEmpty() && runs.last().kind == kind)
        runs.last().length += length;
    else
        runs.append({kind, length});
}

// Myers' greedy algorithm on a[0, n) and b[0, m), which share neither their first nor their last
// element. Each round d keeps, for every diagonal k = x - y in [-d, d], the furthest x reached
// with d edits; the rounds are kept to walk the path back.
std::optional<QList<EditRun>> middleEdit(
    const quint32 *a, qsizetype n, const quint32 *b, qsizetype m, qsizetype maxEdits)
{
    const qsizetype limit = std::min(n + m, maxEdits);
    const qsizetype offset = limit + 1;
    std::vector<qsizetype> v(size_t(2 * offset + 1), 0);
    std::vector<std::vector<qsizetype>> rounds;
    for (qsizetype d = 0; d <= limit; ++d) {
        for (qsizetype k = -d; k <= d; k += 2) {
            const bool down
                = k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]);
            qsizetype x = down ? v[size_t(offset + k + 1)] : v[size_t(offset + k - 1)] + 1;
            qsizetype y = x - k;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                rounds.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1));
                // Walk back from (n, m) through the rounds, collecting runs in reverse.
                QList<EditRun> reversed;
                qsizetype px = n, py = m;
                for (qsizetype r = d; r > 0; --r) {
                    const std::vector<qsizetype> &previous = rounds[size_t(r - 1)];
                    const qsizetype pk = px - py;
                    const auto at
                        = [&](qsizetype diagonal) { return previous[size_t(diagonal + (r - 1))]; };
                    const bool wentDown = pk == -r || (pk != r && at(pk - 1) < at(pk + 1));
                    const qsizetype startK = wentDown ? pk + 1 : pk - 1;
                    const qsizetype startX = at(startK);
                    const qsizetype startY = startX - startK;
                    const qsizetype midX = wentDown ? startX : startX + 1;
                    append(reversed, EditRun::Kind::Keep, px - midX);
                    append(reversed, wentDown ? EditRun::Kind::Insert : EditRun::Kind::Delete, 1);
                    px = startX;
                    py = startY;
                }
                append(reversed, EditRun::Kind::Keep, px);
                QList<EditRun> runs;
                for (auto it = reversed.crbegin(); it != reversed.crend(); ++it)
                    append(runs, it->kind, it->length);
                return runs;
            }
        }
        rounds.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1));
    }
    return std::nullopt;
}

} // namespace

std::optional<QList<EditRun>> shortestEdit(
    const QList<quint32> &before, const QList<quint32> &after, qsizetype maxEdits)
{
    qsizetype start = 0;
    while (start < before.size() && start < after.size() && before.at(start) == after.at(start))
        ++start;
    qsizetype end = 0;
    while (end < before.size() - start && end < after.size() - start
        && before.at(before.size() - 1 - end) == after.at(after.size() - 1 - end))
        ++end;
    const qsizetype n = before.size() - start - end;
    const qsizetype m = after.size() - start - end;

    QList<EditRun> runs;
    append(runs, EditRun::Kind::Keep, start);
    if (n == 0 || m == 0) {
        append(runs, EditRun::Kind::Delete, n);
        append(runs, EditRun::Kind::Insert, m);
    } else {
        std::optional<QList<EditRun>> middle
            = middleEdit(before.constData() + start, n, after.constData() + start, m, maxEdits);
        if (!middle)
            return std::nullopt;
        for (const EditRun &run : *middle)
            append(runs, run.kind, run.length);
    }
    append(runs, EditRun::Kind::Keep, end);
    return runs;
}

} // namespace rd
