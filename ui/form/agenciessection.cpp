#include "collectioneditor.h"
#include "fieldbinder.h"
#include "model/filesource.h"
#include "model/housestyle.h"
#include "model/releasedocument.h"
#include "project/agencyprofiles.h"
#include "sections.h"
#include "userprompts.h"
#include "workpreferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace rd {

namespace {

// The translation context of this file's words.
class AgenciesSection
{
    Q_DECLARE_TR_FUNCTIONS(AgenciesSection)
};

} // namespace

namespace {

// Sends a chosen value to the model and shows what the model then holds: the binder never shows
// a widget its own change, and an edit of an approved release may be refused.
void commitAndShow(ReleaseDocument *document, CollectionEditor *editor, Field field,
    const std::function<void()> &commit, const std::function<void(const QVariant &)> &display)
{
    commit();
    display(fieldValue(document->release(), {field, editor->binder()->itemId()}));
}

// Shows an agency's logo, with buttons to choose another one or remove it.
QWidget *createLogoEditor(ReleaseDocument *document, CollectionEditor *editor, UserPrompts *prompts)
{
    auto *widget = new QWidget(editor);
    auto *preview = new QLabel(widget);
    preview->setFixedSize(120, 60);
    preview->setAlignment(Qt::AlignCenter);
    preview->setFrameShape(QFrame::StyledPanel);
    preview->setAccessibleName(AgenciesSection::tr("Logo"));
    auto *choose = new QPushButton(AgenciesSection::tr("Choose logo…"), widget);
    auto *remove = new QPushButton(AgenciesSection::tr("Remove logo"), widget);
    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(preview);
    layout->addWidget(choose);
    layout->addWidget(remove);
    layout->addStretch();

    auto current = std::make_shared<Image>();
    const auto display = [current, preview, remove](const QVariant &value) {
        *current = value.value<Image>();
        QPixmap pixmap;
        pixmap.loadFromData(current->file.data());
        preview->setPixmap(pixmap.isNull()
                ? QPixmap()
                : pixmap.scaled(preview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
        preview->setText(pixmap.isNull() ? AgenciesSection::tr("No logo") : QString());
        remove->setEnabled(!current->isNull());
    };
    const auto bound = editor->binder()->bind(
        Field::AgencyLogo, [current] { return QVariant::fromValue(*current); }, display);
    const auto commit = [=] { commitAndShow(document, editor, Field::AgencyLogo, bound, display); };

    QObject::connect(choose, &QPushButton::clicked, widget, [=] {
        const QString path = prompts->askOpenFileName(widget, AgenciesSection::tr("Choose a logo"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            AgenciesSection::tr("Images (*.png *.jpg *.jpeg)"));
        if (path.isEmpty())
            return;
        Result<Image> logo = logoFromFile(path);
        if (!logo) {
            prompts->showError(widget, AgenciesSection::tr("Choose a logo"), logo.error().message);
            return;
        }
        *current = logo.value();
        commit();
    });
    QObject::connect(remove, &QPushButton::clicked, widget, [=] {
        *current = Image {};
        commit();
    });
    return widget;
}

// Shows which house style the agency's releases are checked against, with buttons to carry a
// style file's rules in the agency (and so in its profile) or to go back to the default.
QWidget *createHouseStyleEditor(
    ReleaseDocument *document, CollectionEditor *editor, UserPrompts *prompts)
{
    auto *widget = new QWidget(editor);
    auto *shown = new QLabel(widget);
    shown->setTextFormat(Qt::PlainText);
    shown->setWordWrap(true);
    auto *choose = new QPushButton(AgenciesSection::tr("Choose Style File…"), widget);
    auto *useDefault = new QPushButton(AgenciesSection::tr("Use Default"), widget);
    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(shown, 1);
    layout->addWidget(choose);
    layout->addWidget(useDefault);

    auto current = std::make_shared<QJsonObject>();
    const auto display = [current, shown, useDefault](const QVariant &value) {
        *current = value.toJsonObject();
        const Result<HouseStyle> style = houseStyleFromJson(*current, {});
        if (current->isEmpty() || !style)
            shown->setText(AgenciesSection::tr("The default house style"));
        else
            shown->setText(style->name.isEmpty()
                    ? AgenciesSection::tr("Its own house style")
                    : AgenciesSection::tr("%1 (its own house style)").arg(style->name));
        useDefault->setEnabled(!current->isEmpty());
    };
    const auto bound = editor->binder()->bind(
        Field::AgencyHouseStyle, [current] { return QVariant(*current); }, display);
    const auto commit
        = [=] { commitAndShow(document, editor, Field::AgencyHouseStyle, bound, display); };

    QObject::connect(choose, &QPushButton::clicked, widget, [=] {
        const QString path
            = prompts->askOpenFileName(widget, AgenciesSection::tr("Choose a house style"),
                documentsFolder(), AgenciesSection::tr("House styles (*.json)"));
        if (path.isEmpty())
            return;
        Result<QJsonObject> style = readHouseStyleJson(path);
        if (!style) {
            prompts->showError(
                widget, AgenciesSection::tr("Choose a house style"), style.error().message);
            return;
        }
        *current = style.value();
        commit();
    });
    QObject::connect(useDefault, &QPushButton::clicked, widget, [=] {
        *current = QJsonObject {};
        commit();
    });
    return widget;
}

} // namespace

void addAgenciesFromProfiles(ReleaseDocument *document, UserPrompts *prompts, QWidget *parent)
{
    const AgencyProfiles profiles(agencyProfilesFolder());
    const QList<AgencyProfiles::Entry> entries = profiles.list();
    if (entries.isEmpty()) {
        prompts->showWarning(parent, AgenciesSection::tr("Add from Profiles"),
            AgenciesSection::tr("No agency profiles are saved yet. Fill in an agency and "
                                "choose \u201cSave as Profile\u201d, or copy a colleague's "
                                "profile files into %1.")
                .arg(QDir::toNativeSeparators(profiles.folder())));
        return;
    }
    QStringList names;
    for (const AgencyProfiles::Entry &entry : entries)
        names.append(entry.name);
    const QList<int> chosen = prompts->askToChoose(parent, AgenciesSection::tr("Add from Profiles"),
        AgenciesSection::tr("Agencies to add (a joint statement takes several):"), names);
    QList<Item> items;
    for (int index : chosen) {
        Result<AgencyProfile> profile = profiles.load(entries.at(index).path);
        if (!profile) {
            prompts->showError(
                parent, AgenciesSection::tr("Add from Profiles"), profile.error().message);
            continue;
        }
        const AgencyProfile fresh = AgencyProfiles::withNewIds(profile.value());
        items.append(fresh.agency);
        for (const MediaContact &contact : fresh.contacts)
            items.append(contact);
    }
    if (!items.isEmpty())
        document->appendItems(items, AgenciesSection::tr("Add agencies from profiles"));
}

QWidget *createAgenciesSection(ReleaseDocument *document, UserPrompts *prompts, QWidget *parent)
{
    auto *editor = new CollectionEditor(
        document, Collection::Agencies,
        [](const Item &item, int index) {
            const auto &agency = std::get<Agency>(item);
            const QString name = agency.name.isEmpty()
                ? AgenciesSection::tr("Agency %1 (no name yet)").arg(index + 1)
                : agency.name;
            return index == 0 ? AgenciesSection::tr("%1 — lead agency").arg(name) : name;
        },
        parent);

    // Made in the order they are shown, which is the order Tab visits them.
    auto *name = new QLineEdit(editor);
    name->setPlaceholderText(AgenciesSection::tr("Kestrel Bay Police"));
    auto *shortName = new QLineEdit(editor);
    shortName->setPlaceholderText(AgenciesSection::tr("KBP"));
    QWidget *logo = createLogoEditor(document, editor, prompts);
    auto *website = new QLineEdit(editor);
    website->setPlaceholderText(QStringLiteral("https://"));
    auto *about = new QPlainTextEdit(editor);
    about->setTabChangesFocus(true);
    about->setMaximumHeight(90);

    QFormLayout *form = editor->detailsLayout();
    form->addRow(AgenciesSection::tr("&Name:"), name);
    form->addRow(AgenciesSection::tr("S&hort name:"), shortName);
    form->addRow(AgenciesSection::tr("Logo:"), logo);
    form->addRow(AgenciesSection::tr("&Website:"), website);
    form->addRow(AgenciesSection::tr("&About:"), about);
    QWidget *houseStyle = createHouseStyleEditor(document, editor, prompts);
    houseStyle->setObjectName(fieldId(Field::AgencyHouseStyle));
    form->addRow(AgenciesSection::tr("House style:"), houseStyle);

    // Agency profiles: saved once, picked for the next release.
    auto *profileButtons = new QWidget(editor);
    auto *saveProfile = new QPushButton(AgenciesSection::tr("Save as Profile"), profileButtons);
    saveProfile->setObjectName(QStringLiteral("saveProfile"));
    saveProfile->setToolTip(
        AgenciesSection::tr("Keep this agency, its logo, About paragraph and media "
                            "contacts for later releases"));
    auto *addProfiles = new QPushButton(AgenciesSection::tr("Add from Profiles…"), profileButtons);
    auto *profileLayout = new QHBoxLayout(profileButtons);
    profileLayout->setContentsMargins(0, 0, 0, 0);
    profileLayout->addWidget(saveProfile);
    profileLayout->addWidget(addProfiles);
    profileLayout->addStretch();
    form->addRow(QString(), profileButtons);
    QObject::connect(saveProfile, &QPushButton::clicked, editor, [=] {
        const int index
            = indexOfItem(document->release(), Collection::Agencies, editor->currentItemId());
        if (index < 0)
            return;
        const Agency &agency = document->release().agencies.at(index);
        const Status saved
            = AgencyProfiles(agencyProfilesFolder()).save(agency, document->release().contacts);
        if (!saved)
            prompts->showError(
                editor, AgenciesSection::tr("Save as Profile"), saved.error().message);
    });
    QObject::connect(addProfiles, &QPushButton::clicked, editor,
        [=] { addAgenciesFromProfiles(document, prompts, editor); });

    FieldBinder *binder = editor->binder();
    binder->bind(Field::AgencyName, name);
    binder->bind(Field::AgencyShortName, shortName);
    binder->bind(Field::AgencyWebsite, website);
    binder->bind(Field::AgencyAbout, about);
    return editor;
}

} // namespace rd
