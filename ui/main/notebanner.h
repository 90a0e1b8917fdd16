#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;

namespace rd {

// A strip above the editor with a sentence about the open release, in the palette's tooltip
// colours: a light note on most themes, and still readable on a dark one, where a hard-coded
// yellow would not be. Subclasses say when it shows and what it says, and may add buttons.
class NoteBanner : public QFrame
{
    Q_OBJECT

public:
    QString text() const;

protected:
    explicit NoteBanner(QWidget *parent = nullptr);

    void setText(const QString &text);
    QHBoxLayout *row() const { return m_row; }

private:
    QLabel *m_message;
    QHBoxLayout *m_row;
};

} // namespace rd
