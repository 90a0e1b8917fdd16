#include "stepnavigator.h"

#include <QPainter>
#include <QPainterPath>

namespace rd {

namespace {

constexpr int stateRole = Qt::UserRole + 1;

// Small marks drawn here rather than taken from an icon theme, which locked-down desktops may
// lack: a filled green disc with a tick, an amber disc with "!", a hollow grey circle, and a dashed
// one for a step that is optional and empty.
QIcon stateIcon(StepState state)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF disc(4, 4, 24, 24);
    switch (state) {
    case StepState::Complete: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x2e, 0x7d, 0x32));
        painter.drawEllipse(disc);
        QPainterPath tick;
        tick.moveTo(10, 16.5);
        tick.lineTo(14.5, 21);
        tick.lineTo(22.5, 11.5);
        painter.setPen(QPen(Qt::white, 3.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(tick);
        break;
    }
    case StepState::Problem:
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xe6, 0x8a, 0x00));
        painter.drawEllipse(disc);
        painter.setPen(QPen(Qt::white, 3.4, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(16, 10), QPointF(16, 17.5));
        painter.drawPoint(QPointF(16, 22.5));
        break;
    case StepState::Incomplete:
        painter.setPen(QPen(QColor(0x8a, 0x8f, 0x96), 2.4));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(disc.adjusted(1.5, 1.5, -1.5, -1.5));
        break;
    case StepState::Optional:
        painter.setPen(QPen(QColor(0x8a, 0x8f, 0x96), 2.0, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(disc.adjusted(1.5, 1.5, -1.5, -1.5));
        break;
    }
    painter.end();
    return QIcon(pixmap);
}

QString stateName(StepState state)
{
    switch (state) {
    case StepState::Complete:
        return StepNavigator::tr("complete");
    case StepState::Problem:
        return StepNavigator::tr("has a problem");
    case StepState::Optional:
        return StepNavigator::tr("optional");
    case StepState::Incomplete:
        break;
    }
    return StepNavigator::tr("incomplete");
}

} // namespace

StepNavigator::StepNavigator(QWidget *parent)
    : QListWidget(parent)
{
    setAccessibleName(tr("Steps"));
    setIconSize(QSize(18, 18));
    setSpacing(2);
    setFrameShape(QFrame::NoFrame);
    for (Step step : allSteps) {
        auto *item = new QListWidgetItem(stepTitle(step), this);
        item->setData(Qt::UserRole, int(step));
        item->setSizeHint(QSize(0, 34));
    }
    setStates(QList<StepState>(std::size(allSteps), StepState::Incomplete));
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT stepChosen(Step(item(row)->data(Qt::UserRole).toInt()));
    });
    setCurrentRow(0);
    updateWidth();
}

QSize StepNavigator::sizeHint() const
{
    return QSize(minimumWidth(), QListWidget::sizeHint().height());
}

Step StepNavigator::currentStep() const
{
    return currentRow() < 0 ? Step::Agencies : Step(currentItem()->data(Qt::UserRole).toInt());
}

void StepNavigator::setCurrentStep(Step step)
{
    setCurrentRow(int(step));
}

void StepNavigator::setStates(const QList<StepState> &states)
{
    for (int row = 0; row < count() && row < states.size(); ++row) {
        QListWidgetItem *entry = item(row);
        if (entry->data(stateRole).isValid()
            && StepState(entry->data(stateRole).toInt()) == states.at(row))
            continue;
        entry->setData(stateRole, int(states.at(row)));
        entry->setIcon(stateIcon(states.at(row)));
        entry->setText(states.at(row) == StepState::Optional
                ? tr("%1 (optional)").arg(stepTitle(Step(row)))
                : stepTitle(Step(row)));
        const QString description
            = QStringLiteral("%1: %2").arg(stepTitle(Step(row)), stateName(states.at(row)));
        entry->setToolTip(description);
        entry->setData(Qt::AccessibleTextRole, description);
    }
    updateWidth();
}

void StepNavigator::updateWidth()
{
    // Wide enough for the longest name ("Attachments (optional)") with its mark, never cut.
    int widest = 0;
    for (int row = 0; row < count(); ++row)
        widest = std::max(widest, fontMetrics().horizontalAdvance(item(row)->text()));
    setMinimumWidth(widest + iconSize().width() + 2 * spacing() + 36);
}

StepState StepNavigator::state(Step step) const
{
    return StepState(item(int(step))->data(stateRole).toInt());
}

} // namespace rd
