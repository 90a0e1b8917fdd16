#pragma once

#include <QAbstractScrollArea>
#include <QEvent>
#include <QLabel>
#include <QScrollBar>

namespace rd {

// Keeps a badge in the top right corner of its editor, clear of a vertical scroll bar; a badge
// in a later slot stands to the left of the one before, so that an editor can carry a check's
// mark and a comment's side by side.
class BadgePlacer : public QObject
{
public:
    BadgePlacer(QLabel *badge, QWidget *editor, int slot = 0)
        : QObject(badge)
        , m_badge(badge)
        , m_editor(editor)
        , m_slot(slot)
    {
        editor->installEventFilter(this);
        place();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_editor && event->type() == QEvent::Resize)
            place();
        return false;
    }

private:
    void place()
    {
        int right = m_editor->width() - (m_badge->width() + 4) * (m_slot + 1);
        if (auto *scroll = qobject_cast<QAbstractScrollArea *>(m_editor);
            scroll && scroll->verticalScrollBar()->isVisible())
            right -= scroll->verticalScrollBar()->width();
        m_badge->move(std::max(0, right), 4);
    }

    QLabel *m_badge;
    QWidget *m_editor;
    int m_slot;
};

} // namespace rd
