#include "letterheadblock.h"

#include "blockstyle.h"
#include "fonts.h"

#include <QPainter>
#include <QTextLine>

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

std::unique_ptr<QTextLayout> LetterheadBlock::layOutName(const QString &name, const QFont &font,
    qreal width, Qt::Alignment alignment, int maxLines, qreal *height)
{
    auto layout = std::make_unique<QTextLayout>(name, font, layoutDevice());
    QTextOption option(alignment);
    option.setUseDesignMetrics(true);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    QTextLayout::FormatRange range {0, int(name.size()), {}};
    range.format.setForeground(palette::accent);
    layout->setFormats({range});
    qreal y = 0;
    layout->beginLayout();
    for (int i = 0; i < maxLines; ++i) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
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
        entry.name, releaseFont(15, true), m_width - nameLeft, Qt::AlignLeft, 3, &nameHeight);
    const qreal rowHeight = std::max(placed.logoRect.isNull() ? 0.0 : logoHeight, nameHeight);
    placed.namePosition = QPointF(nameLeft, (rowHeight - nameHeight) / 2);
    placed.logoRect.moveTop((rowHeight - placed.logoRect.height()) / 2);
    m_placed.push_back(std::move(placed));
    m_ruleY = rowHeight + ruleGap;
}

void LetterheadBlock::layOutGrid(const QList<LetterheadEntry> &entries)
{
    const int count = int(entries.size());
    const int columns = count <= 4 ? count : (count <= 8 ? 4 : 5);
    const qreal logoHeight = count <= 4 ? 46 : (count <= 10 ? 36 : 30);
    const qreal cellWidth = m_width / columns;
    const QFont nameFont = releaseFont(count <= 4 ? 9 : 8, true);
    constexpr qreal nameGap = 4;
    constexpr qreal rowGap = 10;

    qreal y = 0;
    for (int rowStart = 0; rowStart < count; rowStart += columns) {
        const int inRow = std::min(columns, count - rowStart);
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
            placed.name
                = layOutName(entry.name, nameFont, cellWidth - 8, Qt::AlignHCenter, 3, &nameHeight);
            const qreal nameTop = y + (anyLogo ? logoHeight + nameGap : 0);
            placed.namePosition = QPointF(left + 4, nameTop);
            rowHeight = std::max(rowHeight, nameTop - y + nameHeight);
            m_placed.push_back(std::move(placed));
        }
        y += rowHeight + rowGap;
    }
    m_ruleY = y - rowGap + ruleGap;
}

void LetterheadBlock::paint(QPainter *painter, int, int, QPointF topLeft) const
{
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    for (const Placed &placed : m_placed) {
        if (!placed.logo.isNull())
            painter->drawImage(placed.logoRect.translated(topLeft), placed.logo);
        placed.name->draw(painter, topLeft + placed.namePosition);
    }
    painter->setPen(QPen(palette::rule, 0.75));
    painter->drawLine(QPointF(topLeft.x(), topLeft.y() + m_ruleY),
        QPointF(topLeft.x() + m_width, topLeft.y() + m_ruleY));
    painter->restore();
}

} // namespace rd
