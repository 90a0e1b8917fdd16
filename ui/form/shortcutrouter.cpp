#include "shortcutrouter.h"

#include <QAction>
#include <QKeyEvent>
#include <QWidget>

namespace rd {

namespace {

// Declines, on the editor's behalf, the shortcut-override events of the given keys, so that Qt
// offers them to the shortcuts of actions instead.
class ShortcutRouter : public QObject
{
public:
    ShortcutRouter(std::function<bool(const QKeyEvent &)> passes, QObject *parent)
        : QObject(parent)
        , m_passes(std::move(passes))
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride
            && m_passes(*static_cast<QKeyEvent *>(event))) {
            event->ignore();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool(const QKeyEvent &)> m_passes;
};

QKeySequence sequenceOf(const QKeyEvent &event)
{
    return QKeySequence(event.keyCombination());
}

} // namespace

void routeUndoToWindow(QWidget *editor)
{
    editor->installEventFilter(new ShortcutRouter(
        [](const QKeyEvent &key) {
            return key.matches(QKeySequence::Undo) || key.matches(QKeySequence::Redo);
        },
        editor));
}

void routeShortcutsToActions(QWidget *editor, const QList<QAction *> &actions)
{
    editor->installEventFilter(new ShortcutRouter(
        [actions](const QKeyEvent &key) {
            const QKeySequence pressed = sequenceOf(key);
            return std::any_of(actions.begin(), actions.end(),
                [&](const QAction *action) { return action->shortcuts().contains(pressed); });
        },
        editor));
}

} // namespace rd
