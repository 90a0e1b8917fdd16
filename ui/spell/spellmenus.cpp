#include "spellmenus.h"

#include "spellchecker.h"
#include "spellhighlighter.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace rd {

namespace {

// Puts the suggestions for word at the top of menu; choosing one calls replace with it.
void addSpellingActions(QMenu *menu, SpellChecker *checker, const QString &word,
    const std::function<void(const QString &)> &replace)
{
    if (word.isEmpty() || checker->isCorrect(word))
        return;
    QAction *first = menu->actions().value(0);
    const QStringList suggestions = checker->suggestions(word);
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(suggestion, menu);
        QFont font = action->font();
        font.setBold(true);
        action->setFont(font);
        QObject::connect(
            action, &QAction::triggered, menu, [replace, suggestion] { replace(suggestion); });
        menu->insertAction(first, action);
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(QObject::tr("No suggestions"), menu);
        none->setEnabled(false);
        menu->insertAction(first, none);
    }
    auto *add = new QAction(QObject::tr("Add \u201c%1\u201d to Dictionary").arg(word), menu);
    QObject::connect(
        add, &QAction::triggered, checker, [checker, word] { checker->addToDictionary(word); });
    menu->insertAction(first, add);
    menu->insertSeparator(first);
}

template<typename Edit>
void attachToTextEditor(Edit *edit, SpellChecker *checker)
{
    new SpellHighlighter(checker, edit->document());
    edit->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(
        edit, &QWidget::customContextMenuRequested, edit, [edit, checker](const QPoint &pos) {
            QTextCursor cursor = edit->cursorForPosition(pos);
            cursor.select(QTextCursor::WordUnderCursor);
            std::unique_ptr<QMenu> menu(edit->createStandardContextMenu(pos));
            addSpellingActions(menu.get(), checker, cursor.selectedText(),
                [edit, cursor](const QString &replacement) {
                    QTextCursor replacing = cursor;
                    replacing.insertText(replacement); // through the editor, so the model follows
                    edit->setTextCursor(replacing);
                });
            menu->exec(edit->mapToGlobal(pos));
        });
}

void attachToLineEdit(QLineEdit *edit, SpellChecker *checker)
{
    edit->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(
        edit, &QWidget::customContextMenuRequested, edit, [edit, checker](const QPoint &pos) {
            const QString text = edit->text();
            const int at = edit->cursorPositionAt(pos);
            std::unique_ptr<QMenu> menu(edit->createStandardContextMenu());
            for (const WordSpan &word : wordsIn(text)) {
                if (at < word.start || at > word.start + word.length)
                    continue;
                addSpellingActions(menu.get(), checker, text.mid(word.start, word.length),
                    [edit, word](const QString &replacement) {
                        edit->setSelection(word.start, word.length);
                        edit->insert(replacement); // emits textEdited: the model follows
                    });
            }
            menu->exec(edit->mapToGlobal(pos));
        });
}

} // namespace

void attachSpellChecking(QWidget *root, SpellChecker *checker)
{
    for (QTextEdit *edit : root->findChildren<QTextEdit *>())
        attachToTextEditor(edit, checker);
    for (QPlainTextEdit *edit : root->findChildren<QPlainTextEdit *>())
        attachToTextEditor(edit, checker);
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        // Not the date, zone and number boxes' own line edits, nor addresses and numbers.
        if (edit->parent()
            && (qobject_cast<QAbstractSpinBox *>(edit->parent())
                || qobject_cast<QComboBox *>(edit->parent())))
            continue;
        attachToLineEdit(edit, checker);
    }
}

} // namespace rd
