#pragma once

#include "model/release.h"
#include "util/error.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QLockFile;

namespace rd {

// Work not yet saved, kept safe against a crash or a kill: each running editor writes its release
// every few seconds after a change to a recovery file of its own (a project file, readable by its
// owner only, in the user's data folder), holds a lock on it while it runs, and removes it when
// the work is saved or discarded. A recovery file whose lock nobody holds was left by an editor
// that died, and the next start offers it back.
class RecoveryStore
{
public:
    // Where recovery files live: folder (the application's data folder when empty).
    explicit RecoveryStore(const QString &folder = {});
    ~RecoveryStore();

    QString folder() const { return m_folder; }

    // Starts this session: takes its lock. Returns false when the folder cannot be written.
    bool begin();
    // This session's recovery file (after begin()).
    QString sessionFile() const;
    // Writes release as the recovery file at path, remembering the file it belongs to. Touches
    // no member: an autosave may run it on a worker thread with a copy of the release.
    static Status write(const QString &path, const Release &release, const QString &originalPath);
    // Writes release as this session's recovery file, on the calling thread.
    Status save(const Release &release, const QString &originalPath);
    // Removes this session's recovery file: the work is saved, or the user threw it away.
    void discard();

    struct Orphan
    {
        QString recoveryPath;
        QString originalPath; // empty for a release never saved
        QDateTime savedAt;
    };
    // Recovery files of editors that are no longer running, newest first.
    QList<Orphan> orphans() const;
    // Reads an orphan back; it stays on disk until removeOrphan().
    Result<Release> readOrphan(const Orphan &orphan) const;
    void removeOrphan(const Orphan &orphan) const;

private:
    static QString metadataPath(const QString &recoveryPath);

    QString m_folder;
    QString m_sessionId;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace rd
