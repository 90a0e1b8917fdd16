#include "phonenumbers.h"

#include "util/modules.h"

namespace rd {

namespace {

// libphonenumber's functions in the phone number module (phonenumbermodule.cpp), loaded once, by
// whichever thread checks a number first; without it no number is reported as wrong.
using IsDiallable = bool (*)(const QString &, const QString &);
using CallingCode = int (*)(const QString &);

const Module &numberingPlans()
{
    static const Module module(QStringLiteral("releasedesk-phonenumbers"),
        {"releasedeskIsDiallableNumber", "releasedeskCountryCallingCode"},
        "phone numbers cannot be checked");
    return module;
}

} // namespace

bool isDiallableNumber(const QString &number, const QString &country)
{
    const auto isDiallable = numberingPlans().function<IsDiallable>(0);
    return !isDiallable || isDiallable(number, country);
}

int countryCallingCode(const QString &country)
{
    const auto callingCode = numberingPlans().function<CallingCode>(1);
    return callingCode ? callingCode(country) : 0;
}

} // namespace rd
