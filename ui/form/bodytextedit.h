#pragma once

#include <QTextEdit>

namespace rd {

// The statement's text edit. What is pasted or dropped into it keeps the formatting a statement
// may have (bold, italic, lists, links) and loses everything else; HTML is read as text by
// bodyFromPastedHtml() and never handed to Qt's HTML importer, which loads images and styles.
class BodyTextEdit : public QTextEdit
{
    Q_OBJECT

public:
    explicit BodyTextEdit(QWidget *parent = nullptr);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};

} // namespace rd
