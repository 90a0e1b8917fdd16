#include "preferencesdialog.h"

#include "model/housestyle.h"
#include "paperpreference.h"
#include "useridentity.h"
#include "util/interfacelanguage.h"
#include "workpreferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rd {

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent, UserPrompts *prompts)
    : QDialog(parent)
    , m_prompts(prompts ? prompts : &m_dialogs)
    , m_language(new QComboBox(this))
    , m_name(new QLineEdit(userName(), this))
    , m_paper(new QComboBox(this))
    , m_houseStyle(new QLineEdit(QDir::toNativeSeparators(defaultHouseStylePath()), this))
    , m_profilesFolder(new QLineEdit(QDir::toNativeSeparators(agencyProfilesFolder()), this))
    , m_autosave(new QSpinBox(this))
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
    m_houseStyle->setObjectName(QStringLiteral("defaultHouseStyle"));
    m_houseStyle->setPlaceholderText(tr("The built-in style"));
    m_houseStyle->setClearButtonEnabled(true);
    m_profilesFolder->setObjectName(QStringLiteral("agencyProfilesFolder"));
    m_autosave->setObjectName(QStringLiteral("autosaveSeconds"));
    m_autosave->setRange(minimumAutosaveSeconds, maximumAutosaveSeconds);
    m_autosave->setValue(autosaveSeconds());
    m_autosave->setSuffix(tr(" s", "seconds, after the autosave interval"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Interface language:"), m_language);
    form->addRow(QString(),
        note(tr("Menus, dialogs and messages use this language from the next start. A "
                "release's own words follow its document language, chosen on the "
                "Headline step."),
            this));
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(tr("Default &house style:"),
        pathChooser(m_houseStyle, tr("Choose the Default House Style"), false));
    form->addRow(QString(),
        note(tr("New releases' lead agency starts with this style. An agency's own "
                "style, chosen on the Agencies step, takes its place."),
            this));
    form->addRow(tr("A&gency profiles:"),
        pathChooser(m_profilesFolder, tr("Choose the Agency Profiles Folder"), true));
    form->addRow(
        QString(), note(tr("A shared folder gives everyone in the unit the same profiles."), this));
    form->addRow(tr("&Keep unsaved work after:"), m_autosave);
    form->addRow(QString(),
        note(tr("How soon after an edit it is kept in the recovery file, which a restart "
                "after a crash offers back."),
            this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QWidget *PreferencesDialog::pathChooser(QLineEdit *path, const QString &title, bool folder)
{
    auto *row = new QWidget(this);
    auto *choose = new QPushButton(tr("Choose…"), row);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(path, 1);
    layout->addWidget(choose);
    connect(choose, &QPushButton::clicked, this, [this, path, title, folder] {
        const QString current = QDir::fromNativeSeparators(path->text());
        const QString chosen = folder ? QFileDialog::getExistingDirectory(this, title, current)
                                      : m_prompts->askOpenFileName(this, title,
                                          QFileInfo(current).path(), tr("House styles (*.json)"));
        if (!chosen.isEmpty())
            path->setText(QDir::toNativeSeparators(chosen));
    });
    return row;
}

void PreferencesDialog::accept()
{
    // A style or a folder that cannot be used is said now, while it can still be corrected,
    // rather than when the next release starts or the next profile is saved.
    const QString style = QDir::fromNativeSeparators(m_houseStyle->text().trimmed());
    if (!style.isEmpty()) {
        if (const Result<QJsonObject> read = readHouseStyleJson(style); !read) {
            m_prompts->showError(this, tr("Default House Style"), read.error().message);
            m_houseStyle->setFocus();
            return;
        }
    }
    const QString folder = QDir::fromNativeSeparators(m_profilesFolder->text().trimmed());
    if (!folder.isEmpty() && !QDir().mkpath(folder)) {
        m_prompts->showError(this, tr("Agency Profiles"),
            tr("The folder %1 cannot be made or written.").arg(m_profilesFolder->text()));
        m_profilesFolder->setFocus();
        return;
    }

    setPreferredInterfaceLanguage(m_language->currentData().toString());
    if (!m_name->text().trimmed().isEmpty())
        setUserName(m_name->text());
    setChosenPaper(paperNamed(m_paper->currentData().toString()));
    setDefaultHouseStylePath(style.isEmpty() ? QString() : QFileInfo(style).absoluteFilePath());
    setAgencyProfilesFolder(folder.isEmpty() ? QString() : QFileInfo(folder).absoluteFilePath());
    setAutosaveSeconds(m_autosave->value());
    QDialog::accept();
}

} // namespace rd
