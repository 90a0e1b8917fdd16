#pragma once

#include "finding.h"
#include "model/housestyle.h"
#include "model/release.h"
#include "textscan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace rd {

// What every rule is given: the release, the style it is held to, the moment of checking, and
// the list the rule adds its findings to.
struct CheckContext
{
    const Release &release;
    const HouseStyle &style;
    QDateTime now;
    QLocale locale; // of the document language
    QList<TextSpan> prose; // proseInReadingOrder(), worked out once for every rule
    QList<TextSpan> statement; // statementSpans()
    QList<Finding> findings;

    // The document language without its region: "en", "fr", "mi".
    QString language() const;

    void add(Finding::Severity severity, const QString &rule, const FieldKey &field,
        const QString &message, qsizetype position = -1, qsizetype length = 0);
};

// The rules, each in a file of its own; checks.cpp runs them in this order.
void checkRequiredParts(CheckContext &context);
void checkTranslations(CheckContext &context);
void checkHeadline(CheckContext &context);
void checkLede(CheckContext &context);
void checkAcronyms(CheckContext &context);
void checkQuotes(CheckContext &context);
void checkEmbargo(CheckContext &context);
void checkAttachments(CheckContext &context);
void checkContacts(CheckContext &context);
void checkDates(CheckContext &context);
void checkWeekdays(CheckContext &context);
void checkLinks(CheckContext &context);
void checkReadability(CheckContext &context);
void checkTerms(CheckContext &context);
void checkNumberAndDateStyle(CheckContext &context);
void checkSensitiveContent(CheckContext &context);
void checkUnmarkedSensitiveContent(CheckContext &context);
void checkUnprintableCharacters(CheckContext &context);

// The rules' messages are translated in one context.
struct CheckText
{
    Q_DECLARE_TR_FUNCTIONS(Checks)
};

} // namespace rd
