#include "userprompts.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace rd {

namespace {

// The translation context of this file's words.
class Prompts
{
    Q_DECLARE_TR_FUNCTIONS(Prompts)
};

} // namespace

namespace {

QMessageBox::StandardButton showMessage(QWidget *parent, QMessageBox::Icon icon,
    const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
    QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

} // namespace

UserPrompts::SaveChoice DialogPrompts::askToSaveChanges(
    QWidget *parent, const QString &documentName)
{
    const auto answer = showMessage(parent, QMessageBox::Warning, Prompts::tr("Unsaved changes"),
        Prompts::tr("Save the changes to \u201c%1\u201d before closing?").arg(documentName),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    switch (answer) {
    case QMessageBox::Save:
        return SaveChoice::Save;
    case QMessageBox::Discard:
        return SaveChoice::Discard;
    default:
        return SaveChoice::Cancel;
    }
}

void DialogPrompts::showError(QWidget *parent, const QString &title, const QString &message)
{
    showMessage(parent, QMessageBox::Critical, title, message, QMessageBox::Ok, QMessageBox::Ok);
}

void DialogPrompts::showWarning(QWidget *parent, const QString &title, const QString &message)
{
    showMessage(parent, QMessageBox::Warning, title, message, QMessageBox::Ok, QMessageBox::Ok);
}

QString DialogPrompts::askOpenFileName(
    QWidget *parent, const QString &title, const QString &folder, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

QString DialogPrompts::askSaveFileName(QWidget *parent, const QString &title,
    const QString &suggestedPath, const QString &filter, QString *selectedFilter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter, selectedFilter);
}

std::optional<QString> DialogPrompts::askText(
    QWidget *parent, const QString &title, const QString &label, const QString &initial)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextValue(initial);
    // The question may quote a field or a reason someone typed: shown as typed, and wrapped, so
    // that a long one never makes the dialog wider than the screen.
    for (QLabel *text : dialog.findChildren<QLabel *>()) {
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

bool DialogPrompts::askToRestore(QWidget *parent, const QString &description)
{
    QMessageBox box(QMessageBox::Question, Prompts::tr("Restore unsaved work"), description,
        QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *restore = box.addButton(Prompts::tr("Restore"), QMessageBox::AcceptRole);
    box.addButton(Prompts::tr("Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    return box.clickedButton() == restore;
}

bool DialogPrompts::askToWithdrawApproval(QWidget *parent, const QString &description)
{
    QMessageBox box(QMessageBox::Question, Prompts::tr("Edit an approved release"), description,
        QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *edit
        = box.addButton(Prompts::tr("Return to Draft and Edit"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == edit;
}

bool DialogPrompts::askToProceed(
    QWidget *parent, const QString &title, const QString &description, const QString &proceed)
{
    QMessageBox box(QMessageBox::Question, title, description, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *go = box.addButton(proceed, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == go;
}

UserPrompts::ExportedChoice DialogPrompts::askAfterExport(
    QWidget *parent, const QString &description)
{
    QMessageBox box(QMessageBox::Information, Prompts::tr("Exported"), description,
        QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *open = box.addButton(Prompts::tr("Open File"), QMessageBox::AcceptRole);
    QPushButton *folder = box.addButton(Prompts::tr("Show in Folder"), QMessageBox::ActionRole);
    QPushButton *close = box.addButton(QMessageBox::Close);
    box.setDefaultButton(close);
    box.exec();
    if (box.clickedButton() == open)
        return ExportedChoice::OpenFile;
    if (box.clickedButton() == folder)
        return ExportedChoice::OpenFolder;
    return ExportedChoice::Close;
}

UserPrompts::LockChoice DialogPrompts::askWhenLocked(
    QWidget *parent, const QString &description, bool mayBreakLock)
{
    QMessageBox box(QMessageBox::Warning, Prompts::tr("Project in use"), description,
        QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *readOnly = box.addButton(Prompts::tr("Open Read-Only"), QMessageBox::AcceptRole);
    QPushButton *copy = box.addButton(Prompts::tr("Open a Copy"), QMessageBox::AcceptRole);
    QPushButton *breakLock = mayBreakLock
        ? box.addButton(Prompts::tr("Break Lock"), QMessageBox::DestructiveRole)
        : nullptr;
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(readOnly);
    box.exec();
    if (box.clickedButton() == readOnly)
        return LockChoice::ReadOnly;
    if (box.clickedButton() == copy)
        return LockChoice::Copy;
    if (breakLock && box.clickedButton() == breakLock)
        return LockChoice::BreakLock;
    return LockChoice::Cancel;
}

UserPrompts::ChangedOnDiskChoice DialogPrompts::askWhenChangedOnDisk(
    QWidget *parent, const QString &fileName)
{
    QMessageBox box(QMessageBox::Warning, Prompts::tr("File changed on disk"),
        Prompts::tr("\u201c%1\u201d was changed on disk since you opened it, perhaps by a "
                    "colleague. Saving now would overwrite those changes.")
            .arg(fileName),
        QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *saveAs = box.addButton(Prompts::tr("Save As…"), QMessageBox::AcceptRole);
    QPushButton *overwrite = box.addButton(Prompts::tr("Overwrite"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(saveAs);
    box.exec();
    if (box.clickedButton() == saveAs)
        return ChangedOnDiskChoice::SaveAs;
    if (box.clickedButton() == overwrite)
        return ChangedOnDiskChoice::Overwrite;
    return ChangedOnDiskChoice::Cancel;
}

QList<int> DialogPrompts::askToChoose(
    QWidget *parent, const QString &title, const QString &label, const QStringList &options)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *text = new QLabel(label, &dialog);
    text->setTextFormat(Qt::PlainText);
    auto *list = new QListWidget(&dialog);
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list->addItems(options); // item text is never rich text
    list->setAccessibleName(label);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(list, &QListWidget::itemDoubleClicked, &dialog, &QDialog::accept);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(list);
    layout->addWidget(buttons);
    QList<int> chosen;
    if (dialog.exec() != QDialog::Accepted)
        return chosen;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->isSelected())
            chosen.append(row);
    }
    return chosen;
}

std::optional<int> DialogPrompts::askOneOf(QWidget *parent, const QString &title,
    const QString &label, const QStringList &options, int current)
{
    bool ok = false;
    const QString chosen
        = QInputDialog::getItem(parent, title, label, options, current, false, &ok);
    if (!ok)
        return std::nullopt;
    return int(options.indexOf(chosen));
}

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

} // namespace rd
