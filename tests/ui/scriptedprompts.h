#pragma once

#include "userprompts.h"

#include <QQueue>
#include <QStringList>

namespace rd::test {

// Answers the window's questions from queues the test fills, and records every message shown, so
// that widget tests never block on a dialog. A question with no answer queued is a test failure,
// recorded in unexpected.
class ScriptedPrompts : public UserPrompts
{
public:
    QQueue<SaveChoice> saveChoices;
    QQueue<QString> fileNames;
    QQueue<std::optional<QString>> texts;
    QStringList errors;
    QStringList warnings;
    QStringList unexpected;

    SaveChoice askToSaveChanges(QWidget *, const QString &name) override
    {
        if (saveChoices.isEmpty()) {
            unexpected.append(QStringLiteral("save changes to ") + name);
            return SaveChoice::Cancel;
        }
        return saveChoices.dequeue();
    }
    void showError(QWidget *, const QString &, const QString &message) override
    {
        errors.append(message);
    }
    void showWarning(QWidget *, const QString &, const QString &message) override
    {
        warnings.append(message);
    }
    QString askOpenFileName(
        QWidget *, const QString &title, const QString &, const QString &) override
    {
        return nextFileName(title);
    }
    QQueue<QString> selectedFilters; // the filter "chosen" in a save dialog, when one is queued
    QStringList suggestedPaths; // what each save dialog offered
    QString askSaveFileName(QWidget *, const QString &title, const QString &suggestedPath,
        const QString &, QString *selectedFilter) override
    {
        suggestedPaths.append(suggestedPath);
        if (selectedFilter && !selectedFilters.isEmpty())
            *selectedFilter = selectedFilters.dequeue();
        return nextFileName(title);
    }
    QStringList textInitials; // what each text question offered
    // Answers to "return the approved release to draft?". Tests that edit an approved release
    // without caring about the question get yes; every question is recorded.
    QQueue<bool> withdrawals;
    QStringList withdrawalQuestions;
    QStringList exportedMessages;
    bool askToWithdrawApproval(QWidget *, const QString &description) override
    {
        withdrawalQuestions.append(description);
        return withdrawals.isEmpty() ? true : withdrawals.dequeue();
    }
    ExportedChoice askAfterExport(QWidget *, const QString &description) override
    {
        exportedMessages.append(description);
        return ExportedChoice::Close;
    }
    // Answers to "go on despite ...?"; a question with none queued is unexpected.
    QQueue<bool> proceedAnswers;
    QStringList proceedQuestions;
    bool askToProceed(
        QWidget *, const QString &title, const QString &description, const QString &) override
    {
        proceedQuestions.append(description);
        if (proceedAnswers.isEmpty()) {
            unexpected.append(title);
            return false;
        }
        return proceedAnswers.dequeue();
    }

    QStringList textLabels; // and what each asked
    std::optional<QString> askText(
        QWidget *, const QString &title, const QString &label, const QString &initial) override
    {
        textInitials.append(initial);
        textLabels.append(label);
        if (texts.isEmpty()) {
            unexpected.append(title);
            return std::nullopt;
        }
        return texts.dequeue();
    }

    QQueue<bool> restoreAnswers;
    QStringList restoreQuestions;
    bool askToRestore(QWidget *, const QString &description) override
    {
        restoreQuestions.append(description);
        if (restoreAnswers.isEmpty()) {
            unexpected.append(QStringLiteral("restore ") + description);
            return false;
        }
        return restoreAnswers.dequeue();
    }

    QQueue<LockChoice> lockChoices;
    QStringList lockQuestions;
    QList<bool> lockBreakOffered;
    LockChoice askWhenLocked(QWidget *, const QString &description, bool mayBreakLock) override
    {
        lockQuestions.append(description);
        lockBreakOffered.append(mayBreakLock);
        if (lockChoices.isEmpty()) {
            unexpected.append(QStringLiteral("locked ") + description);
            return LockChoice::Cancel;
        }
        return lockChoices.dequeue();
    }
    QQueue<ChangedOnDiskChoice> changedOnDiskChoices;
    ChangedOnDiskChoice askWhenChangedOnDisk(QWidget *, const QString &fileName) override
    {
        if (changedOnDiskChoices.isEmpty()) {
            unexpected.append(QStringLiteral("changed on disk ") + fileName);
            return ChangedOnDiskChoice::Cancel;
        }
        return changedOnDiskChoices.dequeue();
    }

    QQueue<std::optional<int>> oneOfChoices;
    QStringList oneOfOptions;
    std::optional<int> askOneOf(QWidget *, const QString &title, const QString &,
        const QStringList &options, int current) override
    {
        oneOfOptions = options;
        if (oneOfChoices.isEmpty()) {
            unexpected.append(title);
            return current;
        }
        return oneOfChoices.dequeue();
    }

    QQueue<QList<int>> choices;
    QStringList choiceOptions;
    QList<int> askToChoose(
        QWidget *, const QString &title, const QString &, const QStringList &options) override
    {
        choiceOptions = options;
        if (choices.isEmpty()) {
            unexpected.append(title);
            return {};
        }
        return choices.dequeue();
    }

private:
    QString nextFileName(const QString &title)
    {
        if (fileNames.isEmpty()) {
            unexpected.append(title);
            return {};
        }
        return fileNames.dequeue();
    }
};

} // namespace rd::test
