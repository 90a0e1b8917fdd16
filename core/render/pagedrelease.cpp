#include "pagedrelease.h"

#include "blockstyle.h"
#include "columnpairblock.h"
#include "fonts.h"
#include "letterheadblock.h"
#include "pagecanvas.h"
#include "paintercanvas.h"
#include "releasewords.h"
#include "structurebuilder.h"
#include "textblock.h"
#include "textblocks.h"
#include "textpainting.h"
#include "util/textdirection.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>

namespace rd {

namespace {

// Page furniture, in points.
constexpr qreal bannerHeight = 20;
constexpr qreal bannerGap = 10;
constexpr qreal continuationHeight = 26;
constexpr qreal moreHeight = 20; // kept free at the foot of every page for "- more -"

constexpr qreal columnGutter = 18; // between the two languages set side by side

QFont furnitureFont()
{
    return releaseFont(8.5);
}

// Whether a block ends a list: a list ends with the space of a paragraph, though its items stand
// closer together.
bool endsList(BlockRole previous, BlockRole next)
{
    const auto isListItem = [](BlockRole role) {
        return role == BlockRole::BulletItem || role == BlockRole::NumberedItem;
    };
    return isListItem(previous) && !isListItem(next);
}

} // namespace

PagedRelease::PagedRelease(ComposedRelease composed, const PageSetup &setup)
    : m_composed(std::move(composed))
    , m_setup(setup)
    , m_structure(m_composed.language)
{
    buildBlocks();
    m_pages = paginate(m_blocks, contentArea(0).height(), contentArea(1).height());
    for (int page = 0; m_secondLanguageBlock >= 0 && page < pageCount(); ++page) {
        if (!m_pages.at(page).isEmpty()
            && m_pages.at(page).first().block >= m_secondLanguageBlock) {
            m_secondLanguagePage = page;
            break;
        }
    }
    if (!m_composed.watermark.isEmpty()) {
        QFont font = releaseFont(120, true);
        font.setPixelSize(120); // in points: the path is built without a device
        m_watermark.addText(QPointF(0, 0), font, m_composed.watermark);
    }
    prepareFurniture();
}

void PagedRelease::prepareFurniture()
{
    const QRectF content = m_setup.contentRect();
    const ComposedRelease *versions[2] = {&m_composed, m_composed.secondLanguage.get()};
    for (int i = 0; i < 2 && versions[i]; ++i) {
        const ComposedRelease &version = *versions[i];
        Furniture &furniture = m_furniture[i];
        if (!version.embargoBanner.isEmpty())
            furniture.banner = TextLine(version.embargoBanner, releaseFont(9, true));
        // The whole header if it fits; else the agencies counted rather than named; and only then
        // the headline shortened at its end. The draft notice always leads.
        const QFont font = furnitureFont();
        QString header = version.continuationHeader;
        furniture.continuationHeader = TextLine(header, font);
        if (furniture.continuationHeader.width() > content.width()) {
            const QFontMetricsF metrics(font, layoutDevice());
            header = metrics.elidedText(
                version.shortContinuationHeader, Qt::ElideRight, content.width());
            furniture.continuationHeader = TextLine(header, font);
        }
        // In the page's language; beside each other when the two languages share the page.
        QString more = releaseWords(version.language).more;
        if (m_composed.secondLanguage && m_composed.layout == BilingualLayout::SideBySide)
            more += QStringLiteral("   ") + releaseWords(m_composed.secondLanguage->language).more;
        furniture.more = TextLine(more, releaseFont(9.5));
    }
}

const PagedRelease::Furniture &PagedRelease::furnitureOnPage(int page) const
{
    return &versionOnPage(page) == &m_composed ? m_furniture[0] : m_furniture[1];
}

PagedRelease::~PagedRelease() = default;

void PagedRelease::buildBlocks()
{
    const qreal width = m_setup.contentRect().width();
    if (!m_composed.letterhead.isEmpty()) {
        auto letterhead = std::make_unique<LetterheadBlock>(m_composed.letterhead, width);
        letterhead->attachStructure(m_structure, 0);
        m_blocks.push_back(std::move(letterhead));
    }
    const ComposedRelease *second = m_composed.secondLanguage.get();
    if (second && m_composed.layout == BilingualLayout::SideBySide) {
        buildColumnPairs(width);
        return;
    }
    StructureBuilder grouping(m_structure);
    if (!second) {
        appendTextBlocks(m_composed.blocks, width, grouping, 0);
        return;
    }
    // Each language version is a part of the document, in its own language.
    appendTextBlocks(m_composed.blocks, width, grouping,
        m_structure.add(StructureRole::Part, 0, m_composed.language));
    {
        // The second language version from the top of a page, as a document of its own.
        m_secondLanguageBlock = int(m_blocks.size());
        appendTextBlocks(second->blocks, width, grouping,
            m_structure.add(StructureRole::Part, 0, second->language));
        markSecondLanguage(m_secondLanguageBlock);
        if (m_secondLanguageBlock < int(m_blocks.size()))
            m_blocks.at(size_t(m_secondLanguageBlock))->startsPage = true;
    }
}

void PagedRelease::appendTextBlocks(
    const QList<ComposedBlock> &blocks, qreal width, StructureBuilder &grouping, int part)
{
    QList<TextBlockRequest> requests;
    requests.reserve(blocks.size());
    for (const ComposedBlock &block : blocks)
        requests.append({&block, width});
    std::vector<std::unique_ptr<TextBlock>> laidOut = layOutTextBlocks(requests);
    std::optional<BlockRole> previousRole;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const ComposedBlock &block = blocks.at(i);
        std::unique_ptr<TextBlock> &text = laidOut[size_t(i)];
        // "Keep with previous" is the block before keeping with this one.
        if (text->style().keepWithPrevious && previousRole)
            m_blocks.back()->keepWithNext = true;
        if (previousRole && endsList(*previousRole, block.role))
            m_blocks.back()->spaceAfter = blockStyle(BlockRole::Paragraph).spaceAfter;
        text->attachStructure(m_structure, grouping.parentFor(block.role, part));
        m_blocks.push_back(std::move(text));
        previousRole = block.role;
    }
}

void PagedRelease::buildColumnPairs(qreal width)
{
    const qreal columnWidth = (width - columnGutter) / 2;
    StructureBuilder grouping(m_structure);
    // Each language is a part of the document: a reader takes one column from top to bottom.
    const int parts[2] = {m_structure.add(StructureRole::Part, 0, m_composed.language),
        m_structure.add(StructureRole::Part, 0, m_composed.secondLanguage->language)};
    // Every column's paragraph laid out first (on two threads, for a long release), then the
    // rows put together in order.
    const QList<BlockPair> rows = sideBySideRows(m_composed);
    QList<TextBlockRequest> requests;
    for (const BlockPair &row : rows) {
        for (const ComposedBlock *block : {row.first, row.second}) {
            if (block)
                requests.append({block, columnWidth});
        }
    }
    std::vector<std::unique_ptr<TextBlock>> laidOut = layOutTextBlocks(requests);
    size_t next = 0;
    std::optional<BlockPair> previous;
    for (const BlockPair &row : rows) {
        std::unique_ptr<LayoutBlock> columns[2];
        bool keepWithPrevious = false;
        const ComposedBlock *blocks[2] = {row.first, row.second};
        const ComposedBlock *previousBlocks[2]
            = {previous ? previous->first : nullptr, previous ? previous->second : nullptr};
        for (int i = 0; i < 2; ++i) {
            if (!blocks[i])
                continue;
            std::unique_ptr<TextBlock> column = std::move(laidOut.at(next++));
            keepWithPrevious = keepWithPrevious || column->style().keepWithPrevious;
            column->attachStructure(m_structure, grouping.parentFor(blocks[i]->role, parts[i]));
            columns[i] = std::move(column);
        }
        if (previous && keepWithPrevious)
            m_blocks.back()->keepWithNext = true;
        for (int i = 0; i < 2; ++i) {
            if (previousBlocks[i] && blocks[i]
                && endsList(previousBlocks[i]->role, blocks[i]->role))
                m_blocks.back()->spaceAfter = blockStyle(BlockRole::Paragraph).spaceAfter;
        }
        if (columns[1])
            markSecondLanguage(*columns[1]);
        m_blocks.push_back(
            std::make_unique<ColumnPairBlock>(std::move(columns[0]), std::move(columns[1]),
                columnWidth, columnGutter, directionOfLanguage(m_composed.language)));
        previous = row;
    }
}

void PagedRelease::markSecondLanguage(int firstBlock)
{
    for (size_t i = size_t(firstBlock); i < m_blocks.size(); ++i)
        markSecondLanguage(*m_blocks.at(i));
}

void PagedRelease::markSecondLanguage(LayoutBlock &block)
{
    // A click on the second language's text goes to its translation's editor.
    if (block.source && isTranslatable(block.source->field))
        block.source->translated = true;
}

const ComposedRelease &PagedRelease::versionOnPage(int page) const
{
    if (m_composed.secondLanguage && m_secondLanguagePage >= 0 && page >= m_secondLanguagePage)
        return *m_composed.secondLanguage;
    return m_composed;
}

QRectF PagedRelease::contentArea(int page) const
{
    QRectF area = m_setup.contentRect();
    if (!m_composed.embargoBanner.isEmpty())
        area.setTop(area.top() + bannerHeight + bannerGap);
    if (page > 0)
        area.setTop(area.top() + continuationHeight);
    area.setBottom(area.bottom() - moreHeight);
    return area;
}

void PagedRelease::paintPage(PageCanvas *canvas, int page) const
{
    if (page < 0 || page >= pageCount())
        return;
    if (!m_watermark.isEmpty())
        paintWatermark(canvas);
    if (!m_composed.embargoBanner.isEmpty())
        paintBanner(canvas, page);
    if (page > 0)
        paintContinuationHeader(canvas, page);

    const QRectF area = contentArea(page);
    for (const Fragment &fragment : m_pages.at(page)) {
        m_blocks.at(size_t(fragment.block))
            ->paint(canvas, fragment.firstLine, fragment.lineCount,
                QPointF(area.left(), area.top() + fragment.y));
    }
    paintFooter(canvas, page);
}

void PagedRelease::paintWatermark(PageCanvas *canvas) const
{
    // Beneath everything and opaque, so that it needs no transparency (which PDF/A-1 forbids),
    // and drawn as outlines rather than text, so that text copied out of a draft is the release's
    // text alone: the draft notice at its head says it once.
    const QSizeF page = pageSize();
    QTransform transform;
    transform.translate(page.width() / 2, page.height() / 2);
    transform.rotate(-40);
    transform.translate(
        -m_watermark.boundingRect().center().x(), -m_watermark.boundingRect().center().y());
    const ArtifactScope watermark(canvas, ArtifactKind::Watermark);
    canvas->fillPath(m_watermark, transform, palette::watermark);
}

void PagedRelease::paintBanner(PageCanvas *canvas, int page) const
{
    const TextLine &text = furnitureOnPage(page).banner;
    const QRectF content = m_setup.contentRect();
    const QRectF banner(content.left(), content.top(), content.width(), bannerHeight);
    const ArtifactScope header(canvas, ArtifactKind::Header);
    canvas->fillRect(banner, palette::embargo);
    text.draw(canvas, QPointF(banner.center().x() - text.width() / 2, banner.center().y() + 3.2),
        Qt::white);
}

void PagedRelease::paintContinuationHeader(PageCanvas *canvas, int page) const
{
    const ArtifactScope scope(canvas, ArtifactKind::Header);
    QRectF top = m_setup.contentRect();
    if (!m_composed.embargoBanner.isEmpty())
        top.setTop(top.top() + bannerHeight + bannerGap);
    furnitureOnPage(page).continuationHeader.draw(
        canvas, QPointF(top.left(), top.top() + 9), palette::muted);
    canvas->strokeLine(QPointF(top.left(), top.top() + 14), QPointF(top.right(), top.top() + 14),
        0.5, palette::rule);
}

void PagedRelease::paintFooter(PageCanvas *canvas, int page) const
{
    const ArtifactScope footer(canvas, ArtifactKind::Footer);
    const QRectF content = m_setup.contentRect();
    if (page < pageCount() - 1) {
        const TextLine &more = furnitureOnPage(page).more;
        more.draw(canvas, QPointF(content.center().x() - more.width() / 2, content.bottom() - 4),
            palette::text);
    }
    // In the page's language; beside each other when the two languages share the page.
    QString number = releaseWords(versionOnPage(page).language).pageOf;
    if (m_composed.secondLanguage && m_composed.layout == BilingualLayout::SideBySide) {
        number += QStringLiteral("  \u00b7  ")
            + releaseWords(m_composed.secondLanguage->language).pageOf;
    }
    const TextLine numbering(number.arg(page + 1).arg(pageCount()), furnitureFont());
    numbering.draw(canvas,
        QPointF(
            content.right() - numbering.width(), content.bottom() + m_setup.margins().bottom() / 2),
        palette::muted);
}

QStringList PagedRelease::pageLines(int page) const
{
    QStringList lines;
    if (page < 0 || page >= pageCount())
        return lines;
    for (const Fragment &fragment : m_pages.at(page)) {
        const LayoutBlock &block = *m_blocks.at(size_t(fragment.block));
        for (int line = fragment.firstLine; line < fragment.firstLine + fragment.lineCount; ++line)
            lines.append(block.lineText(line).split(QLatin1Char('\n')));
    }
    return lines;
}

std::optional<FieldKey> PagedRelease::fieldAt(int page, QPointF point) const
{
    if (page < 0 || page >= pageCount())
        return std::nullopt;
    const QRectF area = contentArea(page);
    for (const Fragment &fragment : m_pages.at(page)) {
        const LayoutBlock &block = *m_blocks.at(size_t(fragment.block));
        const QRectF rect(area.left(), area.top() + fragment.y, area.width(),
            block.height(fragment.firstLine, fragment.lineCount));
        if (rect.contains(point))
            return block.sourceAt(point.x() - area.left());
    }
    return std::nullopt;
}

std::optional<std::pair<int, QRectF>> PagedRelease::placeOf(const FieldKey &field) const
{
    for (int page = 0; page < pageCount(); ++page) {
        const QRectF area = contentArea(page);
        for (const Fragment &fragment : m_pages.at(page)) {
            const LayoutBlock &block = *m_blocks.at(size_t(fragment.block));
            if (block.source == field)
                return std::pair {page,
                    QRectF(area.left(), area.top() + fragment.y, area.width(),
                        block.height(fragment.firstLine, fragment.lineCount))};
        }
    }
    return std::nullopt;
}

QList<std::pair<int, QRectF>> PagedRelease::placesOf(const FieldKey &field) const
{
    QList<std::pair<int, QRectF>> places;
    for (int page = 0; page < pageCount(); ++page) {
        const QRectF area = contentArea(page);
        for (const Fragment &fragment : m_pages.at(page)) {
            const LayoutBlock &block = *m_blocks.at(size_t(fragment.block));
            if (block.source == field && fragment.firstLine == 0)
                places.append({page,
                    QRectF(area.left(), area.top() + fragment.y, area.width(),
                        block.height(fragment.firstLine, fragment.lineCount))});
        }
    }
    return places;
}

QList<PagedRelease::QuoteGap> PagedRelease::quoteGaps() const
{
    QList<QuoteGap> gaps;
    for (int page = 0; page < pageCount(); ++page) {
        const QRectF area = contentArea(page);
        for (const Fragment &fragment : m_pages.at(page)) {
            const LayoutBlock &block = *m_blocks.at(size_t(fragment.block));
            // A paragraph divided between pages ends on the page of its last line.
            if (block.quotePlacement < 0
                || fragment.firstLine + fragment.lineCount < block.lineCount())
                continue;
            gaps.append({block.quotePlacement, page,
                area.top() + fragment.y + block.height(fragment.firstLine, fragment.lineCount)
                    + block.spaceAfter / 2});
        }
    }
    return gaps;
}

bool printRelease(
    const PagedRelease &release, QPagedPaintDevice *device, const QList<AppendixPage> &appendix)
{
    device->setPageSize(pageSizeOf(release.pageSetup().paper));
    device->setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal scale = device->logicalDpiX() / 72.0;
    PainterCanvas canvas(&painter);
    for (int page = 0; page < release.pageCount(); ++page) {
        if (page > 0 && !device->newPage())
            return false;
        painter.save();
        painter.scale(scale, scale);
        release.paintPage(&canvas, page);
        painter.restore();
    }
    for (const AppendixPage &page : appendix) {
        if (!device->newPage())
            return false;
        painter.save();
        painter.scale(scale, scale);
        paintAppendixPage(&canvas, page, release.pageSetup());
        painter.restore();
    }
    return painter.end();
}

QImage renderPageImage(const PagedRelease &release, int page, qreal dotsPerInch)
{
    const qreal scale = dotsPerInch / 72.0;
    const QSize size = (release.pageSize() * scale).toSize();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    PainterCanvas canvas(&painter);
    release.paintPage(&canvas, page);
    painter.end();
    return image;
}

} // namespace rd
