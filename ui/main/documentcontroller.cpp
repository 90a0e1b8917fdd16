#include "documentcontroller.h"

#include "autosaver.h"
#include "model/newrelease.h"
#include "model/releasedocument.h"
#include "project/formatversion.h"
#include "project/projectfile.h"
#include "userprompts.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>

namespace rd {

namespace {

const char *lastFolderKey = "files/lastFolder";

QString projectFilter()
{
    return QObject::tr("Release Desk projects (*.%1)").arg(format::fileExtension);
}

} // namespace

DocumentController::DocumentController(UserPrompts *prompts, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_prompts(prompts)
    , m_dialogParent(dialogParent)
    , m_document(new ReleaseDocument(rd::newRelease(QLocale(), QDate::currentDate()), this))
    , m_autosaver(new Autosaver(
          m_document, &m_recovery, [this] { return m_filePath; }, this))
{ }

void DocumentController::close()
{
    m_autosaver->discard();
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
                  .arg(
                      name, QLocale().toString(orphan.savedAt.toLocalTime(), QLocale::ShortFormat));
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

QString DocumentController::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool DocumentController::newRelease()
{
    if (!maybeSave())
        return false;
    m_document->reset(rd::newRelease(QLocale(), QDate::currentDate()));
    setFilePath(QString());
    return true;
}

bool DocumentController::open()
{
    if (!maybeSave())
        return false;
    const QString path = m_prompts->askOpenFileName(
        m_dialogParent, tr("Open release"), defaultFolder(), projectFilter());
    return !path.isEmpty() && openFile(path);
}

bool DocumentController::openFile(const QString &path)
{
    Result<LoadedRelease> loaded = loadProject(path);
    if (!loaded) {
        m_prompts->showError(m_dialogParent, tr("Open release"), loaded.error().message);
        return false;
    }
    m_document->reset(loaded->release);
    setFilePath(QFileInfo(path).absoluteFilePath());
    for (const QString &warning : std::as_const(loaded->warnings))
        m_prompts->showWarning(m_dialogParent, displayName(), warning);
    return true;
}

bool DocumentController::save()
{
    return m_filePath.isEmpty() ? saveAs() : saveTo(m_filePath);
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
        m_dialogParent, tr("Save release as"), suggested, projectFilter());
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
    const Status saved = saveProject(m_document->release(), path);
    if (!saved) {
        m_prompts->showError(m_dialogParent, tr("Save release"), saved.error().message);
        return false;
    }
    m_document->markSaved();
    setFilePath(QFileInfo(path).absoluteFilePath());
    return true;
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
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace rd
