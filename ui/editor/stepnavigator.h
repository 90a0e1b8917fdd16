#pragma once

#include "step.h"

#include <QListWidget>

namespace rd {

// The steps down the side of the editor, each with a mark that says complete, incomplete or has a
// problem. Any step can be chosen at any time: it is a table of contents, not a wizard.
class StepNavigator : public QListWidget
{
    Q_OBJECT

public:
    explicit StepNavigator(QWidget *parent = nullptr);
    // As wide as the longest step name needs, not the 256 pixels of a list's default.
    QSize sizeHint() const override;

    Step currentStep() const;
    void setCurrentStep(Step step);
    void setStates(const QList<StepState> &states); // one per step, in order
    StepState state(Step step) const;

Q_SIGNALS:
    void stepChosen(rd::Step step);

private:
    void updateWidth();
};

} // namespace rd
