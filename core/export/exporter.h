#pragma once

#include "exportoptions.h"
#include "util/error.h"

namespace rd {

struct Release;

// Exports the release in options.format to path (to each of exportFiles()), atomically: a failure
// leaves no partial file (or folder) behind and an existing one unchanged. Errors name the output
// file.
Status exportRelease(const Release &release, const QString &path, const ExportOptions &options);

// The files an export writes, each with the options that write it: the path given; or for a
// bilingual release exported one release per language (options.eachLanguage), a file for each
// language, named with its tag before the extension ("Wharf 3.en-NZ.pdf", "Wharf 3.mi-NZ.pdf").
struct ExportFile
{
    QString path;
    ExportOptions options;
};
QList<ExportFile> exportFiles(
    const Release &release, const QString &path, const ExportOptions &options);

// The export in memory, for the formats that are one file.
Result<QByteArray> exportToBytes(const Release &release, const ExportOptions &options);

} // namespace rd
