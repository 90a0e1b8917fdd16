#pragma once

#include <QStringList>

namespace rd {

// `releasedesk export FILE.releasedesk -o OUT [--format ...] [--paper ...] [--append-attachments]`:
// headless export through core alone, on the offscreen platform. Prints nothing on success; on
// any failure one line on stderr, a non-zero exit code, and no partial OUT.
int runExportCommand(int argc, char **argv, const QStringList &arguments);

} // namespace rd
