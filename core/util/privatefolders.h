#pragma once

namespace rd {

// Makes Release Desk's own folders of the user's settings and data (settings, agency profiles,
// personal dictionaries, recovery files) and keeps them readable by the user alone: they hold
// embargoed drafts and the names of colleagues, and other accounts on a shared workstation have no
// business reading them. Projects and exports are not kept there; they follow the user's umask.
void makeUserFoldersPrivate();

} // namespace rd
