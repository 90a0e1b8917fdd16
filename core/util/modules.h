#pragma once

#include <QString>

class QLibrary;

namespace rd {

// Release Desk's own modules: libraries it loads only when they are needed, so that a command
// that does not need them (an export, which never opens a window or checks a phone number) does
// not map them and what they link. They lie beside the executable in the build tree, and in
// lib/releasedesk beside bin/ once installed.
//
// Loads the module named name ("releasedesk-editor": the platform's prefix and suffix are added)
// into library, and returns an empty string, or a message that says why it could not be loaded.
QString loadModule(const QString &name, QLibrary *library);

} // namespace rd
