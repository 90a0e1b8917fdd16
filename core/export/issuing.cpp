#include "issuing.h"

#include "project/contenthash.h"

#include <QRegularExpression>

namespace rd {

std::optional<IssueRecord> issueRecordFor(const Release &release, ExportFormat format,
    const QString &fileName, const QString &issuedBy, const QDateTime &when)
{
    if (release.workflow.state != WorkflowState::Approved)
        return std::nullopt;
    return IssueRecord {
        when.toUTC(), issuedBy.trimmed(), formatName(format), fileName, contentSha256(release), {}};
}

QString suggestedFileName(const Release &release)
{
    constexpr qsizetype longest = 80;
    QString name = QStringLiteral("%1 %2").arg(release.reference, asSingleLine(release.headline));
    // Windows, macOS and Linux all refuse some of these; none belongs in a file name.
    static const QRegularExpression refused(QStringLiteral("[\\\\/:*?\"<>|\\x{0000}-\\x{001F}]"));
    name.replace(refused, QStringLiteral(" "));
    name = name.simplified();
    if (name.size() > longest) {
        const qsizetype cut = name.lastIndexOf(QLatin1Char(' '), longest);
        name = name.left(cut > longest / 2 ? cut : longest).trimmed();
    }
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1); // a trailing dot vanishes on Windows
    return name.isEmpty() ? QStringLiteral("release") : name;
}

} // namespace rd
