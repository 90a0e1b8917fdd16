#pragma once

#include <QDialog>

class QMenuBar;

namespace rd {

// Help ▸ Keyboard Shortcuts: every command of the window's menus that has a key, with the key,
// read from the menus themselves so that the list is never out of date.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    // "File ▸ Save" and its key, in the menus' order.
    static QList<std::pair<QString, QString>> shortcutsOf(const QMenuBar *menus);
};

} // namespace rd
