#include "changesummary.h"

#include <QCoreApplication>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Comparison)
};

// Long texts are cut for a one-line summary; the words themselves are never cut.
QString quoted(const QString &text)
{
    constexpr qsizetype longest = 160;
    QString oneLine = text.simplified();
    if (oneLine.size() > longest)
        oneLine = oneLine.left(longest).trimmed() + QStringLiteral("…");
    return QStringLiteral("\"%1\"").arg(oneLine);
}

QString quotedList(const QStringList &texts)
{
    QStringList parts;
    for (const QString &text : texts)
        parts.append(quoted(text));
    return parts.join(QStringLiteral(", "));
}

QString wordsChanged(const Difference &difference)
{
    const QStringList removed = deletedWords(difference.words);
    const QStringList added = insertedWords(difference.words);
    QStringList parts;
    if (!removed.isEmpty())
        parts.append(Tr::tr("removed %1").arg(quotedList(removed)));
    if (!added.isEmpty())
        parts.append(Tr::tr("added %1").arg(quotedList(added)));
    if (difference.formattingChanged)
        parts.append(Tr::tr("formatting changed"));
    if (parts.isEmpty()) // only spaces or line breaks differ
        parts.append(Tr::tr("spacing changed"));
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString summaryLine(const Difference &difference)
{
    switch (difference.kind) {
    case Difference::Kind::Added:
        return Tr::tr("%1: added: %2").arg(difference.path, quoted(difference.after));
    case Difference::Kind::Removed:
        return Tr::tr("%1: removed: %2").arg(difference.path, quoted(difference.before));
    case Difference::Kind::Moved:
        return difference.formattingChanged
            ? Tr::tr("%1: moved from %2; formatting changed")
                  .arg(difference.path, difference.earlierPath)
            : Tr::tr("%1: moved from %2").arg(difference.path, difference.earlierPath);
    case Difference::Kind::Changed:
        break;
    }
    if (!difference.words.isEmpty() || difference.formattingChanged)
        return Tr::tr("%1: changed: %2").arg(difference.path, wordsChanged(difference));
    return Tr::tr("%1: changed: was %2; now %3")
        .arg(difference.path, quoted(difference.before), quoted(difference.after));
}

QString changeSummary(const QList<Difference> &differences)
{
    QString summary;
    for (const Difference &difference : differences)
        summary += summaryLine(difference) + QLatin1Char('\n');
    return summary;
}

} // namespace rd
