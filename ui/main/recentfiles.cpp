#include "recentfiles.h"

#include "desktoprecentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace rd {

namespace {
const char *recentKey = "files/recent";
}

RecentFiles::RecentFiles(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
{
    connect(menu, &QMenu::aboutToShow, this, &RecentFiles::rebuild);
    rebuild();
}

QStringList RecentFiles::files() const
{
    QStringList existing;
    for (const QString &path : QSettings().value(QLatin1String(recentKey)).toStringList()) {
        if (QFileInfo::exists(path))
            existing.append(path);
    }
    return existing;
}

void RecentFiles::add(const QString &path)
{
    if (path.isEmpty())
        return;
    QStringList recent = files();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maximum)
        recent.removeLast();
    QSettings().setValue(QLatin1String(recentKey), recent);
    // The desktop's list too, so that the file manager and file dialogs offer it. Failing that
    // costs the officer nothing they rely on, so it is said on the console, not in a dialog.
    if (const Status recorded = addToDesktopRecentFiles(path); !recorded)
        qWarning("%s", qPrintable(recorded.error().message));
}

void RecentFiles::rebuild()
{
    m_menu->clear();
    const QStringList recent = files();
    for (int i = 0; i < recent.size(); ++i) {
        // The name first, the folder after it: "&1 statement.releasedesk (~/Releases)".
        const QFileInfo info(recent.at(i));
        QAction *action = m_menu->addAction(
            tr("&%1 %2 (%3)")
                .arg(i + 1)
                .arg(QString(info.fileName()).replace(QLatin1Char('&'), QStringLiteral("&&")),
                    QDir::toNativeSeparators(info.path())));
        const QString path = recent.at(i);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileChosen(path); });
    }
    m_menu->setEnabled(!recent.isEmpty());
    if (recent.isEmpty())
        m_menu->addAction(tr("No recent releases"))->setEnabled(false);
}

} // namespace rd
