#pragma once

#include <QString>

namespace rd {

// Opens the editor on file (or on a new release; with fileAsNew, on a new release made from file):
// checks for a display, then loads the editor module and runs it. Errors go to stderr in one
// line.
int launchEditor(int argc, char **argv, const QString &file, bool fileAsNew);

} // namespace rd
