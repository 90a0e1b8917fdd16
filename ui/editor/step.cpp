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
    case Step::Review:
        return Tr::tr("Check what is missing, have it approved, then export or print it.");
    }
    return {};
}

Step stepOf(Field field)
{
    if (const auto collection = collectionOf(field)) {
        switch (*collection) {
        case Collection::Agencies:
            return Step::Agencies;
        case Collection::Quotes:
            return Step::Quotes;
        case Collection::Attachments:
            return Step::Attachments;
        case Collection::Contacts:
            return Step::Contacts;
        }
    }
    switch (field) {
    case Field::Body:
        return Step::Statement;
    case Field::NotesToEditors:
    case Field::EndMarker:
    case Field::IssuedBy:
        return Step::Contacts; // what follows the statement, with the contacts
    case Field::Sensitivity:
        return Step::Review; // confirmed before approval, beside it
    default:
        return Step::Headline; // the release's status, dateline and headline
    }
}

bool isOptional(Step step)
{
    return step == Step::Quotes || step == Step::Attachments;
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
        if (stepOf(finding.field.field) != step)
            continue;
        if (finding.severity == Finding::Severity::Error)
            return StepState::Incomplete;
        if (finding.severity == Finding::Severity::Warning)
            state = StepState::Problem;
    }
    return state;
}

} // namespace rd
