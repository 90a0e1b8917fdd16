#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace rd {

// The language of Release Desk's own words: menus, dialogs, messages and the command line. It is
// the officer's, and has nothing to do with the language a release is written in.

// The organisation and application names under which settings are kept, set on the application
// object before any setting is read.
void setApplicationIdentity();

// The languages the interface is written in, as ISO 639-1 codes: "en", "fr", "mi".
QStringList interfaceLanguages();

// A language's name in that language ("Français", "Te reo Māori"), as the preferences list it.
QString interfaceLanguageName(const QString &code);

// The language chosen in the preferences, or empty to follow the system's.
QString preferredInterfaceLanguage();
void setPreferredInterfaceLanguage(const QString &code);

// The interface language for a preference (empty: follow the system) and the system's languages
// in order of the user's preference: the first the interface is written in, else English.
QString resolveInterfaceLanguage(const QString &preference, const QStringList &systemLanguages);

// Loads the interface's words in the chosen language, and Qt's own (its dialogs' buttons, the
// command line's standard options) where the system has them; English where not. Needs the
// application object; a second call replaces what the first installed. Returns the language
// used.
QString installInterfaceTranslations();

// The language installInterfaceTranslations() chose; English before it is called.
QString currentInterfaceLanguage();

// A country or region's name in the interface language ("Nouvelle-Zélande" for NZ in French),
// from the Unicode CLDR as ICU holds it; the code itself when ICU has no name for it.
QString territoryName(const QString &regionCode);

} // namespace rd
