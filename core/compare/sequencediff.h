#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace rd {

// One run of a shortest edit script between two sequences: `length` elements kept, deleted from
// the first sequence or inserted from the second.
struct EditRun
{
    enum class Kind { Keep, Delete, Insert };
    Kind kind;
    qsizetype length;

    bool operator==(const EditRun &) const = default;
};

// Numbers for what is compared by an identity (a paragraph, a block of the printed release, all
// it is written as one string): equal identities get equal numbers, in every list numbered with
// the same table, for shortestEdit() to compare.
class IdentityNumbers
{
public:
    quint32 numberOf(const QString &identity)
    {
        auto it = m_numbers.constFind(identity);
        if (it == m_numbers.constEnd())
            it = m_numbers.insert(identity, quint32(m_numbers.size()));
        return *it;
    }

private:
    QHash<QString, quint32> m_numbers;
};

// The shortest edit script that turns `before` into `after` (Myers' O((N+M)D) algorithm, after
// trimming what they share at their start and end), as runs in order. Elements are compared as
// numbers: callers map what they compare (words, paragraphs) to numbers first. Gives nothing when
// more than maxEdits insertions and deletions would be needed, so that comparing two unrelated
// long texts costs a bounded time; the caller then treats the whole as replaced.
std::optional<QList<EditRun>> shortestEdit(
    const QList<quint32> &before, const QList<quint32> &after, qsizetype maxEdits);

} // namespace rd
