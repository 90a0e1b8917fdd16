#pragma once

#include "exportoptions.h"
#include "model/release.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace rd {

// What exporting a release means for its record. An approved release exported is a release
// issued: the record names who issued it, when, in what format, under which file name, and the
// content that went out. A draft's export is not an issue and records nothing.
std::optional<IssueRecord> issueRecordFor(const Release &release, ExportFormat format,
    const QString &fileName, const QString &issuedBy, const QDateTime &when);

// A file name for an export, without folder or extension, from the reference number and the
// headline ("KBP-2026-0412 Wharf 3 closed after chemical spill"): shortened at a word to about 80
// characters, without the characters file systems refuse; "release" when both are empty.
QString suggestedFileName(const Release &release);

} // namespace rd
