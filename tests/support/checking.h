#pragma once

#include "checks/acknowledging.h"
#include "checks/checks.h"
#include "model/release.h"

namespace rd::test {

// The moment the tests check at, so that an embargo or a dateline is in the future or the past
// on every day the tests run: Thursday 26 November 2026, 9 am in Wellington.
QDateTime checkingMoment();

// The findings of the default house style at checkingMoment(), of every rule whose id starts
// with `rule` ("acronyms" for all of them, "quotes.marks" for one), or of all rules.
QList<Finding> findingsOf(const Release &release, const QString &rule = {},
    const HouseStyle &style = defaultHouseStyle());

// A release with everything the required checks ask for and nothing else to find: one agency,
// one contact, a dateline on the checking day, and the statement given.
Release releaseSaying(const QString &statement, const QString &language = QStringLiteral("en-NZ"));

// A release with nothing left to fix, about a woman who died in a crash; not marked as
// concerning a death.
Release releaseAboutADeath();

} // namespace rd::test
