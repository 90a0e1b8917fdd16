#include "helpmenu.h"

#include "aboutdialog.h"
#include "main/shortcutsdialog.h"
#include "main/welcometour.h"
#include "userguide.h"
#include "userprompts.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace rd {

namespace {

struct HelpMenu
{
    Q_DECLARE_TR_FUNCTIONS(HelpMenu)
};

// Shows the window of its kind that is open already, or a new one: Help twice gives one guide.
template<typename Window, typename... Arguments>
void showWindow(QWidget *parent, Arguments &&...arguments)
{
    if (auto *open = parent->findChild<Window *>(QString(), Qt::FindDirectChildrenOnly)) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *window = new Window(std::forward<Arguments>(arguments)..., parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
}

} // namespace

void populateHelpMenu(QMenu *help, QMainWindow *window, UserPrompts *prompts)
{
    QAction *guide = help->addAction(HelpMenu::tr("&User Guide"));
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcuts(QKeySequence::keyBindings(QKeySequence::HelpContents));
    QObject::connect(guide, &QAction::triggered, window, [window, prompts] {
        const QString path = userGuidePath();
        if (path.isEmpty()) {
            QStringList folders;
            for (const QString &folder : userGuideFolders())
                folders.append(QDir::toNativeSeparators(folder));
            prompts->showError(window, HelpMenu::tr("User Guide"),
                HelpMenu::tr("The user guide is not installed. It was looked for in:\n%1")
                    .arg(folders.join(QLatin1Char('\n'))));
            return;
        }
        showWindow<UserGuideWindow>(window, path);
    });
    QObject::connect(
        help->addAction(HelpMenu::tr("Show the &Tour")), &QAction::triggered, window, [window] {
            auto *tour = new WelcomeTour(window);
            tour->setAttribute(Qt::WA_DeleteOnClose);
            tour->open();
        });
    QAction *shortcuts = help->addAction(HelpMenu::tr("&Keyboard Shortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    QObject::connect(shortcuts, &QAction::triggered, window,
        [window] { showWindow<ShortcutsDialog>(window, window->menuBar()); });
    help->addSeparator();
    QAction *about = help->addAction(HelpMenu::tr("&About Release Desk"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QObject::connect(about, &QAction::triggered, window, [window] {
        auto *dialog = new AboutDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

} // namespace rd
