#pragma once

#include "userprompts.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace rd {

// File ▸ Preferences: the officer's own settings, kept for this workstation's account. The
// interface language applies from the next start; the name fills in "Your name" questions; the
// paper is what the preview, printing and exports use; the default house style is what new
// releases start with; the agency profiles folder is where profiles are kept and found; the
// autosave interval is how soon after an edit the recovery file is written.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // prompts says why a chosen style or folder cannot be used; without it, message boxes do.
    explicit PreferencesDialog(QWidget *parent = nullptr, UserPrompts *prompts = nullptr);

    // Keeps the settings and closes, unless the house style or the folder cannot be used.
    void accept() override;

private:
    QWidget *pathChooser(QLineEdit *path, const QString &title, bool folder);

    DialogPrompts m_dialogs;
    UserPrompts *m_prompts;
    QComboBox *m_language;
    QLineEdit *m_name;
    QComboBox *m_paper;
    QLineEdit *m_houseStyle;
    QLineEdit *m_profilesFolder;
    QSpinBox *m_autosave;
};

} // namespace rd
