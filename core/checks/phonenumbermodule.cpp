// The module that holds libphonenumber (and protobuf and ICU's i18n library, which it links), for
// the check of media contacts' numbers: loaded by phonenumbers.cpp the first time a number is
// checked, so that exports never map them.
#include <QString>

#include <phonenumbers/phonenumberutil.h>
#include <phonenumbers/shortnumberinfo.h>

#include <algorithm>

extern "C" {

Q_DECL_EXPORT bool releasedeskIsDiallableNumber(const QString &number, const QString &country)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    const std::string text = number.toStdString();
    const std::string region = country.isEmpty() ? std::string("ZZ") : country.toStdString();
    PhoneNumber parsed;
    if (util->Parse(text, region, &parsed) != PhoneNumberUtil::NO_PARSING_ERROR)
        return false;
    if (util->IsValidNumber(parsed))
        return true;
    // A short number ("111", "101") is dialled as written, never with a country code.
    const qsizetype digits
        = std::count_if(number.begin(), number.end(), [](QChar c) { return c.isDigit(); });
    if (country.isEmpty() || number.contains(QLatin1Char('+')) || digits > 6)
        return false;
    const i18n::phonenumbers::ShortNumberInfo shortNumbers;
    return shortNumbers.IsValidShortNumberForRegion(parsed, region);
}

Q_DECL_EXPORT int releasedeskCountryCallingCode(const QString &country)
{
    return i18n::phonenumbers::PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(
        country.toStdString());
}

} // extern "C"
