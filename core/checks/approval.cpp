#include "approval.h"

#include "checkcontext.h"
#include "checks.h"
#include "model/releasedocument.h"
#include "project/contenthash.h"

namespace rd {

Status mayApprove(const Release &release, const QDateTime &now)
{
    QStringList errors;
    for (const Finding &finding : checkRelease(release, houseStyleOf(release), now)) {
        if (finding.severity == Finding::Severity::Error)
            errors.append(QStringLiteral("\u2022 ") + finding.message);
    }
    if (errors.isEmpty())
        return success();
    constexpr int shown = 8;
    QString list = QStringList(errors.mid(0, shown)).join(QLatin1Char('\n'));
    if (errors.size() > shown)
        list += QLatin1Char('\n')
            + CheckText::tr("\u2026 and %1 more in the checklist.").arg(errors.size() - shown);
    return Error {CheckText::tr("The release cannot be approved while it has errors. Fix these "
                                "first:\n%1")
                      .arg(list)};
}

Status approveRelease(ReleaseDocument &document, const QString &approver, const QDateTime &now)
{
    if (Status allowed = mayApprove(document.release(), now); !allowed)
        return allowed;
    document.approve(approver, now, contentSha256(document.release()));
    return success();
}

} // namespace rd
