#include "form/fieldbinder.h"
#include "form/sections.h"
#include "model/releasedocument.h"
#include "pages.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rd {

namespace {

// The translation context of this file's words.
class ContactsPage
{
    Q_DECLARE_TR_FUNCTIONS(ContactsPage)
};

} // namespace

QWidget *createContactsContent(ReleaseDocument *document)
{
    auto *content = new QWidget;
    auto *binder = new FieldBinder(document, content);

    auto *contactsBox = new QGroupBox(ContactsPage::tr("Media contacts"), content);
    auto *contactsLayout = new QVBoxLayout(contactsBox);
    contactsLayout->addWidget(createContactsSection(document, contactsBox));

    auto *closingBox = new QGroupBox(ContactsPage::tr("After the statement"), content);
    auto *form = new QFormLayout(closingBox);
    auto *endMarker = new QComboBox(closingBox);
    endMarker->addItem(ContactsPage::tr("ENDS (UK, New Zealand, Australia)"),
        QVariant::fromValue(EndMarker::Ends));
    endMarker->addItem(
        ContactsPage::tr("### (United States)"), QVariant::fromValue(EndMarker::Hashes));
    endMarker->addItem(ContactsPage::tr("-30- (North America, traditional)"),
        QVariant::fromValue(EndMarker::Thirty));
    auto *issuedBy = new QLineEdit(closingBox);
    issuedBy->setPlaceholderText(
        ContactsPage::tr("The media unit, such as Kestrel Bay Police Media Centre"));
    auto *notes = new QPlainTextEdit(closingBox);
    notes->setTabChangesFocus(true);
    notes->setMinimumHeight(110);
    notes->setPlaceholderText(
        ContactsPage::tr("Background for journalists, below the end marker."));
    form->addRow(ContactsPage::tr("&End marker:"), endMarker);
    form->addRow(ContactsPage::tr("&Issued by:"), issuedBy);
    form->addRow(ContactsPage::tr("&Notes to editors:"), notes);
    binder->bind(Field::EndMarker, endMarker);
    binder->bind(Field::IssuedBy, issuedBy);
    binder->bind(Field::NotesToEditors, notes);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(contactsBox);
    layout->addWidget(closingBox);
    layout->addStretch();
    return content;
}

} // namespace rd
