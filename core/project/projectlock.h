#pragma once

#include <QDateTime>
#include <QString>

#include <memory>

class QLockFile;

namespace rd {

// Tells other Release Desks that a project is open here, as project files often live in shared
// network folders. The lock is a QLockFile beside the project (".NAME.lock"), with a small note of
// who holds it; a lock left by a crashed Release Desk on this machine is taken over silently, one
// from another machine only when the user says so.
class ProjectLock
{
public:
    explicit ProjectLock(const QString &projectPath);
    ~ProjectLock();

    struct Holder
    {
        QString user;
        QString host;
        QDateTime since;
        bool onThisMachine = false;
    };

    enum class Outcome { Locked, HeldByOther, Failed };
    Outcome tryLock();
    // Who holds the lock, after tryLock() said HeldByOther.
    Holder holder() const;
    // Takes a lock another machine left behind (the user has confirmed that it is abandoned).
    bool breakAndLock();
    void unlock();
    bool isLocked() const;

    static QString lockPathFor(const QString &projectPath);

private:
    void writeNote();

    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
};

// The user name this machine knows the user by.
QString currentUserName();

} // namespace rd
