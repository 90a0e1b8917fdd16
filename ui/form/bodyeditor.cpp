#include "bodyeditor.h"

#include "bodytextedit.h"
#include "model/bodytextdocument.h"
#include "shortcutrouter.h"
#include "userprompts.h"

#include <QAction>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QVBoxLayout>

namespace rd {

BodyEditor::BodyEditor(UserPrompts *prompts, QWidget *parent)
    : QWidget(parent)
    , m_prompts(prompts)
{
    auto *edit = new BodyTextEdit(this);
    m_edit = edit;
    m_edit->setAcceptRichText(false);
    m_edit->setUndoRedoEnabled(false); // undo is the model's, across all fields
    m_edit->setAccessibleName(tr("Statement"));
    m_edit->setMinimumHeight(220);
    routeUndoToWindow(m_edit);
    connect(edit, &BodyTextEdit::pasteRefused, this, [this](qsizetype characters) {
        m_prompts->showWarning(this, tr("Paste"),
            tr("What is on the clipboard is too long to paste into the statement: %L1 "
               "characters, where a statement takes at most %L2. Copy the part that belongs in "
               "the release.")
                .arg(characters)
                .arg(BodyTextEdit::maxPastedCharacters));
    });

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto addAction = [&](const QString &text, const QKeySequence &shortcut, bool checkable) {
        QAction *action = toolbar->addAction(text);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setCheckable(checkable);
        action->setToolTip(shortcut.isEmpty()
                ? text
                : QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
        return action;
    };
    m_bold = addAction(tr("Bold"), QKeySequence::Bold, true);
    m_italic = addAction(tr("Italic"), QKeySequence::Italic, true);
    m_bullets = addAction(tr("Bulleted list"), QKeySequence(tr("Ctrl+Shift+8")), true);
    m_numbers = addAction(tr("Numbered list"), QKeySequence(tr("Ctrl+Shift+7")), true);
    m_link = addAction(tr("Link…"), QKeySequence(tr("Ctrl+K")), false);
    addActions({m_bold, m_italic, m_bullets, m_numbers, m_link});
    routeShortcutsToActions(m_edit, {m_bold, m_italic, m_bullets, m_numbers, m_link});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_edit);

    connect(m_bold, &QAction::triggered, this, &BodyEditor::toggleBold);
    connect(m_italic, &QAction::triggered, this, &BodyEditor::toggleItalic);
    connect(m_bullets, &QAction::triggered, this,
        [this](bool on) { toggleList(BodyBlock::Kind::BulletItem, on); });
    connect(m_numbers, &QAction::triggered, this,
        [this](bool on) { toggleList(BodyBlock::Kind::NumberedItem, on); });
    connect(m_link, &QAction::triggered, this, &BodyEditor::editLink);
    connect(m_edit, &QTextEdit::cursorPositionChanged, this, &BodyEditor::updateActions);
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, &BodyEditor::updateActions);
    // Every paragraph is spaced as the preview spaces it: those typed or pasted as well as those
    // set from the model.
    connect(m_edit->document(), &QTextDocument::contentsChange, this,
        [this](int from, int, int added) { spaceParagraphs(from, from + added); });
    connect(m_edit->document(), &QTextDocument::contentsChanged, this, [this] {
        if (!m_settingBody)
            Q_EMIT edited();
    });
    spaceParagraphs(0, 0);
}

qreal BodyEditor::paragraphSpacing() const
{
    return fontMetrics().height() / 2;
}

void BodyEditor::spaceParagraphs(int from, int to)
{
    QTextDocument *document = m_edit->document();
    const QTextBlock last = document->findBlock(to);
    for (QTextBlock block = document->findBlock(from); block.isValid(); block = block.next()) {
        if (block.blockFormat().bottomMargin() != paragraphSpacing()) {
            QTextBlockFormat spaced;
            spaced.setBottomMargin(paragraphSpacing());
            QTextCursor(block).mergeBlockFormat(spaced);
        }
        if (block == last)
            break;
    }
}

Body BodyEditor::body() const
{
    return bodyFromTextDocument(*m_edit->document());
}

void BodyEditor::setBody(const Body &body)
{
    if (this->body() == body)
        return; // the editor already shows it; keep the cursor where it is
    m_settingBody = true;
    const int position = m_edit->textCursor().position();
    m_edit->document()->clear();
    QTextCursor cursor(m_edit->document());
    BodyTextFormats formats;
    formats.paragraphSpacing = paragraphSpacing();
    insertBody(cursor, body, formats);
    cursor.setPosition(std::min(position, m_edit->document()->characterCount() - 1));
    m_edit->setTextCursor(cursor);
    m_settingBody = false;
}

void BodyEditor::toggleBold(bool on)
{
    QTextCharFormat format;
    format.setFontWeight(on ? QFont::Bold : QFont::Normal);
    m_edit->mergeCurrentCharFormat(format);
}

void BodyEditor::toggleItalic(bool on)
{
    QTextCharFormat format;
    format.setFontItalic(on);
    m_edit->mergeCurrentCharFormat(format);
}

void BodyEditor::toggleList(BodyBlock::Kind kind, bool on)
{
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    if (QTextList *list = cursor.currentList())
        list->remove(cursor.block());
    if (on) {
        QTextListFormat format;
        format.setStyle(kind == BodyBlock::Kind::NumberedItem ? QTextListFormat::ListDecimal
                                                              : QTextListFormat::ListDisc);
        cursor.createList(format);
    } else {
        QTextBlockFormat plain = cursor.blockFormat();
        plain.setIndent(0);
        cursor.setBlockFormat(plain);
    }
    cursor.endEditBlock();
    updateActions();
}

void BodyEditor::editLink()
{
    QTextCursor cursor = m_edit->textCursor();
    const QString current = cursor.charFormat().anchorHref();
    const std::optional<QString> url = m_prompts->askText(this, tr("Link"),
        tr("Web address, mailto: or tel: link (empty to remove the link):"),
        current.isEmpty() ? QStringLiteral("https://") : current);
    if (!url)
        return;
    const QString target = url->trimmed();
    if (!target.isEmpty() && !isAllowedLink(target)) {
        m_prompts->showError(this, tr("Link"),
            tr("\u201c%1\u201d is not a web, e-mail or telephone link.").arg(target));
        return;
    }
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    QTextCharFormat format;
    format.setAnchor(!target.isEmpty());
    format.setAnchorHref(target);
    format.setFontUnderline(!target.isEmpty());
    format.setForeground(target.isEmpty() ? palette().text() : palette().link());
    cursor.mergeCharFormat(format);
}

void BodyEditor::updateActions()
{
    const QTextCursor cursor = m_edit->textCursor();
    const QTextCharFormat format = cursor.charFormat();
    m_bold->setChecked(format.fontWeight() >= QFont::DemiBold);
    m_italic->setChecked(format.fontItalic());
    const QTextList *list = cursor.currentList();
    const bool numbered = list && list->format().style() == QTextListFormat::ListDecimal;
    m_bullets->setChecked(list && !numbered);
    m_numbers->setChecked(numbered);
}

} // namespace rd
