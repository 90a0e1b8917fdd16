#pragma once

#include <QStringList>

namespace rd {

// `releasedesk check FILE... [--style STYLE.json] [--format text|json] [--at TIME]`: the
// release checks of each project, printed as a compiler prints its diagnostics
// (FILE:FIELD:LINE:COL: SEVERITY: MESSAGE [RULE-ID]) or as JSON. Exits 0 when no file has an
// error-level finding, 1 when one has, and 2 when a file or an option cannot be read, so that a
// script can act on it.
int runCheckCommand(int argc, char **argv, const QStringList &arguments);

} // namespace rd
