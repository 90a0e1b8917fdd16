#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace rd {

class EditorView;
class ReleaseDocument;
class UserPrompts;

// Edit ▸ Find and Find Next: finds text in every field of the release, in the order of the steps,
// opens the field that holds it and selects it there.
class FindController : public QObject
{
    Q_OBJECT

public:
    FindController(ReleaseDocument *document, EditorView *editor, UserPrompts *prompts,
        QWidget *dialogParent, QObject *parent = nullptr);

    void find();
    // The next occurrence after the last one found, wrapping round at the end; false if none.
    bool findNext();
    void setNeedle(const QString &needle);

private:
    ReleaseDocument *m_document;
    EditorView *m_editor;
    UserPrompts *m_prompts;
    QWidget *m_dialogParent;
    QString m_needle;
    int m_lastIndex = -1;
};

} // namespace rd
