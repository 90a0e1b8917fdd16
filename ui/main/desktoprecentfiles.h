#pragma once

#include "util/error.h"

#include <QString>

namespace rd {

// The desktop's own list of recent files, which file managers, file dialogs and the desktop's
// launcher show, besides the program's File ▸ Open Recent. On freedesktop.org desktops (GNOME,
// KDE, Xfce and others) it is $XDG_DATA_HOME/recently-used.xbel, as the Desktop Bookmark
// specification describes; on Windows, the shell's recent documents. macOS keeps its list
// through NSDocumentController, which needs the application's own bundle and is not done here.

// Records that Release Desk opened or saved path. listPath names another XBEL file (for tests);
// by default, the desktop's.
Status addToDesktopRecentFiles(const QString &path, const QString &listPath = {});

// The desktop's recent-files list on this platform, or empty where it is not a file.
QString desktopRecentFilesPath();

} // namespace rd
