#pragma once

#include <QString>

namespace rd {

// The preferences that say where a media unit's shared material is and how often unsaved work is
// kept, as File ▸ Preferences sets them.

// A house-style file that each new release's lead agency starts with (a unit keeps it on a shared
// drive), or empty for the built-in default style.
QString defaultHouseStylePath();
void setDefaultHouseStylePath(const QString &path);

// The folder of agency profiles; the settings folder's own unless one was chosen.
QString agencyProfilesFolder();
// Chooses the folder; an empty one, or the settings folder's own, returns to the default.
void setAgencyProfilesFolder(const QString &folder);

// How many seconds after an edit the recovery file is written.
constexpr int minimumAutosaveSeconds = 1;
constexpr int maximumAutosaveSeconds = 60;
int autosaveSeconds();
void setAutosaveSeconds(int seconds);

} // namespace rd
