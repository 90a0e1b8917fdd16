#pragma once

#include "model/release.h"
#include "util/error.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace rd {

// Hands the reader an embedded file: by SHA-256 and size as the manifest declares them, with a
// description for error messages ("attachment 'statement.pdf'"). ProjectReader checks both
// against the bytes.
using EmbeddedFileLoader = std::function<Result<EmbeddedFile>(
    const QString &sha256, qint64 size, const QString &description)>;

// Reads a manifest into a Release, checking every key's type, the required keys, the format
// version, the references between items and the links in the body. Things that are not errors
// but that the user should know (an approval that no longer matches the content) go to warnings.
Result<Release> releaseFromManifest(const QJsonObject &manifest, const EmbeddedFileLoader &loadFile,
    QStringList *warnings = nullptr);

} // namespace rd
