#include "reviewcopy.h"

#include "model/comment.h"
#include "model/release.h"
#include "pdfexporter.h"
#include "render/blockstyle.h"
#include "render/fonts.h"
#include "render/pagecanvas.h"
#include "render/pagedrelease.h"
#include "render/textpainting.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextLayout>
#include <QTextLine>

#include <map>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCopy)
};

// The outer margin the comments stand in, and the gaps around them, in points.
constexpr qreal notesMargin = 150;
constexpr qreal gapBeforeNotes = 16;
constexpr qreal gapAfterNotes = 24;
constexpr qreal gapBetweenNotes = 6;
constexpr qreal notePadding = 4;

// A paragraph of a note, laid out to the notes' width.
class NoteText
{
public:
    NoteText(const QString &text, const QFont &font, const QColor &color, qreal width)
        : m_layout(std::make_unique<QTextLayout>(text, font, layoutDevice()))
        , m_color(color)
    {
        QTextOption option(text.isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft);
        option.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setUseDesignMetrics(true);
        m_layout->setTextOption(option);
        m_layout->setCacheEnabled(true);
        m_layout->beginLayout();
        for (QTextLine line = m_layout->createLine(); line.isValid();
             line = m_layout->createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, m_height));
            m_height += line.height();
        }
        m_layout->endLayout();
    }

    qreal height() const { return m_height; }

    void paint(PageCanvas *canvas, QPointF topLeft) const
    {
        for (int i = 0; i < m_layout->lineCount(); ++i)
            paintLayoutLine(canvas, *m_layout, i, topLeft, m_color);
    }

private:
    std::unique_ptr<QTextLayout> m_layout;
    QColor m_color;
    qreal m_height = 0;
};

// One comment as the margin shows it: its number, author and time, the words it is about, its
// text and its replies.
class MarginNote
{
public:
    MarginNote(int number, const Comment &comment, const QLocale &locale, qreal width)
    {
        const qreal textWidth = width - 2 * notePadding;
        const auto when = [&locale](const QDateTime &at) {
            return locale.toString(at.toLocalTime(), QLocale::ShortFormat);
        };
        add(QStringLiteral("%1 · %2, %3").arg(number).arg(comment.author, when(comment.at)),
            releaseFont(7, true), palette::accent, textWidth);
        if (!comment.quoted.isEmpty()) {
            const QString quoted = comment.quoted.size() > 120
                ? comment.quoted.left(118) + QStringLiteral("…")
                : comment.quoted;
            add(comment.detached ? Tr::tr("On deleted text: \u201c%1\u201d").arg(quoted)
                                 : QStringLiteral("\u201c%1\u201d").arg(quoted),
                releaseFont(7, false, true), palette::muted, textWidth);
        }
        add(comment.text, releaseFont(8), palette::text, textWidth);
        for (const CommentReply &reply : comment.replies) {
            add(Tr::tr("%1, %2:").arg(reply.author, when(reply.at)), releaseFont(7, true),
                palette::muted, textWidth);
            add(reply.text, releaseFont(8), palette::text, textWidth);
        }
    }

    qreal height() const
    {
        qreal height = 2 * notePadding;
        for (const NoteText &text : m_texts)
            height += text.height() + 1.5;
        return height;
    }

    void paint(PageCanvas *canvas, const QRectF &box) const
    {
        canvas->fillRect(box, QColor(0xf3, 0xf4, 0xf6));
        canvas->fillRect(QRectF(box.left(), box.top(), 1.5, box.height()), palette::accent);
        qreal y = box.top() + notePadding;
        for (const NoteText &text : m_texts) {
            text.paint(canvas, QPointF(box.left() + notePadding, y));
            y += text.height() + 1.5;
        }
    }

private:
    void add(const QString &text, const QFont &font, const QColor &color, qreal width)
    {
        m_texts.emplace_back(text, font, color, width);
    }

    std::vector<NoteText> m_texts;
};

// Where a comment's text is on the pages: the paragraph of the statement its stretch starts in,
// else the field's first block; nothing for a field that does not print.
std::optional<std::pair<int, QRectF>> placeOf(
    const PagedRelease &paged, const Release &release, const Comment &comment)
{
    const QList<std::pair<int, QRectF>> places = paged.placesOf(comment.field);
    if (places.isEmpty())
        return std::nullopt;
    if (comment.field.field != Field::Body || !comment.isAboutText())
        return places.first();
    const Body body = fieldValue(release, comment.field).value<Body>();
    qsizetype offset = 0;
    qsizetype printed = 0; // paragraphs with text before the one the stretch starts in
    for (const BodyBlock &block : body.blocks) {
        const qsizetype length = block.plainText().size();
        if (comment.start <= offset + length)
            break;
        if (!block.plainText().trimmed().isEmpty())
            ++printed;
        offset += length + 2; // Body::plainText() sets a blank line between blocks
    }
    return places.value(std::min(printed, places.size() - 1));
}

struct PlacedNote
{
    int number = 0;
    qreal anchorY = 0; // where the text it is about starts, in points
    std::shared_ptr<MarginNote> note;
};

} // namespace

Result<QByteArray> exportReviewCopyPdf(const Release &release, const ExportOptions &options)
{
    const Result<ComposeOptions> compose = composeOptionsFor(release, options);
    if (!compose)
        return compose.error();
    PageSetup setup {options.paper, notesMargin};
    const PagedRelease paged(
        composeRelease(release, {options.now, compose->versions, compose->layout}), setup);
    const QRectF content = setup.contentRect();
    const qreal notesLeft = content.right() + gapBeforeNotes;
    const qreal notesWidth = setup.pageSize().width() - gapAfterNotes - notesLeft;
    const QLocale locale(release.language);

    // The open comments by page, in the order of their text on it.
    std::map<int, QList<PlacedNote>> notesByPage;
    int number = 0;
    for (const Comment &comment : release.comments) {
        if (comment.resolved)
            continue;
        const auto place = placeOf(paged, release, comment);
        const int page = place ? place->first : paged.pageCount() - 1;
        notesByPage[page].append({++number, place ? place->second.top() : content.top(),
            std::make_shared<MarginNote>(number, comment, locale, notesWidth)});
    }
    for (auto &[page, notes] : notesByPage) {
        std::stable_sort(notes.begin(), notes.end(),
            [](const PlacedNote &a, const PlacedNote &b) { return a.anchorY < b.anchorY; });
    }

    // Each note beside its text or below the note before it; the notes that do not fit on their
    // page's margin go on to the top of the next one's (on the last page, they crowd up).
    struct Box
    {
        QRectF rect;
        PlacedNote placed;
        bool besideItsText = true;
    };
    std::map<int, QList<Box>> boxes;
    const qreal foot = setup.pageSize().height() - setup.margins().bottom() / 2;
    QList<PlacedNote> carried;
    for (int page = 0; page < paged.pageCount(); ++page) {
        QList<std::pair<PlacedNote, bool>> notes;
        for (const PlacedNote &placed : std::as_const(carried))
            notes.append({placed, false});
        carried.clear();
        for (const PlacedNote &placed : notesByPage[page])
            notes.append({placed, true});
        qreal top = content.top();
        for (const auto &[placed, onItsPage] : std::as_const(notes)) {
            const qreal height = placed.note->height();
            qreal y = std::max(onItsPage ? placed.anchorY : content.top(), top);
            // Once one note goes on, the ones after it follow, so that they stay in order.
            if (!carried.isEmpty()) {
                carried.append(placed);
                continue;
            }
            if (y + height > foot) {
                if (page + 1 < paged.pageCount() && top > content.top()) {
                    carried.append(placed);
                    continue;
                }
                y = std::max(content.top(), foot - height);
            }
            boxes[page].append({QRectF(notesLeft, y, notesWidth, height), placed, onItsPage});
            top = y + height + gapBetweenNotes;
        }
    }

    const auto paintNotes = [&](PageCanvas *canvas, int page) {
        const auto found = boxes.find(page);
        if (found == boxes.end())
            return;
        // Read on paper: the notes are furniture, as a reader of the release's text skips them.
        const ArtifactScope notes(canvas, ArtifactKind::Layout);
        for (const Box &box : found->second) {
            box.placed.note->paint(canvas, box.rect);
            const qreal anchor = box.besideItsText ? box.placed.anchorY + 5 : box.rect.top() + 5;
            if (box.besideItsText) {
                canvas->strokeLine(QPointF(content.right() + 3, anchor),
                    QPointF(
                        notesLeft, std::clamp(anchor, box.rect.top() + 4, box.rect.bottom() - 4)),
                    0.5, palette::rule);
            }
            drawTextLine(canvas, QPointF(content.right() + 4, anchor - 1),
                QString::number(box.placed.number), releaseFont(6, true), palette::accent);
        }
    };
    return writePagedPdf(paged, Tr::tr("Review copy"), paintNotes);
}

} // namespace rd
