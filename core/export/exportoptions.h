#pragma once

#include "render/appendix.h"
#include "render/composedrelease.h"
#include "render/pagesetup.h"
#include "util/error.h"

#include <QDateTime>
#include <QImage>
#include <QList>

#include <functional>

namespace rd {

enum class ExportFormat { Pdf, PdfA, Docx, Odt, Html, Markdown, Text, Kit };

// What an export is asked for: a plain struct, filled by the command line or an export dialog.
struct ExportOptions
{
    ExportFormat format = ExportFormat::Pdf;
    Paper paper = Paper::A4;
    // PDF: append PDF attachments as pages and image attachments as figures after the release.
    bool appendAttachments = false;
    // Kit: write a .zip instead of a folder.
    bool kitAsZip = false;
    QDateTime now = QDateTime::currentDateTimeUtc();
    // Of a bilingual release: one language version alone, named by its tag ("mi-NZ", or "mi");
    // empty for both, set as the release's layout says unless `layout` says otherwise. With
    // eachLanguage, one release per language, each in a file of its own (exportFiles()).
    QString language;
    std::optional<BilingualLayout> layout = std::nullopt;
    bool eachLanguage = false;
};

// How the options compose the release: which of its language versions, and how they are set. An
// error when the options name a language the release has no version in.
Result<ComposeOptions> composeOptionsFor(const Release &release, const ExportOptions &options);

QString formatName(ExportFormat format);
std::optional<ExportFormat> formatNamed(const QString &name);
// The format an output file's name implies (".pdf", ".docx", ...; a name without an extension
// is a media kit folder).
std::optional<ExportFormat> formatForPath(const QString &path);

} // namespace rd
