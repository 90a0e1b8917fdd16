#pragma once

#include "checks/finding.h"

#include <QList>
#include <QString>

namespace rd {

// The steps of the guided editor, in the order a release is written.
enum class Step {
    Agencies,
    Headline,
    Statement,
    Quotes,
    Attachments,
    Contacts,
    Translation,
    Review
};

inline constexpr Step allSteps[] = {Step::Agencies, Step::Headline, Step::Statement, Step::Quotes,
    Step::Attachments, Step::Contacts, Step::Translation, Step::Review};

QString stepTitle(Step step);
// One line of what good looks like, shown at the top of the step's page.
QString stepHint(Step step);

// The step whose page edits a field.
Step stepOf(Field field);
// The step whose page edits a field in the language the key names: the second language versions
// are all on the translation's page.
Step stepOf(const FieldKey &key);

enum class StepState { Complete, Incomplete, Problem, Optional };

// Whether a release may go out with nothing in the step (quotes, attachments, a second language).
bool isOptional(Step step);

// A step is incomplete while something it holds is missing, has a problem while a finding says
// so, is optional while it is optional and empty, and is complete otherwise. Review is complete
// once the release is approved.
StepState stepState(Step step, const QList<Finding> &findings, bool approved, bool stepIsEmpty);

} // namespace rd
