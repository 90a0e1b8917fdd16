#pragma once

#include "model/field.h"

#include <QList>
#include <QString>

namespace rd {

struct Release;

// Something a check found in a release, tied to the field to fix.
struct Finding
{
    enum class Severity {
        Missing, // a required part is empty: the release cannot go out like this
        Problem, // something is wrong or doubtful: it should be fixed before approval
        Advice, // worth a look
    };

    Severity severity = Severity::Missing;
    FieldKey field;
    QString message;
    QString rule; // a stable id of the rule that found it, such as "dates.weekday"
    // Where in the field's text (the statement's as Body::plainText gives it) the finding is;
    // -1 when it concerns the field as a whole.
    qsizetype position = -1;
    qsizetype length = 0;
};

// The required parts of a release and the problems that distributors refuse releases for: no
// agency, no headline, no dateline, an empty statement, an anonymous quote, no media contact, an
// embargo without its lift time. The house-style checks add to these.
QList<Finding> requiredFieldFindings(const Release &release);

// A weekday named with a date in the text must be that date's weekday: "Tuesday 26 November
// 2026" is wrong, 26 November 2026 being a Thursday. Weekday and month names are the document
// language's; a date without a year is taken in the year that puts it nearest the dateline.
QList<Finding> weekdayFindings(const Release &release);

// Every check, in the order the checklist shows them.
QList<Finding> releaseFindings(const Release &release);

} // namespace rd
