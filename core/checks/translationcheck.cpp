#include "checkcontext.h"

#include "model/languages.h"
#include "model/translation.h"

namespace rd {

// In a bilingual release, every field with text in the first language needs its second language
// version, made from the source as it stands.
void checkTranslations(CheckContext &context)
{
    const Release &release = context.release;
    if (release.translation.language.isEmpty())
        return;
    const QString language = languageOnlyName(release.translation.language);
    for (const FieldKey &source : translatableKeys(release)) {
        FieldKey translated = source;
        translated.translated = true;
        const QString field = fieldDisplayName(source.field);
        switch (translationState(release, source)) {
        case TranslationState::Missing:
            context.add(Finding::Severity::Error, QStringLiteral("translation.missing"), translated,
                CheckText::tr("The %1 has no %2 version yet.").arg(field, language));
            break;
        case TranslationState::OutOfDate:
            context.add(Finding::Severity::Warning, QStringLiteral("translation.out-of-date"),
                translated,
                CheckText::tr("The %1 was changed after its %2 version was written: bring the "
                              "translation up to date.")
                    .arg(field, language));
            break;
        case TranslationState::NotNeeded:
        case TranslationState::Current:
            break;
        }
    }
}

} // namespace rd
