#include "embargoeditor.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace rd {

EmbargoEditor::EmbargoEditor(QWidget *parent)
    : QWidget(parent)
    , m_immediate(new QRadioButton(tr("For immediate release"), this))
    , m_embargoed(new QRadioButton(tr("Embargoed until"), this))
    , m_until(new QDateTimeEdit(this))
    , m_zone(new QComboBox(this))
    , m_utc(new QLabel(this))
{
    auto *group = new QButtonGroup(this);
    group->addButton(m_immediate);
    group->addButton(m_embargoed);
    m_immediate->setChecked(true);

    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_until->setDateTime(QDateTime(QDate::currentDate().addDays(1), QTime(9, 0)));
    m_until->setAccessibleName(tr("Embargo lifts at (local time)"));

    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id), id);
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    const int systemZone = m_zone->findData(QTimeZone::systemTimeZoneId());
    m_zone->setCurrentIndex(systemZone >= 0 ? systemZone : m_zone->findData(QByteArray("UTC")));
    m_zone->setAccessibleName(tr("Embargo time zone"));
    m_utc->setTextFormat(Qt::PlainText);

    // The zone under the time, so that a zone's long name never widens the page.
    m_zone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_zone->setMinimumContentsLength(16);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_immediate, 0, 0, 1, 2);
    layout->addWidget(m_embargoed, 1, 0);
    layout->addWidget(m_until, 1, 1);
    layout->addWidget(m_zone, 2, 1);
    layout->addWidget(m_utc, 3, 0, 1, 2);
    layout->setColumnStretch(1, 1);

    const auto edited = [this] {
        updateState();
        Q_EMIT this->edited();
    };
    connect(group, &QButtonGroup::buttonClicked, this, edited);
    connect(m_until, &QDateTimeEdit::dateTimeChanged, this, edited);
    connect(m_zone, &QComboBox::currentIndexChanged, this, edited);
    updateState();
}

Embargo EmbargoEditor::embargo() const
{
    Embargo embargo;
    embargo.embargoed = m_embargoed->isChecked();
    if (embargo.embargoed) {
        embargo.date = m_until->date();
        embargo.time = m_until->time();
        embargo.zone = QTimeZone(m_zone->currentData().toByteArray());
    }
    return embargo;
}

void EmbargoEditor::setEmbargo(const Embargo &embargo)
{
    const QSignalBlocker blockUntil(m_until);
    const QSignalBlocker blockZone(m_zone);
    (embargo.embargoed ? m_embargoed : m_immediate)->setChecked(true);
    if (embargo.embargoed) {
        m_until->setDateTime(QDateTime(embargo.date, embargo.time));
        m_zone->setCurrentIndex(m_zone->findData(embargo.zone.id()));
    }
    updateState();
}

void EmbargoEditor::updateState()
{
    const bool embargoed = m_embargoed->isChecked();
    m_until->setEnabled(embargoed);
    m_zone->setEnabled(embargoed);
    const QDateTime lifts = embargo().liftsAt();
    m_utc->setVisible(embargoed);
    if (lifts.isValid())
        m_utc->setText(tr("Lifts at %1 UTC (%2)")
                           .arg(lifts.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                               embargo().zone.displayName(lifts, QTimeZone::ShortName)));
    else
        m_utc->setText(tr("Choose the time zone of the lift time."));
}

} // namespace rd
