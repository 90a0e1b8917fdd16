#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace rd {

// Edit ▸ Preferences: the officer's own settings, kept for this workstation's account. The
// interface language applies from the next start; the name fills in "Your name" questions; the
// paper is what the preview, printing and exports use.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QComboBox *m_language;
    QLineEdit *m_name;
    QComboBox *m_paper;
};

} // namespace rd
