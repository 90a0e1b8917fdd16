#include "letterheadblock.h"

#include "blockstyle.h"
#include "fonts.h"
#include "pagecanvas.h"
#include "textpainting.h"

#include <QFontMetricsF>
#include <QTextBoundaryFinder>
#include <QTextLine>

#include <algorithm>

namespace rd {

namespace {

constexpr qreal ruleGap = 10; // between the logos and names and the rule

QRectF fitted(const QImage &image, const QRectF &box)
{
    if (image.isNull() || image.width() <= 0 || image.height() <= 0)
        return {};
    QSizeF size = QSizeF(image.size()).scaled(box.size(), Qt::KeepAspectRatio);
    return QRectF(box.center().x() - size.width() / 2, box.center().y() - size.height() / 2,
        size.width(), size.height());
}

} // namespace

LetterheadBlock::LetterheadBlock(const QList<LetterheadEntry> &entries, qreal width)
    : m_width(width)
{
    neverSplit = true;
    spaceAfter = 14;
    if (entries.size() == 1)
        layOutSingle(entries.first());
    else if (!entries.isEmpty())
        layOutGrid(entries);
    m_lineTops.append(m_ruleY + 1);
}

std::unique_ptr<QTextLayout> LetterheadBlock::layOutName(
    const QString &name, const QFont &font, qreal width, Qt::Alignment alignment, qreal *height)
{
    auto layout = std::make_unique<QTextLayout>(name, font, layoutDevice());
    const bool rightToLeft = name.isRightToLeft();
    QTextOption option(alignmentFor(alignment, rightToLeft));
    option.setTextDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    option.setUseDesignMetrics(true);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    QTextLayout::FormatRange range {0, int(name.size()), {}};
    range.format.setForeground(palette::accent);
    layout->setFormats({range});
    // Every line of the name: an agency's official name is never shortened.
    qreal y = 0;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    *height = y;
    return layout;
}

void LetterheadBlock::layOutSingle(const LetterheadEntry &entry)
{
    constexpr qreal logoHeight = 56;
    Placed placed;
    placed.logo = entry.logo;
    placed.logoRect = fitted(entry.logo, QRectF(0, 0, 150, logoHeight));
    placed.logoRect.moveLeft(0);
    const qreal nameLeft = placed.logoRect.isNull() ? 0 : placed.logoRect.right() + 14;
    qreal nameHeight = 0;
    placed.name = layOutName(
        entry.name, releaseFont(15, true), m_width - nameLeft, Qt::AlignLeft, &nameHeight);
    const qreal rowHeight = std::max(placed.logoRect.isNull() ? 0.0 : logoHeight, nameHeight);
    placed.namePosition = QPointF(nameLeft, (rowHeight - nameHeight) / 2);
    placed.logoRect.moveTop((rowHeight - placed.logoRect.height()) / 2);
    m_placed.push_back(std::move(placed));
    m_ruleY = rowHeight + ruleGap;
}

namespace {

// How a grid of agencies is set: columns, and the size of the names' type.
struct Grid
{
    int columns;
    qreal nameSize;
    qreal cellWidth(qreal width) const { return width / columns; }
};

constexpr qreal namePadding = 3; // each side of a name within its cell
constexpr qreal smallestNameSize = 6.5; // the smallest the names are set to stay legible
constexpr int comfortableNameLines = 4;

int linesOf(const QString &name, const QFont &font, qreal width)
{
    QTextLayout layout(name, font, layoutDevice());
    QTextOption option;
    option.setUseDesignMetrics(true);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    int lines = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        ++lines;
    }
    layout.endLayout();
    return lines;
}

// The width of the longest stretch of a name that may not be broken across lines (a word, or a
// run such as "Centralkriminalpolisen" that only a narrow column would cut).
qreal widestUnbreakable(const QString &name, const QFont &font)
{
    const QFontMetricsF metrics(font, layoutDevice());
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, name);
    qreal widest = 0;
    qsizetype start = 0;
    for (qsizetype end = breaks.toNextBoundary(); end > 0; end = breaks.toNextBoundary()) {
        widest
            = std::max(widest, metrics.horizontalAdvance(name.mid(start, end - start).trimmed()));
        start = end;
    }
    return widest;
}

// The grid for the agencies: as many columns as suit their number, and where a long official name
// would take more than a few lines, smaller type (down to a legible minimum) and then fewer
// columns, so that the letterhead makes room for every name rather than cutting one, or cutting a
// word of one.
Grid gridFor(const QList<LetterheadEntry> &entries, qreal width)
{
    const int count = int(entries.size());
    const int preferredColumns = count <= 4 ? count : (count <= 8 ? 4 : 5);
    const qreal preferredSize = count <= 4 ? 9 : 8;
    const auto fits = [&](const Grid &grid) {
        const QFont font = releaseFont(grid.nameSize, true);
        const qreal nameWidth = grid.cellWidth(width) - 2 * namePadding;
        return std::all_of(entries.begin(), entries.end(), [&](const LetterheadEntry &entry) {
            return widestUnbreakable(entry.name, font) <= nameWidth
                && linesOf(entry.name, font, nameWidth) <= comfortableNameLines;
        });
    };
    for (int columns = preferredColumns; columns >= std::min(2, preferredColumns); --columns) {
        for (qreal size = preferredSize; size >= smallestNameSize; size -= 0.5) {
            if (fits(Grid {columns, size}))
                return Grid {columns, size};
        }
    }
    // No grid keeps every name to a few lines: the names take the lines they need.
    return Grid {preferredColumns, smallestNameSize};
}

} // namespace

void LetterheadBlock::layOutGrid(const QList<LetterheadEntry> &entries)
{
    const int count = int(entries.size());
    const Grid grid = gridFor(entries, m_width);
    const qreal logoHeight = count <= 4 ? 46 : (count <= 10 ? 36 : (count <= 15 ? 30 : 26));
    const qreal cellWidth = grid.cellWidth(m_width);
    const QFont nameFont = releaseFont(grid.nameSize, true);
    constexpr qreal nameGap = 4;
    const qreal rowGap = count <= 10 ? 10 : 7;

    qreal y = 0;
    for (int rowStart = 0; rowStart < count; rowStart += grid.columns) {
        const int inRow = std::min(grid.columns, count - rowStart);
        // A short last row is centred under the full ones.
        const qreal rowLeft = (m_width - inRow * cellWidth) / 2;
        qreal rowHeight = 0;
        const bool anyLogo
            = std::any_of(entries.begin() + rowStart, entries.begin() + rowStart + inRow,
                [](const LetterheadEntry &e) { return !e.logo.isNull(); });
        for (int i = 0; i < inRow; ++i) {
            const LetterheadEntry &entry = entries.at(rowStart + i);
            Placed placed;
            const qreal left = rowLeft + i * cellWidth;
            placed.logo = entry.logo;
            placed.logoRect = fitted(entry.logo, QRectF(left + 6, y, cellWidth - 12, logoHeight));
            qreal nameHeight = 0;
            placed.name = layOutName(
                entry.name, nameFont, cellWidth - 2 * namePadding, Qt::AlignHCenter, &nameHeight);
            const qreal nameTop = y + (anyLogo ? logoHeight + nameGap : 0);
            placed.namePosition = QPointF(left + namePadding, nameTop);
            rowHeight = std::max(rowHeight, nameTop - y + nameHeight);
            m_placed.push_back(std::move(placed));
        }
        y += rowHeight + rowGap;
    }
    m_ruleY = y - rowGap + ruleGap;
}

QString LetterheadBlock::lineText(int) const
{
    QStringList lines;
    for (const Placed &placed : m_placed) {
        for (int i = 0; i < placed.name->lineCount(); ++i) {
            const QTextLine line = placed.name->lineAt(i);
            lines.append(placed.name->text().mid(line.textStart(), line.textLength()));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void LetterheadBlock::attachStructure(PageStructure &structure, int parent)
{
    const int group = structure.add(StructureRole::Group, parent);
    const QString language = structure.languageOf(parent);
    for (Placed &placed : m_placed) {
        if (!placed.logo.isNull()) {
            placed.logoElement = structure.add(StructureRole::Figure, group);
            structure[placed.logoElement].alternativeText = placed.name->text();
        }
        placed.nameStructure.element = structure.add(StructureRole::Paragraph, group);
        placed.nameStructure.language = language;
    }
}

void LetterheadBlock::paint(PageCanvas *canvas, int, int, QPointF topLeft) const
{
    for (const Placed &placed : m_placed) {
        if (!placed.logo.isNull()) {
            const ContentScope logo(canvas, placed.logoElement);
            canvas->drawImage(placed.logoRect.translated(topLeft), placed.logo);
        }
        const ContentScope name(canvas, placed.nameStructure.element);
        for (int line = 0; line < placed.name->lineCount(); ++line) {
            paintLayoutLine(canvas, *placed.name, line, topLeft + placed.namePosition,
                palette::accent, placed.nameStructure);
        }
    }
    const ArtifactScope rule(canvas, ArtifactKind::Layout);
    canvas->strokeLine(QPointF(topLeft.x(), topLeft.y() + m_ruleY),
        QPointF(topLeft.x() + m_width, topLeft.y() + m_ruleY), 0.75, palette::rule);
}

} // namespace rd
