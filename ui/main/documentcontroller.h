#pragma once

#include "project/recoverystore.h"

#include <QObject>
#include <QString>

class QWidget;

namespace rd {

class Autosaver;
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

    ReleaseDocument *document() const { return m_document; }
    QString filePath() const { return m_filePath; }
    // The file's name, or "Untitled" for a release never saved.
    QString displayName() const;

    // Each returns false when the user cancelled or the operation failed (after saying why).
    bool newRelease();
    bool open();
    bool openFile(const QString &path);
    bool save();
    bool saveAs();
    // Asks to save unsaved changes; false when the user chose Cancel or the save failed.
    bool maybeSave();
    // The window is closing, its changes saved or deliberately discarded.
    void close();

    // Offers back the work of an editor that stopped before saving; true when some was restored.
    bool offerRecovery();
    Autosaver *autosaver() const { return m_autosaver; }

Q_SIGNALS:
    void filePathChanged(const QString &path);

private:
    bool saveTo(const QString &path);
    void setFilePath(const QString &path);
    QString defaultFolder() const;

    UserPrompts *m_prompts;
    QWidget *m_dialogParent;
    ReleaseDocument *m_document;
    QString m_filePath;
    RecoveryStore m_recovery;
    Autosaver *m_autosaver;
};

} // namespace rd
