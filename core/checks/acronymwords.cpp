#include "acronymwords.h"

#include <QRegularExpression>
#include <QSet>

namespace rd {

namespace {

bool isRomanNumeral(const QString &word)
{
    // Up to 89 with I, V, X and L alone: C, D and M make real acronyms ("DC", "CD", "MD") too.
    static const QRegularExpression roman(QStringLiteral("^(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$"));
    return roman.match(word).hasMatch();
}

const QSet<QString> &currencyCodes()
{
    static const QSet<QString> codes {
        QStringLiteral("AUD"),
        QStringLiteral("BRL"),
        QStringLiteral("CAD"),
        QStringLiteral("CHF"),
        QStringLiteral("CNY"),
        QStringLiteral("DKK"),
        QStringLiteral("EUR"),
        QStringLiteral("FJD"),
        QStringLiteral("GBP"),
        QStringLiteral("HKD"),
        QStringLiteral("IDR"),
        QStringLiteral("INR"),
        QStringLiteral("JPY"),
        QStringLiteral("KRW"),
        QStringLiteral("MXN"),
        QStringLiteral("MYR"),
        QStringLiteral("NOK"),
        QStringLiteral("NZD"),
        QStringLiteral("PHP"),
        QStringLiteral("PGK"),
        QStringLiteral("SEK"),
        QStringLiteral("SGD"),
        QStringLiteral("THB"),
        QStringLiteral("TOP"),
        QStringLiteral("USD"),
        QStringLiteral("VND"),
        QStringLiteral("WST"),
        QStringLiteral("XPF"),
        QStringLiteral("ZAR"),
        QStringLiteral("AED"),
        QStringLiteral("SAR"),
        QStringLiteral("ILS"),
    };
    return codes;
}

const QSet<QString> &knownCapitalisedWords()
{
    static const QSet<QString> words {
        // units
        QStringLiteral("KPH"),
        QStringLiteral("KMH"),
        QStringLiteral("MPH"),
        QStringLiteral("KM"),
        QStringLiteral("KG"),
        QStringLiteral("MW"),
        QStringLiteral("GW"),
        QStringLiteral("KWH"),
        QStringLiteral("MWH"),
        QStringLiteral("GWH"),
        QStringLiteral("KB"),
        QStringLiteral("MB"),
        QStringLiteral("GB"),
        QStringLiteral("TB"),
        QStringLiteral("HP"),
        QStringLiteral("PPM"),
        QStringLiteral("RPM"),
        // times and time zones
        QStringLiteral("AM"),
        QStringLiteral("PM"),
        QStringLiteral("UTC"),
        QStringLiteral("GMT"),
        QStringLiteral("BST"),
        QStringLiteral("CET"),
        QStringLiteral("CEST"),
        QStringLiteral("EET"),
        QStringLiteral("EEST"),
        QStringLiteral("WET"),
        QStringLiteral("WEST"),
        QStringLiteral("IST"),
        QStringLiteral("NZST"),
        QStringLiteral("NZDT"),
        QStringLiteral("NZT"),
        QStringLiteral("AEST"),
        QStringLiteral("AEDT"),
        QStringLiteral("ACST"),
        QStringLiteral("ACDT"),
        QStringLiteral("AWST"),
        QStringLiteral("EST"),
        QStringLiteral("EDT"),
        QStringLiteral("CST"),
        QStringLiteral("CDT"),
        QStringLiteral("MST"),
        QStringLiteral("MDT"),
        QStringLiteral("PST"),
        QStringLiteral("PDT"),
        QStringLiteral("AKST"),
        QStringLiteral("AKDT"),
        QStringLiteral("HST"),
        QStringLiteral("JST"),
        QStringLiteral("KST"),
        QStringLiteral("SGT"),
        QStringLiteral("HKT"),
        QStringLiteral("GST"),
        QStringLiteral("ET"),
        QStringLiteral("PT"),
        QStringLiteral("CT"),
        QStringLiteral("MT"),
        // points of the compass, as addresses give them ("4th Street NW")
        QStringLiteral("NE"),
        QStringLiteral("NW"),
        QStringLiteral("SE"),
        QStringLiteral("SW"),
        QStringLiteral("NNE"),
        QStringLiteral("ENE"),
        QStringLiteral("ESE"),
        QStringLiteral("SSE"),
        QStringLiteral("SSW"),
        QStringLiteral("WSW"),
        QStringLiteral("WNW"),
        QStringLiteral("NNW"),
        // the words releases set in capitals
        QStringLiteral("ENDS"),
        QStringLiteral("END"),
        QStringLiteral("FIN"),
        QStringLiteral("UPDATE"),
        QStringLiteral("UPDATED"),
        QStringLiteral("URGENT"),
        QStringLiteral("CORRECTION"),
        QStringLiteral("CORRECTED"),
        QStringLiteral("EMBARGOED"),
        QStringLiteral("EMBARGO"),
        QStringLiteral("MEDIA"),
        QStringLiteral("RELEASE"),
        QStringLiteral("STATEMENT"),
        QStringLiteral("ADVISORY"),
        QStringLiteral("NOTE"),
        QStringLiteral("NOTES"),
        QStringLiteral("WARNING"),
        QStringLiteral("ALERT"),
        QStringLiteral("REMINDER"),
        QStringLiteral("AMENDED"),
        QStringLiteral("BREAKING"),
        QStringLiteral("DRAFT"),
        QStringLiteral("NEW"),
        QStringLiteral("PHOTO"),
        QStringLiteral("VIDEO"),
        QStringLiteral("WHAT"),
        QStringLiteral("WHEN"),
        QStringLiteral("WHERE"),
        QStringLiteral("WHO"),
        QStringLiteral("WHY"),
        QStringLiteral("HOW"),
        QStringLiteral("NOT"),
        QStringLiteral("NO"),
        QStringLiteral("AVIS"),
        QStringLiteral("AVISO"),
        QStringLiteral("NOTA"),
        QStringLiteral("ATTENTION"),
        QStringLiteral("IMPORTANT"),
        QStringLiteral("STOP"),
        QStringLiteral("RSVP"),
    };
    return words;
}

} // namespace

bool isCapitalisedNonAcronym(const QString &word)
{
    return isRomanNumeral(word) || knownCapitalisedWords().contains(word);
}

bool isCurrencyCode(const QString &word)
{
    return currencyCodes().contains(word);
}

bool isMaoriWord(const QString &word, bool releaseIsInMaori)
{
    static const QRegularExpression macron(QStringLiteral("[ĀĒĪŌŪāēīōū]"));
    if (macron.match(word).hasMatch())
        return true;
    // Every Māori syllable ends in a vowel, after at most one of h, k, m, n, p, r, t, w, ng, wh.
    static const QRegularExpression syllables(
        QStringLiteral("^(?:(?:NG|WH|[HKMNPRTW])?[AEIOU])+$"));
    return releaseIsInMaori && syllables.match(word).hasMatch();
}

} // namespace rd
