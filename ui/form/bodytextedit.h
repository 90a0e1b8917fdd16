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

    // More than this in one paste (some 80,000 words, far beyond any statement) is refused: the
    // window would freeze for as long as it took to take in, and it is always a mistake (a whole
    // log file, a database export) rather than a release.
    static constexpr qsizetype maxPastedCharacters = 500'000;

Q_SIGNALS:
    // A paste was refused for its size; characters is how many it held.
    void pasteRefused(qsizetype characters);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};

} // namespace rd
