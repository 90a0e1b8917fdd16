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
};

// The required parts of a release and the problems that distributors refuse releases for: no
// agency, no headline, no dateline, an empty statement, an anonymous quote, no media contact, an
// embargo without its lift time. The house-style checks add to these.
QList<Finding> requiredFieldFindings(const Release &release);

} // namespace rd
