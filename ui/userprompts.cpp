#include "userprompts.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace rd {

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
    const auto answer = showMessage(parent, QMessageBox::Warning, QObject::tr("Unsaved changes"),
        QObject::tr("Save the changes to \u201c%1\u201d before closing?").arg(documentName),
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

QString DialogPrompts::askSaveFileName(
    QWidget *parent, const QString &title, const QString &suggestedPath, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

std::optional<QString> DialogPrompts::askText(
    QWidget *parent, const QString &title, const QString &label, const QString &initial)
{
    bool accepted = false;
    const QString text
        = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &accepted);
    if (!accepted)
        return std::nullopt;
    return text;
}

bool DialogPrompts::askToRestore(QWidget *parent, const QString &description)
{
    QMessageBox box(QMessageBox::Question, QObject::tr("Restore unsaved work"), description,
        QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *restore = box.addButton(QObject::tr("Restore"), QMessageBox::AcceptRole);
    box.addButton(QObject::tr("Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    return box.clickedButton() == restore;
}

} // namespace rd
