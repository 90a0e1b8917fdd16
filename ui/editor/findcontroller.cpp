#include "findcontroller.h"

#include "editorview.h"
#include "model/releasedocument.h"
#include "model/search.h"
#include "userprompts.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace rd {

namespace {

// Selects [position, position + length) in whichever kind of editor has the focus.
void selectInFocusedEditor(int position, int length)
{
    QWidget *focused = QApplication::focusWidget();
    if (auto *line = qobject_cast<QLineEdit *>(focused)) {
        line->setSelection(position, length);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(focused)) {
        QTextCursor cursor = plain->textCursor();
        cursor.setPosition(position);
        cursor.setPosition(position + length, QTextCursor::KeepAnchor);
        plain->setTextCursor(cursor);
    } else if (auto *rich = qobject_cast<QTextEdit *>(focused)) {
        QTextCursor cursor = rich->textCursor();
        cursor.setPosition(position);
        cursor.setPosition(position + length, QTextCursor::KeepAnchor);
        rich->setTextCursor(cursor);
    }
}

} // namespace

FindController::FindController(ReleaseDocument *document, EditorView *editor, UserPrompts *prompts,
    QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_editor(editor)
    , m_prompts(prompts)
    , m_dialogParent(dialogParent)
{ }

void FindController::setNeedle(const QString &needle)
{
    m_needle = needle;
    m_lastIndex = -1;
}

void FindController::find()
{
    const std::optional<QString> needle
        = m_prompts->askText(m_dialogParent, tr("Find"), tr("Find in the release:"), m_needle);
    if (!needle || needle->isEmpty())
        return;
    setNeedle(*needle);
    findNext();
}

bool FindController::findNext()
{
    if (m_needle.isEmpty()) {
        find();
        return false;
    }
    const QList<TextMatch> matches = findText(m_document->release(), m_needle);
    if (matches.isEmpty()) {
        m_prompts->showWarning(
            m_dialogParent, tr("Find"), tr("\u201c%1\u201d is not in the release.").arg(m_needle));
        return false;
    }
    m_lastIndex = (m_lastIndex + 1) % int(matches.size());
    const TextMatch &match = matches.at(m_lastIndex);
    m_editor->focusField(match.field);
    selectInFocusedEditor(match.position, match.length);
    return true;
}

} // namespace rd
