#include "spellmenus.h"

#include "spellchecker.h"
#include "spellhighlighter.h"

#include "model/field.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace rd {

namespace {

// The translation context of this file's words.
class SpellMenus
{
    Q_DECLARE_TR_FUNCTIONS(SpellMenus)
};

} // namespace

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
        auto *none = new QAction(SpellMenus::tr("No suggestions"), menu);
        none->setEnabled(false);
        menu->insertAction(first, none);
    }
    auto *add = new QAction(SpellMenus::tr("Add \u201c%1\u201d to Dictionary").arg(word), menu);
    QObject::connect(
        add, &QAction::triggered, checker, [checker, word] { checker->addToDictionary(word); });
    menu->insertAction(first, add);
    menu->insertSeparator(first);
}

// A field's own menu offers the field's own Undo and Redo, a history the window does not use (or
// none, greyed): the window's, which undo the model, take their place at the top, so that there is
// one undo history everywhere.
void useWindowUndo(QMenu *menu, QWidget *edit)
{
    QStringList ownEntries;
    for (const char *context : {"QLineEdit", "QWidgetTextControl"}) {
        for (const char *entry : {"&Undo", "&Redo"})
            ownEntries.append(QCoreApplication::translate(context, entry));
    }
    for (QAction *action : menu->actions()) {
        if (ownEntries.contains(action->text().section(QLatin1Char('\t'), 0, 0)))
            menu->removeAction(action);
    }
    QAction *undo = edit->window()->findChild<QAction *>(QStringLiteral("windowUndo"));
    QAction *redo = edit->window()->findChild<QAction *>(QStringLiteral("windowRedo"));
    if (!undo || !redo)
        return;
    QAction *first = menu->actions().value(0);
    menu->insertActions(first, {undo, redo});
    // The separator that followed the field's own entries stays between them and the rest.
    if (first && !first->isSeparator())
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
            useWindowUndo(menu.get(), edit);
            addSpellingActions(menu.get(), checker, cursor.selectedText(),
                [edit, cursor](const QString &replacement) {
                    QTextCursor replacing = cursor;
                    replacing.insertText(replacement); // through the editor, so the model follows
                    edit->setTextCursor(replacing);
                });
            menu->exec(edit->mapToGlobal(pos));
        });
}

// Draws the wavy underlines of misspelt words over a line edit, which has no highlighter of its
// own: a transparent child the size of the edit, repainted as the text, the cursor or the
// dictionary change. The words' places come from the font's advances, shifted by where the edit
// shows its cursor, so a scrolled long line is underlined where it stands.
class LineEditUnderliner : public QWidget
{
public:
    LineEditUnderliner(QLineEdit *edit, SpellChecker *checker)
        : QWidget(edit)
        , m_edit(edit)
        , m_checker(checker)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setFocusPolicy(Qt::NoFocus);
        edit->installEventFilter(this);
        const auto update = [this] { this->update(); };
        connect(edit, &QLineEdit::textChanged, this, update);
        connect(edit, &QLineEdit::cursorPositionChanged, this, update);
        connect(checker, &SpellChecker::dictionaryChanged, this, update);
        setGeometry(edit->rect());
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_edit && event->type() == QEvent::Resize)
            setGeometry(m_edit->rect());
        return QWidget::eventFilter(watched, event);
    }

    void paintEvent(QPaintEvent *) override
    {
        if (!m_checker->isActive() || m_edit->echoMode() != QLineEdit::Normal)
            return;
        const QString text = m_edit->text();
        const QFontMetricsF metrics(m_edit->font());
        // Where position 0 stands: the cursor's place less the advance of the text before it.
        // (The cursor's rectangle as input methods are told it, QLineEdit's own being protected.)
        const QRectF cursor = m_edit->inputMethodQuery(Qt::ImCursorRectangle).toRectF();
        const qreal origin
            = cursor.center().x() - metrics.horizontalAdvance(text.left(m_edit->cursorPosition()));
        const qreal baseline = cursor.center().y() + metrics.ascent() / 2 + 2;
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0xc6, 0x28, 0x28), 1));
        painter.setClipRect(m_edit->contentsRect());
        for (const WordSpan &word : wordsIn(text)) {
            if (m_checker->isCorrect(text.mid(word.start, word.length)))
                continue;
            const qreal left = origin + metrics.horizontalAdvance(text.left(word.start));
            const qreal right
                = origin + metrics.horizontalAdvance(text.left(word.start + word.length));
            QPainterPath wave;
            wave.moveTo(left, baseline);
            for (qreal x = left; x < right; x += 4) {
                wave.quadTo(x + 1, baseline - 1.5, x + 2, baseline);
                wave.quadTo(x + 3, baseline + 1.5, x + 4, baseline);
            }
            painter.drawPath(wave);
        }
    }

private:
    QLineEdit *m_edit;
    SpellChecker *m_checker;
};

void attachToLineEdit(QLineEdit *edit, SpellChecker *checker)
{
    new LineEditUnderliner(edit, checker);
    edit->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(
        edit, &QWidget::customContextMenuRequested, edit, [edit, checker](const QPoint &pos) {
            const QString text = edit->text();
            const int at = edit->cursorPositionAt(pos);
            std::unique_ptr<QMenu> menu(edit->createStandardContextMenu());
            useWindowUndo(menu.get(), edit);
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
    // Fields find their editors by field id; those that hold no prose are not spelt.
    QStringList notProse;
    for (Field field : allFields()) {
        if (!isProse(field))
            notProse.append(fieldId(field));
    }
    for (QTextEdit *edit : root->findChildren<QTextEdit *>())
        attachToTextEditor(edit, checker);
    for (QPlainTextEdit *edit : root->findChildren<QPlainTextEdit *>())
        attachToTextEditor(edit, checker);
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        if (notProse.contains(edit->objectName()))
            continue;
        // Not the date, zone and number boxes' own line edits, nor addresses and numbers.
        if (edit->parent()
            && (qobject_cast<QAbstractSpinBox *>(edit->parent())
                || qobject_cast<QComboBox *>(edit->parent())))
            continue;
        attachToLineEdit(edit, checker);
    }
}

} // namespace rd
