#include "step.h"

#include <QCoreApplication>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Step)
};

} // namespace

QString stepTitle(Step step)
{
    switch (step) {
    case Step::Agencies:
        return Tr::tr("Agencies");
    case Step::Headline:
        return Tr::tr("Headline");
    case Step::Statement:
        return Tr::tr("Statement");
    case Step::Quotes:
        return Tr::tr("Quotes");
    case Step::Attachments:
        return Tr::tr("Attachments");
    case Step::Contacts:
        return Tr::tr("Contacts");
    case Step::Translation:
        return Tr::tr("Translation");
    case Step::Review:
        return Tr::tr("Review & Export");
    }
    return {};
}

QString stepHint(Step step)
{
    switch (step) {
    case Step::Agencies:
        return Tr::tr(
            "Who issues it: the lead agency first, then every partner of a joint statement.");
    case Step::Headline:
        return Tr::tr(
            "Headline: one plain, specific sentence, under 12 words. Status and dateline say "
            "when and where.");
    case Step::Statement:
        return Tr::tr(
            "The first paragraph answers who, what, when, where and why; the rest follows "
            "in falling importance. Short paragraphs.");
    case Step::Quotes:
        return Tr::tr("Every quote is named and titled, three or four sentences the speaker has "
                      "signed off.");
    case Step::Attachments:
        return Tr::tr("The full statement as a PDF, photos at full size: each travels inside the "
                      "project and goes out with the release.");
    case Step::Contacts:
        return Tr::tr("Name, role, phone and e-mail: distributors refuse releases without a media "
                      "contact. Background goes in the notes to editors.");
    case Step::Translation:
        return Tr::tr("A release in two languages: each field beside its translation. A mark shows "
                      "a translation that is missing, or older than a change to its source.");
    case Step::Review:
        return Tr::tr("Check what is missing, have it approved, then export or print it.");
    }
    return {};
}

Step stepOf(Field field)
{
    // One step for each part of the release, in the same order.
    static_assert(int(Step::Agencies) == int(FieldGroup::Agencies)
        && int(Step::Headline) == int(FieldGroup::Headline)
        && int(Step::Statement) == int(FieldGroup::Statement)
        && int(Step::Quotes) == int(FieldGroup::Quotes)
        && int(Step::Attachments) == int(FieldGroup::Attachments)
        && int(Step::Contacts) == int(FieldGroup::Contacts)
        && int(Step::Translation) == int(FieldGroup::Translation)
        && int(Step::Review) == int(FieldGroup::Review));
    return Step(int(groupOf(field)));
}

Step stepOf(const FieldKey &key)
{
    return key.translated ? Step::Translation : stepOf(key.field);
}

bool isOptional(Step step)
{
    return step == Step::Quotes || step == Step::Attachments || step == Step::Translation;
}

StepState stepState(Step step, const QList<Finding> &findings, bool approved, bool stepIsEmpty)
{
    if (step == Step::Review) {
        for (const Finding &finding : findings) {
            if (finding.severity == Finding::Severity::Error)
                return StepState::Incomplete;
        }
        return approved ? StepState::Complete : StepState::Incomplete;
    }
    StepState state = isOptional(step) && stepIsEmpty ? StepState::Optional : StepState::Complete;
    for (const Finding &finding : findings) {
        if (stepOf(finding.field) != step)
            continue;
        if (finding.severity == Finding::Severity::Error)
            return StepState::Incomplete;
        if (finding.severity == Finding::Severity::Warning)
            state = StepState::Problem;
    }
    return state;
}

} // namespace rd
