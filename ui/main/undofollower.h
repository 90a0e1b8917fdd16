#pragma once

#include <QObject>

class QAction;
class QUndoStack;

namespace rd {

class EditorView;
class PreviewPane;

// After Undo or Redo, shows what changed, wherever it is: opens the field's step, selects the text
// that the step changed (or puts the cursor where text went), and scrolls the preview to it.
class UndoFollower : public QObject
{
    Q_OBJECT

public:
    UndoFollower(QUndoStack *stack, QAction *undo, QAction *redo, EditorView *editor,
        PreviewPane *preview, QObject *parent = nullptr);

private:
    void follow(int commandIndex, bool undone);

    QUndoStack *m_stack;
    EditorView *m_editor;
    PreviewPane *m_preview;
};

} // namespace rd
