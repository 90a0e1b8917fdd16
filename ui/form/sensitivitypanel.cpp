#include "sensitivitypanel.h"

#include "model/releasedocument.h"
#include "useridentity.h"
#include "userprompts.h"
#include "userstime.h"

#include <QCheckBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace rd {

SensitivityPanel::SensitivityPanel(ReleaseDocument *document, UserPrompts *prompts, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_prompts(prompts)
    , m_safeguards(new QWidget(this))
    , m_safeguardsLayout(new QGridLayout(m_safeguards))
    , m_nothingNeeded(new QLabel(this))
{
    // Found by the field's id, as every field's editor is, so that a finding about the
    // safeguards brings the keyboard here.
    setObjectName(fieldId(Field::Sensitivity));
    auto *matters = new QHBoxLayout;
    matters->addWidget(new QLabel(tr("The release concerns:"), this));
    for (SensitiveMatter matter : allSensitiveMatters()) {
        auto *box = new QCheckBox(describe(matter), this);
        connect(box, &QCheckBox::clicked, this,
            [this, matter](bool checked) { setMatter(matter, checked); });
        m_matterBoxes.insert(matter, box);
        matters->addWidget(box);
    }
    matters->addStretch();
    setFocusProxy(m_matterBoxes.first());

    m_safeguardsLayout->setContentsMargins(0, 0, 0, 0);
    m_safeguardsLayout->setColumnStretch(1, 1);
    m_nothingNeeded->setWordWrap(true);
    m_nothingNeeded->setText(tr("Mark what the release concerns: each needs safeguards "
                                "confirmed before it can be approved."));

    auto *layout = new QVBoxLayout(this);
    // Room at the right for the sign the checks put on a field with findings (fieldmarkers.h).
    layout->setContentsMargins(0, 0, style()->pixelMetric(QStyle::PM_SmallIconSize) + 8, 0);
    layout->addLayout(matters);
    layout->addWidget(m_nothingNeeded);
    layout->addWidget(m_safeguards);

    connect(document, &ReleaseDocument::fieldChanged, this, [this](const FieldKey &key) {
        if (key.field == Field::Sensitivity)
            showSensitivity();
    });
    connect(document, &ReleaseDocument::releaseReset, this, &SensitivityPanel::showSensitivity);
    showSensitivity();
}

void SensitivityPanel::showSensitivity()
{
    const Sensitivity &sensitivity = m_document->release().sensitivity;
    for (auto it = m_matterBoxes.cbegin(); it != m_matterBoxes.cend(); ++it)
        it.value()->setChecked(sensitivity.concerns(it.key()));

    // Rebuilt whole: at most four rows, changed only by a click. The button clicked may be the
    // one asking for this, so the old rows are deleted later, not at once.
    while (QLayoutItem *item = m_safeguardsLayout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    const QList<Safeguard> required = sensitivity.requiredSafeguards();
    m_nothingNeeded->setVisible(required.isEmpty());
    int row = 0;
    QWidget *previous = m_matterBoxes.last(); // Tab goes on from the marks to the safeguards
    for (Safeguard safeguard : required) {
        auto *name = new QLabel(describe(safeguard), m_safeguards);
        name->setToolTip(confirmationStatement(safeguard));
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        auto *state = new QLabel(m_safeguards);
        state->setTextFormat(Qt::PlainText);
        state->setWordWrap(true);
        QPushButton *button = nullptr;
        if (const SafeguardConfirmation *confirmation = sensitivity.confirmationOf(safeguard)) {
            state->setText(
                tr("Confirmed by %1, %2").arg(confirmation->by, localTime(confirmation->at)));
            button = new QPushButton(tr("Withdraw"), m_safeguards);
            button->setAccessibleName(tr("Withdraw \"%1\"").arg(describe(safeguard)));
            connect(
                button, &QPushButton::clicked, this, [this, safeguard] { withdraw(safeguard); });
        } else {
            state->setText(tr("Not confirmed: approval waits for it."));
            button = new QPushButton(tr("Confirm…"), m_safeguards);
            button->setAccessibleName(tr("Confirm \"%1\"").arg(describe(safeguard)));
            connect(button, &QPushButton::clicked, this, [this, safeguard] { confirm(safeguard); });
        }
        m_safeguardsLayout->addWidget(name, row, 0);
        m_safeguardsLayout->addWidget(state, row, 1);
        m_safeguardsLayout->addWidget(button, row, 2);
        setTabOrder(previous, button);
        previous = button;
        ++row;
    }
}

void SensitivityPanel::setMatter(SensitiveMatter matter, bool concerned)
{
    const Sensitivity changed = m_document->release().sensitivity.withMatter(matter, concerned);
    m_document->setField({Field::Sensitivity, {}}, QVariant::fromValue(changed));
    showSensitivity(); // an edit refused (of an approved release) leaves the box as it was
}

void SensitivityPanel::confirm(Safeguard safeguard)
{
    const std::optional<QString> name
        = m_prompts->askText(this, tr("Confirm: %1").arg(describe(safeguard)),
            confirmationStatement(safeguard) + QStringLiteral("\n\n")
                + tr("Your name, recorded with the confirmation:"),
            userName());
    if (!name || name->trimmed().isEmpty())
        return;
    setUserName(name->trimmed());
    const Sensitivity changed = m_document->release().sensitivity.confirmed(
        {safeguard, name->trimmed(), QDateTime::currentDateTimeUtc(), {}});
    m_document->setField({Field::Sensitivity, {}}, QVariant::fromValue(changed));
}

void SensitivityPanel::withdraw(Safeguard safeguard)
{
    const Sensitivity changed = m_document->release().sensitivity.withdrawn(safeguard);
    m_document->setField({Field::Sensitivity, {}}, QVariant::fromValue(changed));
}

} // namespace rd
