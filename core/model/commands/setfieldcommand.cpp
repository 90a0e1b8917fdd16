#include "setfieldcommand.h"

#include "model/quoteplacement.h"
#include "model/releasedocument.h"

#include <algorithm>

namespace rd {

namespace {

bool isTyped(const QVariant &value)
{
    const QMetaType type = value.metaType();
    return type == QMetaType::fromType<QString>() || type == QMetaType::fromType<Body>();
}

QString joined(const QList<BodyBlock> &blocks, qsizetype from, qsizetype to)
{
    QStringList texts;
    for (qsizetype i = from; i < to; ++i)
        texts.append(blocks.at(i).plainText());
    return texts.join(QLatin1String("\n\n"));
}

// The change between two values of a text field, the statement's read as its paragraphs
// separated by blank lines (Body::plainText). For the statement, only the paragraphs that differ
// are compared: a keystroke in a 20,000-word statement touches one.
TextChange typedChange(const QVariant &before, const QVariant &after)
{
    if (before.metaType() != QMetaType::fromType<Body>())
        return changeBetween(before.toString(), after.toString());
    const QList<BodyBlock> &a = before.value<Body>().blocks;
    const QList<BodyBlock> &b = after.value<Body>().blocks;
    const UnchangedBlocks same = unchangedBlocks(a, b);
    qsizetype offset = 0;
    for (qsizetype i = 0; i < same.atStart; ++i)
        offset += a.at(i).plainText().size() + 2; // and the blank line after it
    return changeBetween(joined(a, same.atStart, a.size() - same.atEnd),
        joined(b, same.atStart, b.size() - same.atEnd), offset);
}

} // namespace

SetFieldCommand::SetFieldCommand(ReleaseDocument *document, const FieldKey &key,
    const QVariant &oldValue, const QVariant &newValue, QUndoCommand *parent)
    : ContentCommand(document, parent)
    , m_key(key)
    , m_oldValue(oldValue)
    , m_newValue(newValue)
    , m_lastEditTime(typingClock())
{
    setText(tr("Change %1").arg(fieldDisplayName(key.field)));
    if (isTyped(newValue))
        m_lastChange = typedChange(oldValue, newValue);
    // Quotes are placed after the statement's paragraphs in its own language; editing its
    // translation moves none.
    if (key.field == Field::Body && !key.translated)
        movePlacedQuotes();
}

void SetFieldCommand::movePlacedQuotes()
{
    const QList<Quote> &quotes = m_document->release().quotes;
    // Most releases set their quotes at the end: a keystroke then compares no paragraphs at all.
    if (std::none_of(quotes.cbegin(), quotes.cend(),
            [](const Quote &quote) { return quote.afterParagraph > 0; }))
        return;
    const StatementEdit edit(m_oldValue.value<Body>(), m_newValue.value<Body>());
    for (const Quote &quote : quotes) {
        const int moved = edit.placementAfter(quote.afterParagraph);
        if (moved != quote.afterParagraph)
            m_placements.append({quote.id, quote.afterParagraph, moved});
    }
}

int SetFieldCommand::id() const
{
    return isTyped(m_newValue) ? int(MergeId::SetText) : -1;
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetFieldCommand *>(other);
    if (next->m_key != m_key)
        return false;
    const std::optional<TextChange> continued
        = continuedTyping(m_lastChange, next->m_lastChange, next->m_lastEditTime - m_lastEditTime);
    if (!continued)
        return false;
    m_newValue = next->m_newValue;
    for (const PlacementChange &change : next->m_placements) {
        auto mine = std::find_if(m_placements.begin(), m_placements.end(),
            [&](const PlacementChange &c) { return c.quoteId == change.quoteId; });
        if (mine == m_placements.end())
            m_placements.append(change);
        else
            mine->after = change.after;
    }
    m_lastChange = *continued;
    m_lastEditTime = next->m_lastEditTime;
    return true;
}

std::optional<TextChange> SetFieldCommand::changeAfterUndo() const
{
    if (!isTyped(m_newValue))
        return std::nullopt;
    return typedChange(m_newValue, m_oldValue);
}

std::optional<TextChange> SetFieldCommand::changeAfterRedo() const
{
    if (!isTyped(m_newValue))
        return std::nullopt;
    return typedChange(m_oldValue, m_newValue);
}

void SetFieldCommand::apply()
{
    const Release &release = m_document->release();
    if (!m_commentsKept) {
        m_commentsBefore = release.comments;
        m_commentsKept = true;
    }
    const bool commented = std::any_of(release.comments.cbegin(), release.comments.cend(),
        [this](const Comment &comment) { return comment.field == m_key; });
    const QString textBefore = commented ? anchorTextOf(release, m_key) : QString();
    m_document->applyField(m_key, m_newValue);
    if (commented) {
        // Typing after a comment's words leaves it where it is: no signal for every keystroke.
        QList<Comment> anchored
            = anchoredThrough(release.comments, m_key, textBefore, anchorTextOf(release, m_key));
        if (anchored != release.comments)
            m_document->applyComments(anchored);
    }
    for (const PlacementChange &change : std::as_const(m_placements))
        m_document->applyField({Field::QuotePlacement, change.quoteId}, change.after);
}

void SetFieldCommand::revert()
{
    for (const PlacementChange &change : std::as_const(m_placements))
        m_document->applyField({Field::QuotePlacement, change.quoteId}, change.before);
    m_document->applyField(m_key, m_oldValue);
    if (m_document->release().comments != m_commentsBefore)
        m_document->applyComments(m_commentsBefore);
}

} // namespace rd
