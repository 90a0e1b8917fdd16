#include "phonenumbers.h"

#include "util/modules.h"

#include <QLibrary>

#include <cstdio>

namespace rd {

namespace {

// libphonenumber's functions in the phone number module (phonenumbermodule.cpp), loaded once, by
// whichever thread checks a number first.
struct NumberingPlans
{
    using IsDiallable = bool (*)(const QString &, const QString &);
    using CallingCode = int (*)(const QString &);

    NumberingPlans()
    {
        const QString failure = loadModule(QStringLiteral("releasedesk-phonenumbers"), &module);
        if (failure.isEmpty()) {
            isDiallable
                = reinterpret_cast<IsDiallable>(module.resolve("releasedeskIsDiallableNumber"));
            callingCode
                = reinterpret_cast<CallingCode>(module.resolve("releasedeskCountryCallingCode"));
        }
        if (!isDiallable || !callingCode) {
            // A broken installation: said once, and no number is reported as wrong for it.
            std::fprintf(stderr, "releasedesk: phone numbers cannot be checked: %s\n",
                qPrintable(failure.isEmpty() ? module.errorString() : failure));
            isDiallable = nullptr;
            callingCode = nullptr;
        }
    }

    QLibrary module;
    IsDiallable isDiallable = nullptr;
    CallingCode callingCode = nullptr;
};

const NumberingPlans &numberingPlans()
{
    static const NumberingPlans plans;
    return plans;
}

} // namespace

bool isDiallableNumber(const QString &number, const QString &country)
{
    const NumberingPlans &plans = numberingPlans();
    return !plans.isDiallable || plans.isDiallable(number, country);
}

int countryCallingCode(const QString &country)
{
    const NumberingPlans &plans = numberingPlans();
    return plans.callingCode ? plans.callingCode(country) : 0;
}

} // namespace rd
