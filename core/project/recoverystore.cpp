#include "recoverystore.h"

#include "projectfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace rd {

namespace {

constexpr QLatin1StringView suffix(".releasedesk");

QString lockPathOf(const QString &recoveryPath)
{
    return recoveryPath + QStringLiteral(".lock");
}

} // namespace

RecoveryStore::RecoveryStore(const QString &folder)
    : m_folder(folder.isEmpty()
            ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                  .filePath(QStringLiteral("recovery"))
            : folder)
{ }

RecoveryStore::~RecoveryStore() = default;

bool RecoveryStore::begin()
{
    if (m_lock)
        return true;
    if (!QDir().mkpath(m_folder))
        return false;
    QFile::setPermissions(
        m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_lock = std::make_unique<QLockFile>(lockPathOf(sessionFile()));
    m_lock->setStaleLockTime(0); // held for the whole session, however long
    if (!m_lock->tryLock()) {
        m_lock.reset();
        return false;
    }
    return true;
}

QString RecoveryStore::sessionFile() const
{
    return QDir(m_folder).filePath(m_sessionId + suffix);
}

QString RecoveryStore::metadataPath(const QString &recoveryPath)
{
    return recoveryPath + QStringLiteral(".json");
}

Status RecoveryStore::save(const Release &release, const QString &originalPath)
{
    if (!begin())
        return Error {QStringLiteral("the recovery folder %1 cannot be written").arg(m_folder)};
    return write(sessionFile(), release, originalPath);
}

Status RecoveryStore::write(
    const QString &path, const Release &release, const QString &originalPath)
{
    if (Status saved = saveProject(release, path, NewFileAccess::OwnerOnly); !saved)
        return saved;
    const QJsonObject metadata {
        {QStringLiteral("originalPath"), originalPath},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
    return saveFileAtomically(
        metadataPath(path), QJsonDocument(metadata).toJson(), NewFileAccess::OwnerOnly);
}

void RecoveryStore::discard()
{
    if (!m_lock)
        return;
    QFile::remove(sessionFile());
    QFile::remove(metadataPath(sessionFile()));
}

QList<RecoveryStore::Orphan> RecoveryStore::orphans() const
{
    QList<Orphan> found;
    const QDir folder(m_folder);
    for (const QFileInfo &file :
        folder.entryInfoList({QStringLiteral("*") + suffix}, QDir::Files)) {
        const QString path = file.absoluteFilePath();
        if (m_lock && path == QFileInfo(sessionFile()).absoluteFilePath())
            continue;
        // A lock its owner still holds means an editor is running with this work open.
        QLockFile lock(lockPathOf(path));
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        QFile metadataFile(metadataPath(path));
        Orphan orphan {path, {}, file.lastModified().toUTC()};
        if (metadataFile.open(QIODevice::ReadOnly)) {
            const QJsonObject metadata = QJsonDocument::fromJson(metadataFile.readAll()).object();
            orphan.originalPath = metadata.value(QStringLiteral("originalPath")).toString();
            const QDateTime savedAt = QDateTime::fromString(
                metadata.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
            if (savedAt.isValid())
                orphan.savedAt = savedAt;
        }
        found.append(orphan);
    }
    std::sort(found.begin(), found.end(),
        [](const Orphan &a, const Orphan &b) { return a.savedAt > b.savedAt; });
    return found;
}

Result<Release> RecoveryStore::readOrphan(const Orphan &orphan) const
{
    Result<LoadedRelease> loaded = loadProject(orphan.recoveryPath);
    if (!loaded)
        return loaded.error();
    return loaded->release;
}

void RecoveryStore::removeOrphan(const Orphan &orphan) const
{
    QFile::remove(orphan.recoveryPath);
    QFile::remove(metadataPath(orphan.recoveryPath));
    QFile::remove(lockPathOf(orphan.recoveryPath));
}

} // namespace rd
