#pragma once

#include <QLatin1StringView>

namespace rd::format {

// Versioned as SQLite versions its files: a file records the format version that wrote it and
// the oldest reader version that can read it correctly. A reader refuses a file whose
// minReaderVersion is above its own version, and reads (keeping unknown keys) any other file.
// Bump `version` for every change of the format; raise `minReaderVersion` only when older
// readers would misread the new files. Keep a fixture of every released version in tests/data.
constexpr int version = 8;
constexpr int minReaderVersion = 1;
// A file that places a quote within the statement needs a reader of this version (earlier ones
// would set the quote at the end); every other file is still readable from minReaderVersion.
constexpr int firstVersionPlacingQuotes = 4;
// A file that marks sensitive matters needs a reader that asks for their safeguards.
constexpr int firstVersionWithSensitivity = 5;
// Format 6 adds the second language version of a bilingual release ("translations"), which
// earlier readers keep unchanged as an unknown key.
// Format 7 records an attached PDF's page count ("pages"), which earlier readers keep as an
// unknown key.
// Format 8 keeps reviewers' comments ("comments"), which earlier readers keep as an unknown key,
// and earlier versions of the content ("versions"). An earlier reader keeps them as an
// unknown key but not the embedded files only they use, so a file whose versions use a file the
// release itself no longer has needs a reader of this version.
constexpr int firstVersionWithVersions = 8;

constexpr QLatin1StringView mimeType("application/vnd.releasedesk+zip");
constexpr QLatin1StringView mimeTypeEntry("mimetype");
constexpr QLatin1StringView manifestEntry("manifest.json");
constexpr QLatin1StringView filesFolder("files/");
constexpr QLatin1StringView fileExtension("releasedesk");

} // namespace rd::format
