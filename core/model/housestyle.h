#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace rd {

// The limits and preferences of a media unit's house style, which the checks hold a release to.
// Written as a JSON file (docs/house-style.md documents every key); any key a file leaves out
// keeps the default, which suits English-language government media.
struct HouseStyle
{
    enum class DateOrder {
        Locale, // the document language's order: 26 November in en-NZ, November 26 in en-US
        DayMonthYear,
        MonthDayYear,
    };

    QString name;

    int headlineMaxWords = 18;
    int headlineMaxCharacters = 100;
    int ledeMaxWords = 40;
    int quoteMaxWords = 80;

    QStringList acronymsAllowed; // acronyms every reader knows, never spelled out

    int datelineMaxDaysPast = 7;
    int datelineMaxDaysFuture = 30;
    DateOrder dateOrder = DateOrder::Locale;
    int spellOutNumbersBelow = 10; // numbers below this are written as words; 0 turns it off

    double minReadingEase = 30; // Flesch reading ease, or the document language's equivalent
    double maxAverageSentenceWords = 24;
    int maxSentenceWords = 40;

    QMap<QString, QString> preferredTerms; // lower-case word or phrase -> what to write instead
    QStringList bannedTerms;
    QStringList internalHosts; // host names of the agency's own network, never linked to

    bool operator==(const HouseStyle &) const = default;
};

// The style a release is checked against when nothing else is given.
HouseStyle defaultHouseStyle();

// A style file's JSON over the default. A key that is not documented, a value of the wrong type
// or a limit out of range is an error naming the key, so that a typing mistake in a style file is
// never silently ignored. `source`, when given, names the file in messages.
Result<HouseStyle> houseStyleFromJson(const QJsonObject &json, const QString &source);
Result<HouseStyle> readHouseStyleFile(const QString &path);
// The file's JSON as it is written, once it reads as a style: what an agency carries.
Result<QJsonObject> readHouseStyleJson(const QString &path);

// The JSON of a style, every key written: the default written out is a template to edit.
QJsonObject houseStyleToJson(const HouseStyle &style);

} // namespace rd
