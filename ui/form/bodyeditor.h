#pragma once

#include "model/body.h"

#include <QWidget>

class QAction;
class QTextEdit;

namespace rd {

class UserPrompts;

// Edits the statement body with exactly the formatting the model allows: bold, italic, bulleted
// and numbered lists, and links. Pasted text arrives as plain text.
class BodyEditor : public QWidget
{
    Q_OBJECT

public:
    BodyEditor(UserPrompts *prompts, QWidget *parent = nullptr);

    Body body() const;
    void setBody(const Body &body);
    QTextEdit *textEdit() const { return m_edit; }

Q_SIGNALS:
    void edited();

private:
    void toggleBold(bool on);
    void toggleItalic(bool on);
    void toggleList(BodyBlock::Kind kind, bool on);
    void editLink();
    void updateActions();
    qreal paragraphSpacing() const;
    void spaceParagraphs(int from, int to);

    UserPrompts *m_prompts;
    QTextEdit *m_edit;
    QAction *m_bold;
    QAction *m_italic;
    QAction *m_bullets;
    QAction *m_numbers;
    QAction *m_link;
    bool m_settingBody = false;
};

} // namespace rd
