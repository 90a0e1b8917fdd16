#include "interfacelanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace rd {

namespace {

const char languageKey[] = "interface/language";

// The translators installed for the interface language, so that choosing again replaces them.
QList<QTranslator *> &installedTranslators()
{
    static QList<QTranslator *> translators;
    return translators;
}

QString &chosenLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}

bool installCatalogue(const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(name, folder)) {
        QCoreApplication::installTranslator(translator);
        installedTranslators().append(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Release Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("releasedesk"));
}

QStringList interfaceLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("mi")};
}

QString interfaceLanguageName(const QString &code)
{
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (code == QLatin1String("mi"))
        return QStringLiteral("Te reo Māori");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

QString preferredInterfaceLanguage()
{
    const QString code = QSettings().value(QLatin1String(languageKey)).toString();
    return interfaceLanguages().contains(code) ? code : QString();
}

void setPreferredInterfaceLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(languageKey));
    else
        settings.setValue(QLatin1String(languageKey), code);
}

QString resolveInterfaceLanguage(const QString &preference, const QStringList &systemLanguages)
{
    if (interfaceLanguages().contains(preference))
        return preference;
    for (const QString &tag : systemLanguages) {
        // "fr-CA", "mi_NZ", "fr": the language is what comes before the region.
        const QString language
            = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (interfaceLanguages().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString installInterfaceTranslations()
{
    for (QTranslator *translator : std::as_const(installedTranslators())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installedTranslators().clear();
    const QString language
        = resolveInterfaceLanguage(preferredInterfaceLanguage(), QLocale::system().uiLanguages());
    // English has a catalogue too, for its plural forms ("1 word", "2 words").
    installCatalogue(QStringLiteral("releasedesk_") + language, QStringLiteral(":/i18n"));
    if (language != QLatin1String("en")) {
        // Qt's catalogues, where the system has them (Debian: qt6-translations-l10n); Qt speaks
        // English otherwise.
        installCatalogue(
            QStringLiteral("qt_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    chosenLanguage() = language;
    // The default locale stays the system's: it says where the officer works (the paper size,
    // the first language of a new release), which the interface language does not.
    return language;
}

QString currentInterfaceLanguage()
{
    return chosenLanguage();
}

QString territoryName(const QString &regionCode)
{
    const QByteArray region = regionCode.toUpper().toLatin1();
    const QByteArray language = chosenLanguage().toLatin1();
    icu::UnicodeString name;
    icu::Locale("", region.constData()).getDisplayCountry(icu::Locale(language.constData()), name);
    const QString text = QString::fromUtf16(name.getBuffer(), name.length());
    return text.isEmpty() ? regionCode : text;
}

} // namespace rd
