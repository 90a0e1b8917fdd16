#include "releaseform.h"

#include "bodyeditor.h"
#include "embargoeditor.h"
#include "fieldbinder.h"
#include "model/releasedocument.h"
#include "sections.h"
#include "workflowpanel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rd {

namespace {

QGroupBox *group(const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

QComboBox *releaseTypeComboBox(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    const std::pair<ReleaseType, QString> types[] = {
        {ReleaseType::MediaRelease, QObject::tr("Media release")},
        {ReleaseType::JointStatement, QObject::tr("Joint statement")},
        {ReleaseType::HoldingStatement, QObject::tr("Holding statement")},
        {ReleaseType::Update, QObject::tr("Update")},
        {ReleaseType::AppealForInformation, QObject::tr("Appeal for information")},
        {ReleaseType::MediaAdvisory, QObject::tr("Media advisory")},
    };
    for (const auto &[type, name] : types)
        combo->addItem(name, QVariant::fromValue(type));
    return combo;
}

QComboBox *endMarkerComboBox(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(
        QObject::tr("ENDS (UK, New Zealand, Australia)"), QVariant::fromValue(EndMarker::Ends));
    combo->addItem(QObject::tr("### (United States)"), QVariant::fromValue(EndMarker::Hashes));
    combo->addItem(
        QObject::tr("-30- (North America, traditional)"), QVariant::fromValue(EndMarker::Thirty));
    return combo;
}

} // namespace

ReleaseForm::ReleaseForm(ReleaseDocument *document, UserPrompts *prompts, QWidget *parent)
    : QScrollArea(parent)
    , m_document(document)
    , m_binder(new FieldBinder(document, this))
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(createReleaseGroup());
    layout->addWidget(group(
        tr("Agencies (lead agency first)"), createAgenciesSection(document, prompts, content)));
    layout->addWidget(createHeadlineGroup());

    m_body = new BodyEditor(prompts, content);
    const auto commitBody = m_binder->bind(
        Field::Body, [this] { return QVariant::fromValue(m_body->body()); },
        [this](const QVariant &value) { m_body->setBody(value.value<Body>()); });
    connect(m_body, &BodyEditor::edited, this, commitBody);
    layout->addWidget(group(tr("Statement"), m_body));

    layout->addWidget(group(tr("Quotes"), createQuotesSection(document, content)));
    layout->addWidget(
        group(tr("Attachments"), createAttachmentsSection(document, prompts, content)));
    layout->addWidget(group(tr("Media contacts"), createContactsSection(document, content)));
    layout->addWidget(createClosingGroup());
    layout->addWidget(
        group(tr("Review and approval"), new WorkflowPanel(document, prompts, content)));
    layout->addStretch();

    setWidget(content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
}

QWidget *ReleaseForm::createReleaseGroup()
{
    auto *box = new QGroupBox(tr("Release"));
    auto *form = new QFormLayout(box);

    auto *type = releaseTypeComboBox(box);
    auto *reference = new QLineEdit(box);
    reference->setPlaceholderText(tr("KBP-2026-0412"));
    auto *relatesTo = new QLineEdit(box);
    relatesTo->setPlaceholderText(tr("Reference of the statement this one updates, if any"));
    auto *language = new QLineEdit(box);
    language->setPlaceholderText(QStringLiteral("en-NZ"));
    auto *embargo = new EmbargoEditor(box);
    auto *place = new QLineEdit(box);
    place->setPlaceholderText(tr("WELLINGTON"));
    auto *date = new QDateEdit(box);
    date->setCalendarPopup(true);
    date->setMinimumDate(QDate(2000, 1, 1));
    date->setSpecialValueText(tr("No date"));
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));

    form->addRow(tr("&Type:"), type);
    form->addRow(tr("&Reference number:"), reference);
    form->addRow(tr("&Updates:"), relatesTo);
    form->addRow(tr("&Language:"), language);
    form->addRow(tr("Status:"), embargo);
    form->addRow(tr("Dateline &place:"), place);
    form->addRow(tr("Dateline &date:"), date);

    m_binder->bind(Field::Type, type);
    m_binder->bind(Field::Reference, reference);
    m_binder->bind(Field::RelatesTo, relatesTo);
    m_binder->bind(Field::Language, language);
    m_binder->bind(Field::DatelinePlace, place);
    m_binder->bind(Field::DatelineDate, date);
    const auto commitEmbargo = m_binder->bind(
        Field::Embargo, [embargo] { return QVariant::fromValue(embargo->embargo()); },
        [embargo](const QVariant &value) { embargo->setEmbargo(value.value<Embargo>()); });
    connect(embargo, &EmbargoEditor::edited, this, commitEmbargo);
    return box;
}

QWidget *ReleaseForm::createHeadlineGroup()
{
    auto *box = new QGroupBox(tr("Headline"));
    auto *form = new QFormLayout(box);
    m_headline = new QLineEdit(box);
    m_headline->setPlaceholderText(tr("One plain, specific sentence, under 12 words"));
    auto *subheadline = new QLineEdit(box);
    subheadline->setPlaceholderText(tr("Optional summary, under about 160 characters"));
    form->addRow(tr("&Headline:"), m_headline);
    form->addRow(tr("&Subheadline:"), subheadline);
    m_binder->bind(Field::Headline, m_headline);
    m_binder->bind(Field::Subheadline, subheadline);
    return box;
}

QWidget *ReleaseForm::createClosingGroup()
{
    auto *box = new QGroupBox(tr("After the statement"));
    auto *form = new QFormLayout(box);
    auto *endMarker = endMarkerComboBox(box);
    auto *issuedBy = new QLineEdit(box);
    issuedBy->setPlaceholderText(tr("The media unit, such as Kestrel Bay Police Media Centre"));
    auto *notes = new QPlainTextEdit(box);
    notes->setTabChangesFocus(true);
    notes->setMaximumHeight(120);
    form->addRow(tr("&End marker:"), endMarker);
    form->addRow(tr("&Issued by:"), issuedBy);
    form->addRow(tr("&Notes to editors:"), notes);
    m_binder->bind(Field::EndMarker, endMarker);
    m_binder->bind(Field::IssuedBy, issuedBy);
    m_binder->bind(Field::NotesToEditors, notes);
    return box;
}

} // namespace rd
