#include "languages.h"

#include <QCoreApplication>
#include <QLocale>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DocumentLanguages)
};

} // namespace

QList<DocumentLanguage> documentLanguages()
{
    return {
        {QStringLiteral("en-NZ"), Tr::tr("English (New Zealand)")},
        {QStringLiteral("en-AU"), Tr::tr("English (Australia)")},
        {QStringLiteral("en-GB"), Tr::tr("English (United Kingdom)")},
        {QStringLiteral("en-IE"), Tr::tr("English (Ireland)")},
        {QStringLiteral("en-US"), Tr::tr("English (United States)")},
        {QStringLiteral("en-CA"), Tr::tr("English (Canada)")},
        {QStringLiteral("mi-NZ"), Tr::tr("te reo Māori (Aotearoa New Zealand)")},
        {QStringLiteral("fr-FR"), Tr::tr("French (France)")},
        {QStringLiteral("fr-CA"), Tr::tr("French (Canada)")},
        {QStringLiteral("es-ES"), Tr::tr("Spanish (Spain)")},
        {QStringLiteral("de-DE"), Tr::tr("German (Germany)")},
        {QStringLiteral("ar-AE"), Tr::tr("Arabic (United Arab Emirates)")},
        {QStringLiteral("he-IL"), Tr::tr("Hebrew (Israel)")},
        {QStringLiteral("ko-KR"), Tr::tr("Korean (South Korea)")},
    };
}

bool namesRegion(const QString &tag)
{
    const QStringList parts = tag.split(QLatin1Char('-'));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        const bool letters = part.size() == 2 && part.at(0).isLetter() && part.at(1).isLetter();
        const bool digits = part.size() == 3 && part.at(0).isDigit();
        if (letters || digits)
            return true;
    }
    return false;
}

QString languageName(const QString &tag)
{
    for (const DocumentLanguage &language : documentLanguages()) {
        if (language.tag.compare(tag, Qt::CaseInsensitive) == 0)
            return language.name;
    }
    const QLocale locale(tag);
    if (tag.isEmpty() || locale.language() == QLocale::C)
        return tag;
    const QString language = QLocale::languageToString(locale.language());
    if (!namesRegion(tag))
        return Tr::tr("%1 (%2, no region)").arg(language, tag);
    return Tr::tr("%1 (%2)").arg(language, tag);
}

QString languageOnlyName(const QString &tag)
{
    const QString language = tag.section(QLatin1Char('-'), 0, 0).toLower();
    static const struct
    {
        const char *code;
        const char *name;
    } names[] = {
        {"en", QT_TRANSLATE_NOOP("DocumentLanguages", "English")},
        {"mi", QT_TRANSLATE_NOOP("DocumentLanguages", "te reo Māori")},
        {"fr", QT_TRANSLATE_NOOP("DocumentLanguages", "French")},
        {"es", QT_TRANSLATE_NOOP("DocumentLanguages", "Spanish")},
        {"de", QT_TRANSLATE_NOOP("DocumentLanguages", "German")},
        {"ar", QT_TRANSLATE_NOOP("DocumentLanguages", "Arabic")},
        {"he", QT_TRANSLATE_NOOP("DocumentLanguages", "Hebrew")},
        {"ko", QT_TRANSLATE_NOOP("DocumentLanguages", "Korean")},
    };
    for (const auto &name : names) {
        if (language == QLatin1String(name.code))
            return Tr::tr(name.name);
    }
    const QLocale locale(language);
    return locale.language() == QLocale::C ? tag : QLocale::languageToString(locale.language());
}

} // namespace rd
