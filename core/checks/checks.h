#pragma once

#include "finding.h"
#include "model/housestyle.h"

#include <QDateTime>
#include <QList>

namespace rd {

struct Release;

// Every check of a release against a house style, at the moment `now` (an embargo must lift
// after it, a dateline must be near it): the findings in reading order of the rules, each
// naming its rule, field and text. Pure and quick, so that the editor can run it after every
// pause in typing and a script can run it over a folder of releases.
QList<Finding> checkRelease(const Release &release, const HouseStyle &style, const QDateTime &now);

// The style a release carries: its lead agency's, when its profile brought one, else the
// default.
HouseStyle houseStyleOf(const Release &release);

// checkRelease() against the release's own style, now.
QList<Finding> releaseFindings(const Release &release);

// A rule, as docs/house-style.md and `releasedesk check` name it.
struct CheckRule
{
    QString id;
    QString summary;
};
QList<CheckRule> checkRules();

} // namespace rd
