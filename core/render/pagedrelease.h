#pragma once

#include "appendix.h"
#include "composedrelease.h"
#include "layoutblock.h"
#include "pagesetup.h"
#include "pagestructure.h"
#include "paginator.h"
#include "textpainting.h"

#include <QImage>
#include <QPainterPath>

#include <memory>
#include <vector>

class QPagedPaintDevice;

namespace rd {

class PageCanvas;
class StructureBuilder;

// The formatted release laid out on pages: the one layout that the preview, the printer and the
// PDF all paint, so that what is previewed is exactly what prints. Layout units are points; a
// painter for any device is scaled to them by the functions below.
class PagedRelease
{
public:
    PagedRelease(ComposedRelease composed, const PageSetup &setup);
    ~PagedRelease();
    PagedRelease(const PagedRelease &) = delete;
    PagedRelease &operator=(const PagedRelease &) = delete;

    int pageCount() const { return int(m_pages.size()); }
    const PageSetup &pageSetup() const { return m_setup; }
    QSizeF pageSize() const { return m_setup.pageSize(); }
    const ComposedRelease &composed() const { return m_composed; }

    // Paints one page with the canvas's coordinates in points from the page's top-left corner.
    // Nothing fills the background: paper is white.
    void paintPage(PageCanvas *canvas, int page) const;

    // The release's structure in reading order, which the blocks' content belongs to.
    const PageStructure &structure() const { return m_structure; }

    // The field whose text is at point (in points) on page, for click-to-edit.
    std::optional<FieldKey> fieldAt(int page, QPointF point) const;
    // Where the first text of a field is set: its page and its rectangle there, in points.
    std::optional<std::pair<int, QRectF>> placeOf(const FieldKey &field) const;
    // Where each block set from a field starts (a paragraph each, for the statement), in reading
    // order: its page and its first fragment's rectangle there, in points.
    QList<std::pair<int, QRectF>> placesOf(const FieldKey &field) const;

    // A place between the statement's paragraphs that a quote can be moved to: the placement that
    // puts it there, and the foot of the paragraph it would follow (page, and height in points).
    struct QuoteGap
    {
        int placement = 0;
        int page = 0;
        qreal y = 0;
    };
    QList<QuoteGap> quoteGaps() const;

    // The text of a page's content, a line as it breaks (for tests that compare surfaces; page
    // furniture aside).
    QStringList pageLines(int page) const;

    // Where a page's content area starts and ends (for tests of page furniture).
    QRectF contentArea(int page) const;

private:
    void buildBlocks();
    void appendTextBlocks(
        const QList<ComposedBlock> &blocks, qreal width, StructureBuilder &grouping, int part);
    void buildColumnPairs(qreal width);
    void markSecondLanguage(int firstBlock);
    static void markSecondLanguage(LayoutBlock &block);
    // The language version a page is in: of a bilingual release set one after the other, the
    // second from the page it starts on; else the release's.
    const ComposedRelease &versionOnPage(int page) const;
    // The lines every page of a language version repeats, laid out once.
    struct Furniture
    {
        TextLine banner;
        TextLine continuationHeader;
        TextLine more;
    };
    void prepareFurniture();
    const Furniture &furnitureOnPage(int page) const;
    void paintWatermark(PageCanvas *canvas) const;
    void paintBanner(PageCanvas *canvas, int page) const;
    void paintContinuationHeader(PageCanvas *canvas, int page) const;
    void paintFooter(PageCanvas *canvas, int page) const;

    ComposedRelease m_composed;
    PageSetup m_setup;
    PageStructure m_structure;
    std::vector<std::unique_ptr<LayoutBlock>> m_blocks;
    QList<PageFragments> m_pages;
    QPainterPath m_watermark; // built once: glyph outlines are costly to make for every page
    Furniture m_furniture[2]; // of the release's language, and of its second language
    int m_secondLanguageBlock = -1; // of a bilingual release set one after the other
    int m_secondLanguagePage = -1;
};

// Paints every page on a paged device (QPdfWriter, or QPrinter in ui/), one device page each,
// scaled from points to the device's resolution, then any appendix pages. The device's page size
// is set to the release's.
bool printRelease(const PagedRelease &release, QPagedPaintDevice *device,
    const QList<AppendixPage> &appendix = {});

// One page as an image, white paper, at dotsPerInch.
QImage renderPageImage(const PagedRelease &release, int page, qreal dotsPerInch);

} // namespace rd
