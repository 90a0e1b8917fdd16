#include "documentcontroller.h"

#include "autosaver.h"
#include "model/filesource.h"
#include "model/housestyle.h"
#include "model/newrelease.h"
#include "model/releasedocument.h"
#include "project/formatversion.h"
#include "project/projectfile.h"
#include "project/projectlock.h"
#include "userprompts.h"
#include "userstime.h"
#include "workpreferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QUndoStack>

namespace rd {

namespace {

// The translation context of this file's words.
class DocumentFiles
{
    Q_DECLARE_TR_FUNCTIONS(DocumentFiles)
};

} // namespace

namespace {

const char *lastFolderKey = "files/lastFolder";

QString projectFilter()
{
    return DocumentFiles::tr("Release Desk projects (*.%1)").arg(format::fileExtension);
}

} // namespace

DocumentController::DocumentController(UserPrompts *prompts, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_prompts(prompts)
    , m_dialogParent(dialogParent)
    , m_document(new ReleaseDocument(rd::newRelease(QLocale(), QDate::currentDate()), this))
    , m_autosaver(new Autosaver(
          m_document, &m_recovery, [this] { return m_filePath; }, this))
{
    m_autosaver->setInterval(autosaveSeconds() * 1000);
}

DocumentController::~DocumentController() = default;

void DocumentController::close()
{
    m_autosaver->discard();
    m_lock.reset();
}

bool DocumentController::offerRecovery()
{
    for (const RecoveryStore::Orphan &orphan : m_recovery.orphans()) {
        const QString name = orphan.originalPath.isEmpty()
            ? tr("an untitled release")
            : QFileInfo(orphan.originalPath).fileName();
        const QString description
            = tr("Release Desk stopped before the changes to %1 were saved. Restore the work "
                 "as it was at %2?")
                  .arg(name, localTime(orphan.savedAt));
        if (!m_prompts->askToRestore(m_dialogParent, description)) {
            m_recovery.removeOrphan(orphan);
            continue;
        }
        Result<Release> release = m_recovery.readOrphan(orphan);
        if (!release) {
            m_prompts->showError(
                m_dialogParent, tr("Restore unsaved work"), release.error().message);
            continue;
        }
        m_document->reset(release.value());
        setFilePath(orphan.originalPath);
        // Restored work is not what the file on disk holds until it is saved.
        m_document->undoStack()->resetClean();
        m_recovery.removeOrphan(orphan);
        return true;
    }
    return false;
}

int DocumentController::attachFiles(const QStringList &paths)
{
    // A folder's whole contents dropped by mistake would be read into the release one by one,
    // with the window frozen meanwhile; a release is never sent with more than a few files.
    if (paths.size() > maxFilesAttachedAtOnce) {
        m_prompts->showWarning(m_dialogParent, tr("Attach files"),
            tr("%L1 files cannot be attached at once: a release takes at most %L2 at a time. "
               "Choose the files that go with the release.")
                .arg(paths.size())
                .arg(maxFilesAttachedAtOnce));
        return 0;
    }
    int attached = 0;
    for (const QString &path : paths) {
        Result<Attachment> attachment = attachmentFromFile(path);
        if (!attachment) {
            m_prompts->showError(m_dialogParent, tr("Attach a file"), attachment.error().message);
            continue;
        }
        m_document->insertItem(attachment.value());
        ++attached;
    }
    return attached;
}

QString DocumentController::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool DocumentController::newRelease()
{
    return startNew(rd::newRelease(QLocale(), QDate::currentDate()));
}

bool DocumentController::newFromTemplate(ReleaseTemplate kind)
{
    return startNew(releaseFromTemplate(kind, QLocale(), QDate::currentDate()));
}

bool DocumentController::newFollowUpUpdate()
{
    return startNew(followUpUpdate(m_document->release(), QDate::currentDate()));
}

bool DocumentController::startNew(const Release &release)
{
    if (!maybeSave())
        return false;
    m_document->reset(withDefaultHouseStyle(release));
    m_lock.reset();
    m_diskStamp = {};
    setReadOnlyReason(QString());
    setFilePath(QString());
    return true;
}

Release DocumentController::withDefaultHouseStyle(Release release) const
{
    const QString path = defaultHouseStylePath();
    if (path.isEmpty() || release.agencies.isEmpty()
        || !release.agencies.first().houseStyle.isEmpty())
        return release;
    const Result<QJsonObject> style = readHouseStyleJson(path);
    if (!style) {
        m_prompts->showWarning(m_dialogParent, DocumentFiles::tr("Default House Style"),
            DocumentFiles::tr("%1\n\nThe new release is checked against the built-in style "
                              "until its lead agency is given one. File \u25b8 Preferences "
                              "chooses the default style.")
                .arg(style.error().message));
        return release;
    }
    release.agencies.first().houseStyle = style.value();
    return release;
}

bool DocumentController::open()
{
    if (!maybeSave())
        return false;
    const QString path = m_prompts->askOpenFileName(
        m_dialogParent, tr("Open release"), defaultFolder(), projectFilter());
    return !path.isEmpty() && openFile(path);
}

namespace {

// A project that cannot be written where it is (a read-only medium, an installation's folder, a
// share mounted read-only) is opened read-only without trying to lock it: the lock file could not
// be made there either, and trying would only leave the user waiting on a network error.
bool isWritableWhereItIs(const QString &absolutePath)
{
    const QFileInfo file(absolutePath);
    return file.isWritable() && QFileInfo(file.absolutePath()).isWritable();
}

} // namespace

bool DocumentController::openFile(const QString &path)
{
    Result<LoadedRelease> loaded = loadProject(path);
    if (!loaded) {
        m_prompts->showError(m_dialogParent, tr("Open release"), loaded.error().message);
        return false;
    }
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    const QString fileName = QFileInfo(path).fileName();
    if (absolutePath == m_filePath)
        m_lock.reset(); // opening again the file this window has open: its own lock is no obstacle
    std::unique_ptr<ProjectLock> lock;
    QString readOnlyReason;
    bool asCopy = false;
    const QString saveAsHint = tr("Use Save As to keep your changes under another name.");
    if (!isWritableWhereItIs(absolutePath)) {
        readOnlyReason
            = tr("%1 is read-only: its folder or the medium it is on cannot be written to. %2")
                  .arg(fileName, saveAsHint);
    } else {
        lock = std::make_unique<ProjectLock>(absolutePath);
        switch (lock->tryLock()) {
        case ProjectLock::Outcome::Locked:
            break;
        case ProjectLock::Outcome::Failed:
            // A folder that takes no lock file after all (a share that refuses new files).
            readOnlyReason = tr("%1 is read-only: no lock could be taken in its folder, so a "
                                "colleague's changes could be overwritten. %2")
                                 .arg(fileName, saveAsHint);
            lock.reset();
            break;
        case ProjectLock::Outcome::HeldByOther: {
            const ProjectLock::Holder holder = lock->holder();
            const QString since = localTime(holder.since);
            const QString description
                = tr("%1 is open in Release Desk by %2 on %3 since %4. You can open it "
                     "read-only, open a copy to save under another name%5.")
                      .arg(fileName, holder.user, holder.host, since,
                          holder.onThisMachine ? QString()
                                               : tr(", or break the lock if that Release Desk "
                                                    "is no longer running"));
            switch (m_prompts->askWhenLocked(m_dialogParent, description, !holder.onThisMachine)) {
            case UserPrompts::LockChoice::ReadOnly:
                readOnlyReason = tr("%1 is read-only: %2 has it open on %3. %4")
                                     .arg(fileName, holder.user, holder.host, saveAsHint);
                lock.reset();
                break;
            case UserPrompts::LockChoice::Copy:
                asCopy = true;
                lock.reset();
                break;
            case UserPrompts::LockChoice::BreakLock:
                if (!lock->breakAndLock()) {
                    m_prompts->showError(m_dialogParent, tr("Open release"),
                        tr("%1: the lock could not be broken").arg(fileName));
                    return false;
                }
                break;
            case UserPrompts::LockChoice::Cancel:
                return false;
            }
            break;
        }
        }
    }

    m_document->reset(loaded->release);
    m_lock = std::move(lock);
    m_diskStamp = asCopy ? FileStamp {} : FileStamp::of(absolutePath);
    setReadOnlyReason(readOnlyReason);
    setFilePath(asCopy ? QString() : absolutePath);
    if (asCopy)
        m_document->undoStack()->resetClean(); // a copy exists nowhere on disk yet
    for (const QString &warning : std::as_const(loaded->warnings))
        m_prompts->showWarning(m_dialogParent, displayName(), warning);
    return true;
}

bool DocumentController::openAsNew(const QString &path)
{
    if (!maybeSave())
        return false;
    Result<LoadedRelease> loaded = loadProject(path);
    if (!loaded) {
        m_prompts->showError(m_dialogParent, tr("Open release"), loaded.error().message);
        return false;
    }
    m_document->reset(loaded->release);
    m_lock.reset();
    m_diskStamp = {};
    setReadOnlyReason(QString());
    setFilePath(QString());
    for (const QString &warning : std::as_const(loaded->warnings))
        m_prompts->showWarning(m_dialogParent, displayName(), warning);
    return true;
}

bool DocumentController::save()
{
    // A project opened read-only is saved under another name.
    return m_filePath.isEmpty() || isReadOnly() ? saveAs() : saveTo(m_filePath);
}

bool DocumentController::saveAs()
{
    QString suggested = m_filePath;
    if (suggested.isEmpty()) {
        const QString reference = m_document->release().reference.trimmed();
        const QString base = reference.isEmpty() ? tr("release") : reference;
        suggested = QDir(defaultFolder()).filePath(base + QLatin1Char('.') + format::fileExtension);
    }
    QString path = m_prompts->askSaveFileName(
        m_dialogParent, tr("Save release as"), suggested, projectFilter(), nullptr);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + format::fileExtension;
    return saveTo(path);
}

bool DocumentController::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (m_prompts->askToSaveChanges(m_dialogParent, displayName())) {
    case UserPrompts::SaveChoice::Save:
        return save();
    case UserPrompts::SaveChoice::Discard:
        return true;
    case UserPrompts::SaveChoice::Cancel:
        break;
    }
    return false;
}

bool DocumentController::saveTo(const QString &path)
{
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    const bool sameFile = absolutePath == m_filePath;
    if (sameFile && isReadOnly())
        return saveAs();
    if (sameFile && m_diskStamp.isValid() && FileStamp::of(absolutePath) != m_diskStamp) {
        switch (m_prompts->askWhenChangedOnDisk(m_dialogParent, displayName())) {
        case UserPrompts::ChangedOnDiskChoice::Overwrite:
            break;
        case UserPrompts::ChangedOnDiskChoice::SaveAs:
            return saveAs();
        case UserPrompts::ChangedOnDiskChoice::Cancel:
            return false;
        }
    }

    // Saving under a new name takes that file's lock first.
    std::unique_ptr<ProjectLock> newLock;
    if (!sameFile) {
        newLock = std::make_unique<ProjectLock>(absolutePath);
        if (newLock->tryLock() == ProjectLock::Outcome::HeldByOther) {
            m_prompts->showError(m_dialogParent, tr("Save release"),
                tr("%1: another Release Desk has this file open; choose another name")
                    .arg(QFileInfo(path).fileName()));
            return false;
        }
    }

    const Status saved = saveProject(m_document->release(), absolutePath);
    if (!saved) {
        m_prompts->showError(m_dialogParent, tr("Save release"), saved.error().message);
        return false;
    }
    if (newLock)
        m_lock = std::move(newLock);
    m_diskStamp = FileStamp::of(absolutePath);
    setReadOnlyReason(QString());
    m_document->markSaved();
    setFilePath(absolutePath);
    Q_EMIT this->saved(QDateTime::currentDateTimeUtc());
    return true;
}

void DocumentController::setReadOnlyReason(const QString &reason)
{
    if (m_readOnlyReason == reason)
        return;
    const bool wasReadOnly = isReadOnly();
    m_readOnlyReason = reason;
    if (wasReadOnly != isReadOnly() || isReadOnly())
        Q_EMIT readOnlyChanged(isReadOnly());
}

DocumentController::FileStamp DocumentController::FileStamp::of(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? FileStamp {info.lastModified(), info.size()} : FileStamp {};
}

void DocumentController::setFilePath(const QString &path)
{
    m_filePath = path;
    if (!path.isEmpty())
        QSettings().setValue(QLatin1String(lastFolderKey), QFileInfo(path).absolutePath());
    Q_EMIT filePathChanged(path);
}

QString DocumentController::defaultFolder() const
{
    const QString last = QSettings().value(QLatin1String(lastFolderKey)).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    return documentsFolder();
}

} // namespace rd
