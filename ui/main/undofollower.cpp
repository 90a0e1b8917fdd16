#include "undofollower.h"

#include "editor/editorview.h"
#include "model/commands/setfieldcommand.h"
#include "preview/previewpane.h"

#include <QAction>
#include <QUndoStack>

namespace rd {

UndoFollower::UndoFollower(QUndoStack *stack, QAction *undo, QAction *redo, EditorView *editor,
    PreviewPane *preview, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
    , m_editor(editor)
    , m_preview(preview)
{
    // The stack's own connections to the actions run first: by now the step is undone or redone.
    connect(undo, &QAction::triggered, this, [this] { follow(m_stack->index(), true); });
    connect(redo, &QAction::triggered, this, [this] { follow(m_stack->index() - 1, false); });
}

void UndoFollower::follow(int commandIndex, bool undone)
{
    const auto *command = dynamic_cast<const SetFieldCommand *>(m_stack->command(commandIndex));
    if (!command)
        return;
    const std::optional<TextChange> change
        = undone ? command->changeAfterUndo() : command->changeAfterRedo();
    if (change)
        m_editor->selectInField(command->key(), change->position, change->inserted.size());
    else
        m_editor->focusField(command->key());
    m_preview->revealField(command->key());
}

} // namespace rd
