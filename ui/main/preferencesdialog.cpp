#include "preferencesdialog.h"

#include "paperpreference.h"
#include "useridentity.h"
#include "util/interfacelanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace rd {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_name(new QLineEdit(userName(), this))
    , m_paper(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("interfaceLanguage"));
    const QString systemLanguage = resolveInterfaceLanguage({}, QLocale::system().uiLanguages());
    m_language->addItem(
        tr("As the system (%1)").arg(interfaceLanguageName(systemLanguage)), QString());
    for (const QString &code : interfaceLanguages())
        m_language->addItem(interfaceLanguageName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferredInterfaceLanguage())));
    m_name->setObjectName(QStringLiteral("userName"));
    m_paper->setObjectName(QStringLiteral("paper"));
    m_paper->addItem(
        tr("As the locale (%1)")
            .arg(defaultPaper(QLocale()) == Paper::Letter ? tr("US Letter") : tr("A4")),
        QString());
    m_paper->addItem(tr("A4"), QStringLiteral("a4"));
    m_paper->addItem(tr("US Letter"), QStringLiteral("letter"));
    if (const std::optional<Paper> paper = chosenPaper())
        m_paper->setCurrentIndex(*paper == Paper::Letter ? 2 : 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Interface language:"), m_language);
    auto *note = new QLabel(tr("Menus, dialogs and messages use this language from the next "
                               "start. A release's own words follow its document language, "
                               "chosen on the Headline step."),
        this);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("&Paper:"), m_paper);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    setPreferredInterfaceLanguage(m_language->currentData().toString());
    if (!m_name->text().trimmed().isEmpty())
        setUserName(m_name->text());
    setChosenPaper(paperNamed(m_paper->currentData().toString()));
    QDialog::accept();
}

} // namespace rd
