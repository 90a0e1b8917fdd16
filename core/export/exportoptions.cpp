#include "exportoptions.h"

#include <QFileInfo>

#include <array>
#include <utility>

namespace rd {

namespace {

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
