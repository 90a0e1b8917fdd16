#include "textblock.h"

#include "blockstyle.h"
#include "fonts.h"
#include "linktext.h"
#include "pagecanvas.h"

#include <QTextLine>

namespace rd {

namespace {

// Where the text starts after an indent and, for quotes, the bar in front of it.
constexpr qreal quoteBarWidth = 2.5;

QList<QTextLayout::FormatRange> formatsOf(const QList<Span> &spans, const QColor &color)
{
    QList<QTextLayout::FormatRange> formats;
    int start = 0;
    for (const Span &span : spans) {
        QTextLayout::FormatRange range;
        range.start = start;
        range.length = int(span.text.size());
        range.format.setForeground(color);
        if (span.bold)
            range.format.setFontWeight(QFont::Bold);
        if (span.italic)
            range.format.setFontItalic(true);
        if (!span.link.isEmpty()) {
            // An anchor in a QTextLayout becomes a link annotation in Qt's PDF output. On paper a
            // link is text like any other: in the body's colour, not underlined.
            range.format.setAnchor(true);
            range.format.setAnchorHref(span.link);
        }
        if (span.mark != SpanMark::None) {
            range.format.setProperty(redlineMarkProperty, int(span.mark));
            range.format.setForeground(
                span.mark == SpanMark::Inserted ? palette::inserted : palette::deleted);
        }
        formats.append(range);
        start += range.length;
    }
    return formats;
}

} // namespace

namespace {

// The spans as paper shows them: a link's address follows its text, in brackets, unless the text
// already says it.
QList<Span> printedSpans(const QList<Span> &spans)
{
    QList<Span> printed;
    for (const Span &span : spans) {
        printed.append(span);
        if (const QString address = addressToShow(span); !address.isEmpty())
            printed.append({QStringLiteral(" (%1)").arg(address), span.bold, span.italic, span.link,
                span.mark});
    }
    return printed;
}

} // namespace

TextBlock::TextBlock(const ComposedBlock &block, const BlockStyle &style, qreal width)
    : m_role(block.role)
    , m_style(style)
    , m_width(width)
{
    spaceBefore = style.spaceBefore;
    spaceAfter = style.spaceAfter;
    keepWithNext = style.keepWithNext;
    neverSplit = style.neverSplit;
    source = block.source;
    quotePlacement = block.quotePlacement;
    if (block.role == BlockRole::BulletItem)
        m_marker = QStringLiteral("•");
    else if (block.role == BlockRole::NumberedItem)
        m_marker = QStringLiteral("%1.").arg(block.number);

    // A paragraph runs in the direction of its first strong character (Unicode bidi rules P2 and
    // P3): an Arabic or Hebrew paragraph is set from the right, its indent and marks on the right.
    const QList<Span> spans = printedSpans(block.spans);
    QString text;
    for (const Span &span : spans)
        text += span.text;
    m_rightToLeft = text.isRightToLeft();
    if (m_rightToLeft && m_style.font.italic()) {
        // Arabic and Hebrew have no italic; a slanted copy of their letters is hard to read.
        m_style.font.setItalic(false);
    }
    m_layout = std::make_unique<QTextLayout>(text, m_style.font, layoutDevice());
    // The shaped glyphs are kept after endLayout(): every line is painted later from them, and
    // without them Qt would shape the whole paragraph again for each line it paints.
    m_layout->setCacheEnabled(true);
    QTextOption option(alignmentFor(style.alignment, m_rightToLeft));
    option.setTextDirection(m_rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true); // unhinted advances: the same line breaks on every device
    m_layout->setTextOption(option);
    m_layout->setFormats(formatsOf(spans, style.color));
    if (!m_marker.isEmpty())
        m_markerLine = TextLine(m_marker, m_style.font);

    const qreal lineWidth = std::max<qreal>(width - style.indent, 20);
    const qreal fontLineHeight = lineHeight(m_style.font);
    qreal y = 0;
    m_layout->beginLayout();
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(lineWidth);
        line.setPosition(QPointF(0, y));
        // Bold or larger runs can make a line taller than the font's own line height.
        y += std::max(line.height(), fontLineHeight) * style.lineSpacing;
        m_lineTops.append(y);
    }
    m_layout->endLayout();
    if (m_lineTops.size() == 1)
        m_lineTops.append(fontLineHeight * style.lineSpacing); // an empty block still takes a line
}

namespace {

StructureRole structureRoleOf(BlockRole role, int headingLevel)
{
    switch (headingLevel) {
    case 1:
        return StructureRole::Heading1;
    case 2:
        return StructureRole::Heading2;
    case 3:
        return StructureRole::Heading3;
    default:
        break;
    }
    switch (role) {
    case BlockRole::BulletItem:
    case BlockRole::NumberedItem:
    case BlockRole::Attachment:
        return StructureRole::ListBody;
    default:
        return StructureRole::Paragraph;
    }
}

} // namespace

void TextBlock::attachStructure(PageStructure &structure, int parent)
{
    const StructureRole role = structureRoleOf(m_role, m_style.headingLevel);
    if (role == StructureRole::ListBody) {
        const int item = structure.add(StructureRole::ListItem, parent);
        if (!m_marker.isEmpty()) {
            m_labelElement = structure.add(StructureRole::ListLabel, item);
            structure[m_labelElement].title = m_marker; // which says how the list is numbered
        }
        parent = item;
    }
    m_structure.element = structure.add(role, parent);
    m_structure.language = structure.languageOf(parent);
    if (m_style.headingLevel > 0)
        structure[m_structure.element].title = m_layout->text().simplified();
    const QList<QTextLayout::FormatRange> formats = m_layout->formats();
    m_structure.linkElements.clear();
    for (const QTextLayout::FormatRange &range : formats) {
        m_structure.linkElements.append(
            range.format.isAnchor() ? structure.add(StructureRole::Link, m_structure.element) : -1);
    }
}

void TextBlock::paint(PageCanvas *canvas, int firstLine, int count, QPointF topLeft) const
{
    const qreal textLeft = topLeft.x() + (m_rightToLeft ? 0 : m_style.indent);
    const QPointF layoutOrigin(textLeft, topLeft.y() - lineTop(firstLine));
    if (firstLine == 0 && !m_marker.isEmpty()) {
        const ContentScope label(canvas, m_labelElement);
        paintMarker(canvas, topLeft);
    }
    {
        const ContentScope content(canvas, m_structure.element);
        for (int i = firstLine; i < firstLine + count && i < m_layout->lineCount(); ++i)
            paintLayoutLine(canvas, *m_layout, i, layoutOrigin, m_style.color, m_structure);
    }

    if (m_style.decoration == BlockStyle::Decoration::QuoteBar) {
        // The bar runs beside this page's lines only, less the extra line spacing at the foot.
        const qreal barHeight = height(firstLine, count)
            - (lineTop(firstLine + count) - lineTop(firstLine + count - 1))
                * (1 - 1 / m_style.lineSpacing);
        const qreal barLeft = m_rightToLeft ? topLeft.x() + m_width - quoteBarWidth : topLeft.x();
        const ArtifactScope bar(canvas, ArtifactKind::Layout);
        canvas->fillRect(
            QRectF(barLeft, topLeft.y() + 1, quoteBarWidth, barHeight), palette::accent);
    }
}

QString TextBlock::lineText(int line) const
{
    if (line < 0 || line >= m_layout->lineCount())
        return {};
    const QTextLine textLine = m_layout->lineAt(line);
    return m_layout->text().mid(textLine.textStart(), textLine.textLength());
}

void TextBlock::paintMarker(PageCanvas *canvas, QPointF topLeft) const
{
    if (m_layout->lineCount() == 0)
        return;
    const QTextLine first = m_layout->lineAt(0);
    const qreal baseline = topLeft.y() + first.ascent();
    if (m_rightToLeft) {
        // In the indent on the right, just after the text's right edge.
        const qreal left = topLeft.x() + m_width - m_style.indent + 5;
        m_markerLine.draw(canvas, QPointF(left, baseline), m_style.color);
        return;
    }
    const qreal right = topLeft.x() + m_style.indent - 5;
    m_markerLine.draw(canvas, QPointF(right - m_markerLine.width(), baseline), m_style.color);
}

} // namespace rd
