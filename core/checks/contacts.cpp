#include "checkcontext.h"
#include "phonenumbers.h"
#include "util/interfacelanguage.h"

#include <QRegularExpression>
#include <QUrl>

namespace rd {

namespace {

// The country whose numbering a contact's local numbers follow: the agency's website's country
// domain (".govt.nz", ".gouv.fr"), else the document language's region.
QString countryOf(const MediaContact &contact, const CheckContext &context)
{
    if (const Agency *agency = context.release.agency(contact.agencyId)) {
        QString website = agency->website.trimmed();
        if (!website.contains(QLatin1String("://")))
            website.prepend(QLatin1String("https://"));
        const QString host = QUrl(website).host();
        const QString topLevel = host.section(QLatin1Char('.'), -1).toUpper();
        if (topLevel.size() == 2)
            return topLevel == QLatin1String("UK") ? QStringLiteral("GB") : topLevel;
    }
    const QLocale::Territory territory = context.locale.territory();
    return territory == QLocale::AnyTerritory ? QString() : QLocale::territoryToCode(territory);
}

bool isWellFormedEmail(const QString &address)
{
    static const QRegularExpression email(
        QStringLiteral(
            "^[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
            "@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+"
            "[\\p{L}]{2,}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return email.match(address).hasMatch();
}

// A phone field may give more than one number: "04 474 9499 / 021 555 0199", "… or …".
QStringList numbersIn(const QString &phone)
{
    static const QRegularExpression separators(
        QStringLiteral("\\s*(?:/|;|,|\\bor\\b|\\bou\\b|\\bo\\b)\\s*"));
    QStringList numbers;
    for (const QString &part : phone.split(separators, Qt::SkipEmptyParts)) {
        if (std::any_of(part.begin(), part.end(), [](QChar c) { return c.isDigit(); }))
            numbers.append(part.trimmed());
    }
    return numbers;
}

} // namespace

void checkContacts(CheckContext &context)
{
    for (int i = 0; i < context.release.contacts.size(); ++i) {
        const MediaContact &contact = context.release.contacts.at(i);
        const QString who = contact.name.trimmed().isEmpty()
            ? CheckText::tr("Media contact %1").arg(i + 1)
            : contact.name.trimmed();
        const QString phone = contact.phone.trimmed();
        const QString email = contact.email.trimmed();
        if (phone.isEmpty() && email.isEmpty()) {
            context.add(Finding::Severity::Error, QStringLiteral("contacts.reachable"),
                {Field::ContactPhone, contact.id},
                CheckText::tr(
                    "Give %1 a phone number or an e-mail address, so that reporters can reach "
                    "them.")
                    .arg(who));
            continue;
        }
        if (!email.isEmpty() && !isWellFormedEmail(email))
            context.add(Finding::Severity::Error, QStringLiteral("contacts.email"),
                {Field::ContactEmail, contact.id},
                CheckText::tr(
                    "“%1” is not an e-mail address: check it for spaces, a missing @ or a "
                    "missing domain.")
                    .arg(email));
        if (phone.isEmpty())
            continue;
        const QString country = countryOf(contact, context);
        const QStringList numbers = numbersIn(phone);
        if (numbers.isEmpty()) {
            context.add(Finding::Severity::Warning, QStringLiteral("contacts.phone"),
                {Field::ContactPhone, contact.id},
                CheckText::tr("“%1” has no phone number in it.").arg(phone));
            continue;
        }
        for (const QString &number : numbers) {
            if (isDiallableNumber(number, country))
                continue;
            context.add(Finding::Severity::Warning, QStringLiteral("contacts.phone"),
                {Field::ContactPhone, contact.id},
                country.isEmpty()
                    ? CheckText::tr(
                        "“%1” is not a phone number that can be dialled; write it with its "
                        "country code, such as +64.")
                          .arg(number)
                    : CheckText::tr(
                        "“%1” is not a phone number of %2: check its digits, or write it "
                        "with its country code (+%3 for %2).")
                          .arg(number, territoryName(country))
                          .arg(countryCallingCode(country)),
                phone.indexOf(number), number.size());
            break;
        }
    }
}

} // namespace rd
