#pragma once

#include <QJsonObject>
#include <QString>

namespace rd {

struct Release;

// SHA-256 of everything in the release but its workflow and issue log: what an approval approves.
// Computed over the manifest's JSON (whose keys Qt writes sorted) with the embedded files by their
// hashes.
QString contentSha256(const Release &release);

// Whether text is a SHA-256 as the file writes one: 64 lower-case hexadecimal digits.
bool isSha256Hex(const QString &text);

// The same hash of a "release" object of a manifest (its workflow and issue log left out).
QString contentSha256(const QJsonObject &releaseObject);

} // namespace rd
