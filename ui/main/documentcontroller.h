#pragma once

#include "model/templates.h"
#include "project/recoverystore.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>

class QWidget;

namespace rd {

class Autosaver;
class ProjectLock;
class ReleaseDocument;
class UserPrompts;

// New, open, save and close for the one release a window edits: the file name that goes with the
// document, the "save changes?" question, and errors shown as messages. The model itself knows
// nothing of files or dialogs.
class DocumentController : public QObject
{
    Q_OBJECT

public:
    DocumentController(UserPrompts *prompts, QWidget *dialogParent, QObject *parent = nullptr);
    ~DocumentController() override;

    ReleaseDocument *document() const { return m_document; }
    QString filePath() const { return m_filePath; }
    // Opened while another Release Desk has it, or from a folder that cannot be written to: saved
    // only under another name.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    // Why the release is read-only, in a sentence for the window's banner; empty when it is not.
    QString readOnlyReason() const { return m_readOnlyReason; }
    // The file's name, or "Untitled" for a release never saved.
    QString displayName() const;

    // Each returns false when the user cancelled or the operation failed (after saying why).
    bool newRelease();
    bool newFromTemplate(ReleaseTemplate kind);
    // A new update that follows the open release, under its reference number.
    bool newFollowUpUpdate();
    bool open();
    bool openFile(const QString &path);
    // A new, untitled release with the content of the project at path (the shipped example, or a
    // file on a read-only medium): the file is never written, and saving asks where.
    bool openAsNew(const QString &path);
    bool save();
    bool saveAs();
    // Asks to save unsaved changes; false when the user chose Cancel or the save failed.
    bool maybeSave();
    // The window is closing, its changes saved or deliberately discarded.
    void close();
    // Starts on release (after asking to save the one open), without a file: a new release, or an
    // empty one behind the start page.
    bool startNew(const Release &release);

    // Attaches files to the release, saying why any could not be; returns how many were.
    int attachFiles(const QStringList &paths);
    static constexpr int maxFilesAttachedAtOnce = 50;

    // Offers back the work of an editor that stopped before saving; true when some was restored.
    bool offerRecovery();
    Autosaver *autosaver() const { return m_autosaver; }

Q_SIGNALS:
    void filePathChanged(const QString &path);
    void readOnlyChanged(bool readOnly);
    // The release was written to its project file.
    void saved(const QDateTime &when);

private:
    // A new release's lead agency starts with the default house style from the preferences,
    // unless it carries a style of its own.
    Release withDefaultHouseStyle(Release release) const;
    bool saveTo(const QString &path);
    void setReadOnlyReason(const QString &reason);

    // What the file on disk was when this window last read or wrote it, to notice a colleague's
    // save in between.
    struct FileStamp
    {
        QDateTime modified;
        qint64 size = -1;

        static FileStamp of(const QString &path);
        bool isValid() const { return size >= 0; }
        bool operator==(const FileStamp &) const = default;
    };
    void setFilePath(const QString &path);
    QString defaultFolder() const;

    UserPrompts *m_prompts;
    QWidget *m_dialogParent;
    ReleaseDocument *m_document;
    QString m_filePath;
    RecoveryStore m_recovery;
    Autosaver *m_autosaver;
    std::unique_ptr<ProjectLock> m_lock;
    FileStamp m_diskStamp;
    QString m_readOnlyReason;
};

} // namespace rd
