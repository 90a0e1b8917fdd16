#include "checking.h"

#include "model/field.h"

#include <QTimeZone>

namespace rd::test {

QDateTime checkingMoment()
{
    return QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone("Pacific/Auckland"));
}

QList<Finding> findingsOf(const Release &release, const QString &rule, const HouseStyle &style)
{
    QList<Finding> findings;
    for (const Finding &finding : checkRelease(release, style, checkingMoment())) {
        if (rule.isEmpty() || finding.rule == rule
            || finding.rule.startsWith(rule + QLatin1Char('.')))
            findings.append(finding);
    }
    return findings;
}

Release releaseSaying(const QString &statement, const QString &language)
{
    Release release;
    release.language = language;
    release.agencies = {Agency {QStringLiteral("kbp"), QStringLiteral("Kestrel Bay Police"), {}, {},
        QStringLiteral("https://www.police.govt.nz"), {}, {}, {}}};
    release.dateline = {QStringLiteral("KESTREL BAY"), QDate(2026, 11, 26)};
    release.headline = QStringLiteral("Harbour road reopens after slip");
    release.body = Body::fromPlainText(statement);
    release.contacts
        = {MediaContact {QStringLiteral("c"), QStringLiteral("kbp"), QStringLiteral("Media Centre"),
            {}, QStringLiteral("+64 4 474 9499"), QStringLiteral("media@police.govt.nz"), {}}};
    release.issuedBy = QStringLiteral("Kestrel Bay Police Media Centre");
    return release;
}

Release releaseAboutADeath()
{
    Release release = releaseSaying(
        QStringLiteral("A woman has died after a crash on State Highway 2 near Kestrel Bay on "
                       "Wednesday 25 November.\n\nThe road was closed for five hours."));
    release.headline = QStringLiteral("Woman dies in State Highway 2 crash");
    return release;
}

} // namespace rd::test
