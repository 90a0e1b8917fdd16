#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace rd {

// A warning of the checks that someone looked at and let stand, with their reason, so that the
// approver sees it was a decision and not an oversight. It names the finding by its rule, its
// field and the text it flagged rather than by a position, so that it still applies after edits
// elsewhere, and stops applying once the text it was about is changed.
struct Acknowledgement
{
    QString rule; // "acronyms.unexplained"
    QString field; // the field's id (field.h): "body", "quoteTitle"
    QString itemId; // of a list item's field: the item's id
    QString text; // the flagged text; empty for a finding about the field as a whole
    QString reason;
    QString by;
    QDateTime at; // UTC
    QJsonObject unknownKeys;
    bool translated = false; // about the field's second language version (translation.h)

    // Whether the two let the same finding stand (the same rule, field, item, language version and
    // text), whoever
    // gave them and why.
    bool isOfSameFinding(const Acknowledgement &other) const
    {
        return rule == other.rule && field == other.field && itemId == other.itemId
            && translated == other.translated && text == other.text;
    }

    bool operator==(const Acknowledgement &) const = default;
};

} // namespace rd
