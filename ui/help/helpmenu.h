#pragma once

class QMainWindow;
class QMenu;

namespace rd {

class UserPrompts;

// Fills the window's Help menu: the user guide, the tour, the keyboard shortcuts and About.
void populateHelpMenu(QMenu *help, QMainWindow *window, UserPrompts *prompts);

} // namespace rd
