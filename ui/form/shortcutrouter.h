#pragma once

#include <QKeySequence>
#include <QList>

class QAction;
class QWidget;

namespace rd {

// Line and text edits claim some shortcuts for themselves: Ctrl+Z for their own undo history,
// and on X11 the Emacs keys (Ctrl+E, Ctrl+K, Ctrl+B ...) for moving and deleting. These functions
// hand such shortcuts to the window's or the editor's actions instead.

// Ctrl+Z and Ctrl+Shift+Z go to the window's Undo and Redo, which undo the model across all
// fields, instead of the edit's own history.
void routeUndoToWindow(QWidget *editor);

// The shortcuts of actions reach the actions while editor has the focus.
void routeShortcutsToActions(QWidget *editor, const QList<QAction *> &actions);

} // namespace rd
