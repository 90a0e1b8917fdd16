#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace rd {

// Every question the user is asked and every message box goes through this interface, so that
// tests can answer them and nothing else in ui/ opens a dialog of its own.
class UserPrompts
{
public:
    enum class SaveChoice { Save, Discard, Cancel };
    enum class LockChoice { ReadOnly, Copy, BreakLock, Cancel };
    enum class ChangedOnDiskChoice { Overwrite, SaveAs, Cancel };
    enum class ExportedChoice { OpenFile, OpenFolder, Close };

    virtual ~UserPrompts() = default;

    virtual SaveChoice askToSaveChanges(QWidget *parent, const QString &documentName) = 0;
    virtual void showError(QWidget *parent, const QString &title, const QString &message) = 0;
    virtual void showWarning(QWidget *parent, const QString &title, const QString &message) = 0;
    // File names: empty when the user cancels.
    virtual QString askOpenFileName(
        QWidget *parent, const QString &title, const QString &folder, const QString &filter)
        = 0;
    // selectedFilter, when given, receives the filter the user chose (such as the PDF/A entry of
    // an export, whose files end in .pdf like any PDF's).
    virtual QString askSaveFileName(QWidget *parent, const QString &title,
        const QString &suggestedPath, const QString &filter, QString *selectedFilter)
        = 0;
    virtual std::optional<QString> askText(
        QWidget *parent, const QString &title, const QString &label, const QString &initial)
        = 0;
    // Unsaved work left by an editor that stopped: true to restore it, false to throw it away.
    virtual bool askToRestore(QWidget *parent, const QString &description) = 0;
    // A project another Release Desk has open; BreakLock is offered only when mayBreakLock.
    virtual LockChoice askWhenLocked(QWidget *parent, const QString &description, bool mayBreakLock)
        = 0;
    // Several of options (the indexes chosen; none when cancelled).
    virtual QList<int> askToChoose(
        QWidget *parent, const QString &title, const QString &label, const QStringList &options)
        = 0;
    // One of options, current chosen to start with (its index; none when cancelled).
    virtual std::optional<int> askOneOf(QWidget *parent, const QString &title, const QString &label,
        const QStringList &options, int current)
        = 0;
    // The file on disk changed since it was opened or saved here.
    virtual ChangedOnDiskChoice askWhenChangedOnDisk(QWidget *parent, const QString &fileName) = 0;
    // An edit of an approved release: true to return it to draft and make the edit.
    virtual bool askToWithdrawApproval(QWidget *parent, const QString &description) = 0;
    // The export worked: what to do with the file.
    virtual ExportedChoice askAfterExport(QWidget *parent, const QString &description) = 0;
    // Whether to go on with something despite what description says (approving a release while
    // comments are open): true for the button named proceed, false for Cancel, the default.
    virtual bool askToProceed(
        QWidget *parent, const QString &title, const QString &description, const QString &proceed)
        = 0;
};

// The real dialogs. Every text they show is set as plain text: a file name or a field may hold
// "<b>" or "<img src=...>", which Qt's automatic rich-text detection would otherwise interpret.
class DialogPrompts : public UserPrompts
{
public:
    SaveChoice askToSaveChanges(QWidget *parent, const QString &documentName) override;
    void showError(QWidget *parent, const QString &title, const QString &message) override;
    void showWarning(QWidget *parent, const QString &title, const QString &message) override;
    QString askOpenFileName(QWidget *parent, const QString &title, const QString &folder,
        const QString &filter) override;
    QString askSaveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
        const QString &filter, QString *selectedFilter) override;
    std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
        const QString &initial) override;
    bool askToRestore(QWidget *parent, const QString &description) override;
    QList<int> askToChoose(QWidget *parent, const QString &title, const QString &label,
        const QStringList &options) override;
    std::optional<int> askOneOf(QWidget *parent, const QString &title, const QString &label,
        const QStringList &options, int current) override;
    LockChoice askWhenLocked(
        QWidget *parent, const QString &description, bool mayBreakLock) override;
    ChangedOnDiskChoice askWhenChangedOnDisk(QWidget *parent, const QString &fileName) override;
    bool askToWithdrawApproval(QWidget *parent, const QString &description) override;
    ExportedChoice askAfterExport(QWidget *parent, const QString &description) override;
    bool askToProceed(QWidget *parent, const QString &title, const QString &description,
        const QString &proceed) override;
};

// Where file dialogs start when nothing better is known: the documents folder, or home where
// there is none. Never the working directory, which a file dialog would otherwise fall back to
// (the source tree, when the editor is started by scripts/run).
QString documentsFolder();

} // namespace rd
