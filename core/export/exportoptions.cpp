#include "exportoptions.h"

#include "model/release.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <array>
#include <utility>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportOptions)
};

constexpr std::array<std::pair<ExportFormat, const char *>, 8> names {{
    {ExportFormat::Pdf, "pdf"},
    {ExportFormat::PdfA, "pdfa"},
    {ExportFormat::Docx, "docx"},
    {ExportFormat::Odt, "odt"},
    {ExportFormat::Html, "html"},
    {ExportFormat::Markdown, "md"},
    {ExportFormat::Text, "txt"},
    {ExportFormat::Kit, "kit"},
}};

} // namespace

Result<ComposeOptions> composeOptionsFor(const Release &release, const ExportOptions &options)
{
    ComposeOptions compose {options.now, LanguageVersions::Both, options.layout};
    if (options.language.isEmpty())
        return compose;
    // The tag as given, or its language alone when that names one version ("mi" for "mi-NZ").
    const auto names = [&](const QString &tag) {
        return tag.compare(options.language, Qt::CaseInsensitive) == 0
            || (!options.language.contains(QLatin1Char('-'))
                && tag.section(QLatin1Char('-'), 0, 0)
                        .compare(options.language, Qt::CaseInsensitive)
                    == 0);
    };
    const QString second = release.translation.language;
    if (names(release.language))
        compose.versions = LanguageVersions::First;
    else if (!second.isEmpty() && names(second))
        compose.versions = LanguageVersions::Second;
    else
        return Error {
            Tr::tr("the release has no version in '%1' (it is in %2)")
                .arg(options.language,
                    second.isEmpty() ? release.language
                                     : Tr::tr("%1 and %2").arg(release.language, second))};
    return compose;
}

QString formatName(ExportFormat format)
{
    for (const auto &[entry, name] : names) {
        if (entry == format)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<ExportFormat> formatNamed(const QString &name)
{
    for (const auto &[entry, entryName] : names) {
        if (name.compare(QLatin1String(entryName), Qt::CaseInsensitive) == 0)
            return entry;
    }
    return std::nullopt;
}

std::optional<ExportFormat> formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("htm"))
        return ExportFormat::Html;
    if (suffix == QLatin1String("markdown"))
        return ExportFormat::Markdown;
    if (suffix == QLatin1String("text"))
        return ExportFormat::Text;
    if (suffix.isEmpty() || suffix == QLatin1String("zip"))
        return ExportFormat::Kit;
    if (suffix == QLatin1String("pdfa") || suffix == QLatin1String("kit"))
        return std::nullopt; // only by name, never from an extension
    return formatNamed(suffix);
}

} // namespace rd
