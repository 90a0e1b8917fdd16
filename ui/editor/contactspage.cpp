#include "form/fieldbinder.h"
#include "form/sections.h"
#include "model/releasedocument.h"
#include "pages.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rd {

QWidget *createContactsContent(ReleaseDocument *document)
{
    auto *content = new QWidget;
    auto *binder = new FieldBinder(document, content);

    auto *contactsBox = new QGroupBox(QObject::tr("Media contacts"), content);
    auto *contactsLayout = new QVBoxLayout(contactsBox);
    contactsLayout->addWidget(createContactsSection(document, contactsBox));

    auto *closingBox = new QGroupBox(QObject::tr("After the statement"), content);
    auto *form = new QFormLayout(closingBox);
    auto *endMarker = new QComboBox(closingBox);
    endMarker->addItem(
        QObject::tr("ENDS (UK, New Zealand, Australia)"), QVariant::fromValue(EndMarker::Ends));
    endMarker->addItem(QObject::tr("### (United States)"), QVariant::fromValue(EndMarker::Hashes));
    endMarker->addItem(
        QObject::tr("-30- (North America, traditional)"), QVariant::fromValue(EndMarker::Thirty));
    auto *issuedBy = new QLineEdit(closingBox);
    issuedBy->setPlaceholderText(
        QObject::tr("The media unit, such as Kestrel Bay Police Media Centre"));
    auto *notes = new QPlainTextEdit(closingBox);
    notes->setTabChangesFocus(true);
    notes->setMinimumHeight(110);
    notes->setPlaceholderText(QObject::tr("Background for journalists, below the end marker."));
    form->addRow(QObject::tr("&End marker:"), endMarker);
    form->addRow(QObject::tr("&Issued by:"), issuedBy);
    form->addRow(QObject::tr("&Notes to editors:"), notes);
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
