#pragma once

#include "exportoptions.h"
#include "util/error.h"

#include <QString>

namespace rd {

// Exports the project at projectPath to outputPath. An approved release exported is a release
// issued, however it is exported: the issue is recorded in the project file itself (who, when, in
// which format, under which name, and the content's hash), under the project's lock, so that a
// colleague who has the project open in Release Desk is never overwritten; the export is then
// refused, naming them. A draft is exported and the project left as it is.
Status exportProject(const QString &projectPath, const QString &outputPath,
    const ExportOptions &options, const QString &issuedBy);

} // namespace rd
