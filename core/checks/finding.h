#pragma once

#include "model/field.h"

#include <QList>
#include <QString>

namespace rd {

// Something a check found in a release, tied to the field (and where known the text) to fix.
struct Finding
{
    enum class Severity {
        Error, // the release must not go out like this: approval is refused while it remains
        Warning, // doubtful: fix it, or acknowledge it with a reason the approver sees
        Advice, // worth a look; never stands in the way
    };

    Severity severity = Severity::Error;
    FieldKey field;
    QString message; // says what is wrong and how to fix it
    QString rule; // a stable id of the rule that found it, such as "dates.weekday"
    // Where in the field's text (the statement's as Body::plainText gives it) the finding is;
    // -1 when it concerns the field as a whole.
    qsizetype position = -1;
    qsizetype length = 0;

    bool operator==(const Finding &) const = default;
};

// "error", "warning" or "note": the word a compiler would print.
QString severityName(Finding::Severity severity);

} // namespace rd
