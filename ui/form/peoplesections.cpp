#include "agencycombobox.h"
#include "collectioneditor.h"
#include "fieldbinder.h"
#include "model/releasedocument.h"
#include "quoteplacementcombobox.h"
#include "sections.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace rd {

namespace {

// The translation context of this file's words.
class PeopleSections
{
    Q_DECLARE_TR_FUNCTIONS(PeopleSections)
};

} // namespace

namespace {

AgencyComboBox *createBoundAgencyChooser(
    CollectionEditor *editor, ReleaseDocument *document, Field field)
{
    auto *agency = new AgencyComboBox(document, editor);
    editor->binder()->bind(field, agency);
    QObject::connect(
        agency, &AgencyComboBox::agenciesChanged, editor->binder(), &FieldBinder::refresh);
    return agency;
}

QuotePlacementComboBox *createBoundPlacementChooser(
    CollectionEditor *editor, ReleaseDocument *document)
{
    auto *placement = new QuotePlacementComboBox(document, editor);
    placement->setObjectName(fieldId(Field::QuotePlacement));
    FieldBinder *binder = editor->binder();
    const auto commit = binder->bind(
        Field::QuotePlacement, [placement] { return placement->currentData(); },
        [placement](const QVariant &value) { placement->showPlacement(value.toInt()); });
    QObject::connect(placement, &QComboBox::activated, binder, commit);
    QObject::connect(
        placement, &QuotePlacementComboBox::placementsChanged, binder, &FieldBinder::refresh);
    return placement;
}

} // namespace

QWidget *createQuotesSection(ReleaseDocument *document, QWidget *parent)
{
    auto *editor = new CollectionEditor(
        document, Collection::Quotes,
        [](const Item &item, int index) {
            const auto &quote = std::get<Quote>(item);
            return quote.speaker.isEmpty()
                ? PeopleSections::tr("Quote %1 (no speaker yet)").arg(index + 1)
                : quote.speaker;
        },
        parent);

    auto *text = new QPlainTextEdit(editor);
    text->setTabChangesFocus(true);
    text->setMaximumHeight(110);
    auto *speaker = new QLineEdit(editor);
    speaker->setPlaceholderText(PeopleSections::tr("Anna Whitlock"));
    auto *title = new QLineEdit(editor);
    title->setPlaceholderText(PeopleSections::tr("Detective Inspector"));

    QFormLayout *form = editor->detailsLayout();
    form->addRow(PeopleSections::tr("&Quote:"), text);
    form->addRow(PeopleSections::tr("&Speaker:"), speaker);
    form->addRow(PeopleSections::tr("&Title or role:"), title);
    form->addRow(PeopleSections::tr("Spea&ks for:"),
        createBoundAgencyChooser(editor, document, Field::QuoteAgency));
    form->addRow(PeopleSections::tr("&Placed:"), createBoundPlacementChooser(editor, document));

    editor->binder()->bind(Field::QuoteText, text);
    editor->binder()->bind(Field::QuoteSpeaker, speaker);
    editor->binder()->bind(Field::QuoteTitle, title);
    return editor;
}

QWidget *createContactsSection(ReleaseDocument *document, QWidget *parent)
{
    auto *editor = new CollectionEditor(
        document, Collection::Contacts,
        [](const Item &item, int index) {
            const auto &contact = std::get<MediaContact>(item);
            return contact.name.isEmpty()
                ? PeopleSections::tr("Contact %1 (no name yet)").arg(index + 1)
                : contact.name;
        },
        parent);

    // Made in the order they are shown, which is the order Tab visits them.
    AgencyComboBox *agency = createBoundAgencyChooser(editor, document, Field::ContactAgency);
    auto *name = new QLineEdit(editor);
    auto *role = new QLineEdit(editor);
    role->setPlaceholderText(PeopleSections::tr("Duty media officer"));
    auto *phone = new QLineEdit(editor);
    auto *email = new QLineEdit(editor);

    QFormLayout *form = editor->detailsLayout();
    form->addRow(PeopleSections::tr("&Agency:"), agency);
    form->addRow(PeopleSections::tr("&Name:"), name);
    form->addRow(PeopleSections::tr("&Role:"), role);
    form->addRow(PeopleSections::tr("&Phone:"), phone);
    form->addRow(PeopleSections::tr("&E-mail:"), email);

    editor->binder()->bind(Field::ContactName, name);
    editor->binder()->bind(Field::ContactRole, role);
    editor->binder()->bind(Field::ContactPhone, phone);
    editor->binder()->bind(Field::ContactEmail, email);
    return editor;
}

} // namespace rd
