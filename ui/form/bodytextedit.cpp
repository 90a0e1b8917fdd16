#include "bodytextedit.h"

#include "model/bodytextdocument.h"
#include "model/pastedhtml.h"

#include <QMimeData>
#include <QTextDocumentFragment>

namespace rd {

BodyTextEdit::BodyTextEdit(QWidget *parent)
    : QTextEdit(parent)
{
    setAcceptRichText(false);
}

bool BodyTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasHtml() || source->hasText();
}

void BodyTextEdit::insertFromMimeData(const QMimeData *source)
{
    // Measured before anything is parsed, on what would be parsed.
    const qsizetype size = source->hasHtml() ? source->html().size() : source->text().size();
    if (size > maxPastedCharacters) {
        Q_EMIT pasteRefused(size);
        return;
    }
    if (!source->hasHtml()) {
        insertPlainText(source->text());
        return;
    }
    // Built block by block with QTextCursor, then inserted as a fragment of that document.
    QTextDocument pasted;
    QTextCursor builder(&pasted);
    insertBody(builder, bodyFromPastedHtml(source->html()));
    textCursor().insertFragment(QTextDocumentFragment(&pasted));
    ensureCursorVisible();
}

} // namespace rd
