#pragma once

#include <QJsonObject>
#include <QString>

namespace rd {

struct Release;

// SHA-256 of everything in the release but its workflow: what an approval approves. Computed over
// the manifest's JSON (whose keys Qt writes sorted) with the embedded files by their hashes.
QString contentSha256(const Release &release);

// The same hash of a "release" object from which "workflow" has been removed.
QString contentSha256(const QJsonObject &releaseWithoutWorkflow);

} // namespace rd
