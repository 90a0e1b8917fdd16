#include "projectlock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSysInfo>

namespace rd {

namespace {

QString notePathOf(const QString &lockPath)
{
    return lockPath + QStringLiteral(".json");
}

} // namespace

QString currentUserName()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("unknown");
}

QString ProjectLock::lockPathFor(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    return info.absoluteDir().filePath(QStringLiteral(".%1.lock").arg(info.fileName()));
}

ProjectLock::ProjectLock(const QString &projectPath)
    : m_lockPath(lockPathFor(projectPath))
    , m_lock(std::make_unique<QLockFile>(m_lockPath))
{
    // Held for as long as the project is open, however long that is: no lock goes stale by age,
    // only by its process having died (which QLockFile can tell on this machine alone).
    m_lock->setStaleLockTime(0);
}

ProjectLock::~ProjectLock()
{
    unlock();
}

ProjectLock::Outcome ProjectLock::tryLock()
{
    if (m_lock->isLocked())
        return Outcome::Locked;
    if (m_lock->tryLock(0)) {
        writeNote();
        return Outcome::Locked;
    }
    return m_lock->error() == QLockFile::LockFailedError ? Outcome::HeldByOther : Outcome::Failed;
}

ProjectLock::Holder ProjectLock::holder() const
{
    Holder holder;
    qint64 pid = 0;
    QString application;
    m_lock->getLockInfo(&pid, &holder.host, &application);
    holder.onThisMachine = holder.host.isEmpty() || holder.host == QSysInfo::machineHostName();
    holder.since = QFileInfo(m_lockPath).lastModified();
    QFile noteFile(notePathOf(m_lockPath));
    if (noteFile.open(QIODevice::ReadOnly)) {
        const QJsonObject note = QJsonDocument::fromJson(noteFile.readAll()).object();
        holder.user = note.value(QStringLiteral("user")).toString();
        const QDateTime since
            = QDateTime::fromString(note.value(QStringLiteral("since")).toString(), Qt::ISODate);
        if (since.isValid())
            holder.since = since;
    }
    if (holder.user.isEmpty())
        holder.user = QStringLiteral("someone");
    return holder;
}

bool ProjectLock::breakAndLock()
{
    m_lock->removeStaleLockFile();
    QFile::remove(m_lockPath); // removeStaleLockFile() only removes locks it thinks stale
    return tryLock() == Outcome::Locked;
}

void ProjectLock::unlock()
{
    if (!m_lock->isLocked())
        return;
    QFile::remove(notePathOf(m_lockPath));
    m_lock->unlock();
}

bool ProjectLock::isLocked() const
{
    return m_lock->isLocked();
}

void ProjectLock::writeNote()
{
    const QJsonObject note {
        {QStringLiteral("user"), currentUserName()},
        {QStringLiteral("host"), QSysInfo::machineHostName()},
        {QStringLiteral("since"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
    QFile file(notePathOf(m_lockPath));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QJsonDocument(note).toJson(QJsonDocument::Compact));
}

} // namespace rd
