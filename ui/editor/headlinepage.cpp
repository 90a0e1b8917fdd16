#include "form/embargoeditor.h"
#include "form/fieldbinder.h"
#include "model/languages.h"
#include "model/releasedocument.h"
#include "pages.h"
#include "render/composedrelease.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rd {

namespace {

// The translation context of this file's words.
class HeadlinePage
{
    Q_DECLARE_TR_FUNCTIONS(HeadlinePage)
};

} // namespace

namespace {

QComboBox *releaseTypeComboBox(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (ReleaseType type :
        {ReleaseType::MediaRelease, ReleaseType::JointStatement, ReleaseType::HoldingStatement,
            ReleaseType::Update, ReleaseType::AppealForInformation, ReleaseType::MediaAdvisory})
        combo->addItem(releaseTypeName(type), QVariant::fromValue(type));
    return combo;
}

// Words and characters of the headline, in the warning colour beyond what distributors take.
QLabel *headlineCounter(ReleaseDocument *document, QWidget *parent)
{
    auto *counter = new QLabel(parent);
    counter->setTextFormat(Qt::PlainText);
    counter->setObjectName(QStringLiteral("headlineCounter"));
    const auto update = [document, counter] {
        const QString headline = document->release().headline.trimmed();
        counter->setText(headlineCount(headline));
        const int words = int(headline.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        counter->setForegroundRole(
            headline.size() > 80 || words > 12 ? QPalette::Link : QPalette::PlaceholderText);
    };
    QObject::connect(
        document, &ReleaseDocument::fieldChanged, counter, [update](const FieldKey &key) {
            if (key.field == Field::Headline)
                update();
        });
    QObject::connect(document, &ReleaseDocument::releaseReset, counter, update);
    update();
    return counter;
}

} // namespace

// The document language, chosen from a list, with the dateline as it will print in it below.
QWidget *languageChooser(ReleaseDocument *document, FieldBinder *binder, QWidget *parent)
{
    auto *chooser = new QWidget(parent);
    auto *combo = new QComboBox(chooser);
    for (const DocumentLanguage &language : documentLanguages())
        combo->addItem(language.name, language.tag);
    auto *sample = new QLabel(chooser);
    sample->setTextFormat(Qt::PlainText); // the place is field text
    sample->setWordWrap(true);
    sample->setObjectName(QStringLiteral("datelineSample"));
    sample->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(chooser);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(combo);
    layout->addWidget(sample);

    combo->setObjectName(fieldId(Field::Language));
    combo->setAccessibleName(HeadlinePage::tr("Document language"));
    const auto commit = binder->bind(
        Field::Language, [combo] { return combo->currentData(); },
        [combo](const QVariant &value) {
            // A tag that is not in the list (a file's "en") is shown as it is, not replaced.
            const QString tag = value.toString();
            int index = combo->findData(tag);
            if (index < 0) {
                combo->addItem(languageName(tag), tag);
                index = combo->count() - 1;
            }
            combo->setCurrentIndex(index);
        });
    QObject::connect(combo, &QComboBox::activated, binder, commit);

    const auto update = [document, sample] {
        const Release &release = document->release();
        Release shown = release;
        if (!shown.dateline.date.isValid())
            shown.dateline.date = QDate::currentDate();
        QString text = HeadlinePage::tr("Dateline as it prints: %1").arg(datelineText(shown));
        if (!namesRegion(release.language))
            text += QLatin1Char('\n')
                + HeadlinePage::tr("“%1” names no region, so dates may print the American way.")
                      .arg(release.language);
        sample->setText(text);
    };
    QObject::connect(
        document, &ReleaseDocument::fieldChanged, sample, [update](const FieldKey &key) {
            if (key.field == Field::Language || key.field == Field::DatelinePlace
                || key.field == Field::DatelineDate)
                update();
        });
    QObject::connect(document, &ReleaseDocument::releaseReset, sample, update);
    update();
    return chooser;
}

QWidget *createHeadlineContent(ReleaseDocument *document)
{
    auto *content = new QWidget;
    auto *binder = new FieldBinder(document, content);

    auto *headline = new QLineEdit(content);
    headline->setPlaceholderText(HeadlinePage::tr("Wharf 3 closed after chemical spill"));
    auto *subheadline = new QLineEdit(content);
    subheadline->setPlaceholderText(
        HeadlinePage::tr("Optional summary, under about 160 characters"));
    auto *headlineBox = new QGroupBox(HeadlinePage::tr("Headline"), content);
    auto *headlineForm = new QFormLayout(headlineBox);
    headlineForm->addRow(HeadlinePage::tr("&Headline:"), headline);
    headlineForm->addRow(QString(), headlineCounter(document, headlineBox));
    headlineForm->addRow(HeadlinePage::tr("&Subheadline:"), subheadline);
    binder->bind(Field::Headline, headline);
    binder->bind(Field::Subheadline, subheadline);

    auto *statusBox = new QGroupBox(HeadlinePage::tr("Status and dateline"), content);
    auto *statusForm = new QFormLayout(statusBox);
    auto *embargo = new EmbargoEditor(statusBox);
    auto *place = new QLineEdit(statusBox);
    place->setPlaceholderText(HeadlinePage::tr("WELLINGTON"));
    auto *date = new QDateEdit(statusBox);
    date->setCalendarPopup(true);
    date->setMinimumDate(QDate(2000, 1, 1));
    date->setSpecialValueText(HeadlinePage::tr("No date"));
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    statusForm->addRow(HeadlinePage::tr("Status:"), embargo);
    statusForm->addRow(HeadlinePage::tr("Dateline &place:"), place);
    statusForm->addRow(HeadlinePage::tr("Dateline &date:"), date);
    binder->bind(Field::DatelinePlace, place);
    binder->bind(Field::DatelineDate, date);
    const auto commitEmbargo = binder->bind(
        Field::Embargo, [embargo] { return QVariant::fromValue(embargo->embargo()); },
        [embargo](const QVariant &value) { embargo->setEmbargo(value.value<Embargo>()); });
    QObject::connect(embargo, &EmbargoEditor::edited, binder, commitEmbargo);
    embargo->setObjectName(fieldId(Field::Embargo));

    auto *releaseBox = new QGroupBox(HeadlinePage::tr("Release"), content);
    auto *releaseForm = new QFormLayout(releaseBox);
    auto *type = releaseTypeComboBox(releaseBox);
    auto *reference = new QLineEdit(releaseBox);
    reference->setPlaceholderText(HeadlinePage::tr("KBP-2026-0412"));
    auto *relatesTo = new QLineEdit(releaseBox);
    relatesTo->setPlaceholderText(
        HeadlinePage::tr("Reference of the statement this one updates, if any"));
    QWidget *language = languageChooser(document, binder, releaseBox);
    releaseForm->addRow(HeadlinePage::tr("&Type:"), type);
    releaseForm->addRow(HeadlinePage::tr("&Reference number:"), reference);
    releaseForm->addRow(HeadlinePage::tr("&Updates:"), relatesTo);
    releaseForm->addRow(HeadlinePage::tr("&Language:"), language);
    binder->bind(Field::Type, type);
    binder->bind(Field::Reference, reference);
    binder->bind(Field::RelatesTo, relatesTo);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(headlineBox);
    layout->addWidget(statusBox);
    layout->addWidget(releaseBox);
    layout->addStretch();
    return content;
}

} // namespace rd
