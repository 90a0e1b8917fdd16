// What a tagged PDF's pages hold: the drawing operators of each page's content stream and the
// marked content that ties them to the structure tree.
#include "taggedpdfwriter.h"

#include "util/textdirection.h"

#include <QGlyphRun>
#include <QPainterPath>
#include <QRawFont>
#include <QTransform>
#include <QUrl>

#include <utility>

namespace rd {

namespace {

void appendColor(QByteArray &out, const QColor &color)
{
    appendNumber(out, color.redF());
    out.append(' ');
    appendNumber(out, color.greenF());
    out.append(' ');
    appendNumber(out, color.blueF());
}

void appendHexGlyph(std::string &out, quint32 glyph)
{
    static const char digits[] = "0123456789ABCDEF";
    const char hex[4] = {digits[(glyph >> 12) & 0xf], digits[(glyph >> 8) & 0xf],
        digits[(glyph >> 4) & 0xf], digits[glyph & 0xf]};
    out.append(hex, 4);
}

void appendNumber(std::string &out, double value)
{
    char text[numberCapacity];
    out.append(text, size_t(formatNumber(text, value)));
}

// Whether two texts hold the same characters once spaces and invisible format characters are
// left out: what the glyphs of nearly every stretch of text give back, found without making a
// copy of either.
bool sameVisibleText(QStringView typed, QStringView drawn)
{
    const auto skipInvisible = [](QStringView text, qsizetype i) {
        while (i < text.size()
            && (text.at(i).isSpace()
                || (text.at(i).unicode() >= 0xa0 && text.at(i).category() == QChar::Other_Format)))
            ++i;
        return i;
    };
    qsizetype i = 0;
    qsizetype j = 0;
    for (;;) {
        i = skipInvisible(typed, i);
        j = skipInvisible(drawn, j);
        if (i == typed.size() || j == drawn.size())
            return i == typed.size() && j == drawn.size();
        if (typed.at(i) != drawn.at(j))
            return false;
        ++i;
        ++j;
    }
}

} // namespace

void TaggedPdfWriter::beginPage(QSizeF size)
{
    m_pageSize = size;
    m_content.clear();
    m_content.reserve(32 * 1024); // about what a page of text takes
    m_nextMcid = 0;
    m_fill = QColor();
    m_stroke = QColor();
    m_lineWidth = -1;
    m_pageIds.append(m_writer.reserve());
    m_pageSizes.append(size);
    // Everything on the page is given in points from its top-left corner, as the layout is.
    m_content.append("1 0 0 -1 0 ");
    appendNumber(m_content, size.height());
    m_content.append(" cm\n");
}

void TaggedPdfWriter::endPage()
{
    closeMarkedContent();
    m_frames.clear();
    const int content = m_writer.reserve();
    m_writer.writeStreamSoon(content, {}, std::exchange(m_content, {}));
    m_contentIds.append(content);
}

void TaggedPdfWriter::beginContent(int element, const QString &language)
{
    closeMarkedContent();
    m_frames.append({element, language, {}});
}

void TaggedPdfWriter::beginArtifact(QByteArrayView type, QByteArrayView subtype)
{
    closeMarkedContent();
    QByteArray properties = "<< /Type " + pdfName(type);
    if (!subtype.isEmpty())
        properties += " /Subtype " + pdfName(subtype);
    m_frames.append({-1, {}, properties + " >>"});
}

void TaggedPdfWriter::endContent()
{
    closeMarkedContent();
    if (!m_frames.isEmpty())
        m_frames.removeLast();
}

void TaggedPdfWriter::endArtifact()
{
    endContent();
}

void TaggedPdfWriter::openMarkedContent()
{
    // Opened only when something is drawn, so that no sequence is empty; closed whenever an
    // inner one begins, so that sequences never nest.
    if (m_markedContentOpen || m_frames.isEmpty())
        return;
    const Frame &frame = m_frames.last();
    if (frame.element < 0) {
        m_content.append("/Artifact " + frame.artifact + " BDC\n");
    } else {
        const int mcid = m_nextMcid++;
        m_content.append(pdfName(m_structure.element(frame.element).type) + " << /MCID "
            + QByteArray::number(mcid));
        if (!frame.language.isEmpty())
            m_content.append(" /Lang " + pdfTextString(frame.language));
        m_content.append(" >> BDC\n");
        m_structure.addContent(frame.element, int(m_pageIds.size()) - 1, mcid);
    }
    m_markedContentOpen = true;
}

void TaggedPdfWriter::closeMarkedContent()
{
    if (!m_markedContentOpen)
        return;
    m_content.append("EMC\n");
    m_markedContentOpen = false;
}

void TaggedPdfWriter::setFill(const QColor &color)
{
    if (color == m_fill)
        return;
    m_fill = color;
    appendColor(m_content, color);
    m_content.append(" rg\n");
}

void TaggedPdfWriter::setStroke(const QColor &color, qreal width)
{
    if (color != m_stroke) {
        m_stroke = color;
        appendColor(m_content, color);
        m_content.append(" RG\n");
    }
    if (width != m_lineWidth) {
        m_lineWidth = width;
        appendNumber(m_content, width);
        m_content.append(" w\n");
    }
}

QRectF TaggedPdfWriter::inPdfSpace(const QRectF &rect) const
{
    const qreal height = m_pageSize.height();
    return QRectF(
        QPointF(rect.left(), height - rect.bottom()), QPointF(rect.right(), height - rect.top()));
}

void TaggedPdfWriter::appendPoint(QPointF point)
{
    appendNumber(m_content, point.x());
    m_content.append(' ');
    appendNumber(m_content, point.y());
}

void TaggedPdfWriter::drawGlyphs(
    const QList<QGlyphRun> &runs, QPointF origin, const QColor &color, QStringView text)
{
    QList<int> fonts;
    QString glyphText;
    bool outlinesOnly = false;
    for (const QGlyphRun &run : runs) {
        const int font = m_fonts.fontFor(run.rawFont());
        fonts.append(font);
        if (font < 0) {
            outlinesOnly = true;
            continue;
        }
        m_fonts.useGlyphs(font, run.glyphIndexes(), text);
        for (quint32 glyph : run.glyphIndexes())
            glyphText += m_fonts.textOf(font, glyph);
    }
    // The glyphs' texts must give back the text as typed, but for what readers do themselves:
    // they put right-to-left text in its order and mirror its brackets, and fold a character
    // that shaping splits into its compatibility decomposition (Thai sara am). Invisible format
    // characters (joiners, isolates, soft hyphens) have no glyphs. Where the texts do not give
    // it back (a Devanagari vowel sign drawn before its consonant), the text is the glyphs'
    // ActualText; not in right-to-left text, which readers would reverse a second time.
    const auto letters = [](QStringView text) {
        QString kept;
        for (QChar c : text.toString().normalized(QString::NormalizationForm_KC)) {
            if (!c.isSpace() && c.category() != QChar::Other_Format)
                kept.append(QChar(std::min(c.unicode(), c.mirroredChar().unicode())));
        }
        return kept;
    };
    bool actualText = outlinesOnly;
    if (sameVisibleText(text, glyphText)) {
        // As typed, which needs no more comparing.
    } else if (const QString typed = letters(text), drawn = letters(glyphText); typed != drawn) {
        if (hasRightToLeft(text.toString())) {
            QString typedSorted = typed;
            QString drawnSorted = drawn;
            std::sort(typedSorted.begin(), typedSorted.end());
            std::sort(drawnSorted.begin(), drawnSorted.end());
            actualText = actualText || typedSorted != drawnSorted;
        } else {
            actualText = true;
        }
    }
    openMarkedContent();
    if (actualText) {
        m_content.append("/Span << /ActualText " + pdfTextString(text.toString()) + " >> BDC\n");
    }
    for (qsizetype i = 0; i < runs.size(); ++i)
        drawRun(runs.at(i), fonts.at(i), origin, color);
    if (actualText)
        m_content.append("EMC\n");
}

void TaggedPdfWriter::drawRun(const QGlyphRun &run, int font, QPointF origin, const QColor &color)
{
    const QList<quint32> glyphs = run.glyphIndexes();
    const QList<QPointF> positions = run.positions();
    if (glyphs.isEmpty() || positions.size() != glyphs.size())
        return;
    const QRawFont raw = run.rawFont();
    if (!m_frames.isEmpty() && m_frames.last().element >= 0)
        noteDestination(m_frames.last().element, origin.y() + positions.first().y());
    if (font < 0) {
        // A font that cannot be embedded (a colour bitmap font) is drawn as outlines.
        for (qsizetype i = 0; i < glyphs.size(); ++i) {
            fillPath(raw.pathForGlyph(glyphs.at(i)),
                QTransform::fromTranslate(
                    origin.x() + positions.at(i).x(), origin.y() + positions.at(i).y()),
                color);
        }
        return;
    }
    setFill(color);
    const double size = raw.pixelSize();
    m_content.append("BT /" + m_fonts.resourceName(font) + ' ');
    appendNumber(m_content, size);
    m_content.append(" Tf\n");

    // Each glyph where the layout put it: the text matrix at a run's start (and wherever a glyph
    // leaves the baseline, as marks do), and between glyphs an adjustment wherever the pen that
    // the font's own advances move has drifted from the layout's position by more than
    // maxDrift thousandths of an em: a fiftieth of a point in body text, finer than the layout's
    // own sixty-fourths of a point and a sixth of a 600 dpi printer's dot. Adjusting for every
    // rounding of the layout's positions would put a number between nearly every two glyphs.
    constexpr double maxDrift = 2;
    std::string &out = m_runBuffer; // appended to glyph by glyph, which std::string does inline
    out.clear();
    double penX = 0; // where the PDF's text position is, in points
    double baseline = 0;
    bool inArray = false;
    bool inHex = false;
    for (qsizetype i = 0; i < glyphs.size(); ++i) {
        const QPointF at = origin + positions.at(i);
        if (!inArray || std::abs(at.y() - baseline) > 0.0005) {
            if (inArray)
                out.append(inHex ? ">] TJ\n" : "] TJ\n");
            out.append("1 0 0 -1 ");
            appendNumber(out, at.x());
            out.push_back(' ');
            appendNumber(out, at.y());
            out.append(" Tm [<");
            baseline = at.y();
            penX = at.x();
            inArray = true;
            inHex = true;
        }
        const double drift = (penX - at.x()) * 1000 / size;
        if (std::abs(drift) > maxDrift) {
            const double adjustment = std::round(drift);
            out.append(inHex ? "> " : "");
            appendNumber(out, adjustment);
            out.append(" <");
            inHex = true;
            penX -= adjustment * size / 1000;
        } else if (!inHex) {
            out.push_back('<');
            inHex = true;
        }
        appendHexGlyph(out, glyphs.at(i));
        penX += m_fonts.advance(font, glyphs.at(i)) * size / 1000;
    }
    out.append(inHex ? ">] TJ ET\n" : "] TJ ET\n");
    m_content.append(out.data(), qsizetype(out.size()));
}

void TaggedPdfWriter::fillRect(const QRectF &rect, const QColor &color)
{
    openMarkedContent();
    setFill(color);
    appendPoint(rect.topLeft());
    m_content.append(' ');
    appendPoint(QPointF(rect.width(), rect.height()));
    m_content.append(" re f\n");
}

void TaggedPdfWriter::fillPath(
    const QPainterPath &path, const QTransform &transform, const QColor &color)
{
    if (path.isEmpty())
        return;
    openMarkedContent();
    setFill(color);
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element element = path.elementAt(i);
        switch (element.type) {
        case QPainterPath::MoveToElement:
            appendPoint(transform.map(QPointF(element)));
            m_content.append(" m\n");
            break;
        case QPainterPath::LineToElement:
            appendPoint(transform.map(QPointF(element)));
            m_content.append(" l\n");
            break;
        case QPainterPath::CurveToElement:
            for (int j = 0; j < 3 && i + j < path.elementCount(); ++j) {
                appendPoint(transform.map(QPointF(path.elementAt(i + j))));
                m_content.append(' ');
            }
            m_content.append("c\n");
            i += 2;
            break;
        case QPainterPath::CurveToDataElement:
            break;
        }
    }
    m_content.append(path.fillRule() == Qt::OddEvenFill ? "f*\n" : "f\n");
}

void TaggedPdfWriter::strokeLine(QPointF from, QPointF to, qreal width, const QColor &color)
{
    openMarkedContent();
    setStroke(color, width);
    appendPoint(from);
    m_content.append(" m ");
    appendPoint(to);
    m_content.append(" l S\n");
}

void TaggedPdfWriter::strokeRect(const QRectF &rect, qreal width, const QColor &color)
{
    openMarkedContent();
    setStroke(color, width);
    appendPoint(rect.topLeft());
    m_content.append(' ');
    appendPoint(QPointF(rect.width(), rect.height()));
    m_content.append(" re S\n");
}

void TaggedPdfWriter::drawImage(const QRectF &target, const QImage &image)
{
    const int object = imageObject(image);
    if (!object)
        return;
    openMarkedContent();
    // The image's unit square, upright in the page's flipped space.
    m_content.append("q ");
    appendNumber(m_content, target.width());
    m_content.append(" 0 0 ");
    appendNumber(m_content, -target.height());
    m_content.append(' ');
    appendPoint(target.bottomLeft());
    m_content.append(" cm /Im" + QByteArray::number(object) + " Do Q\n");
    if (!m_frames.isEmpty() && m_frames.last().element >= 0) {
        m_structure.extendBox(
            m_frames.last().element, int(m_pageIds.size()) - 1, inPdfSpace(target));
    }
}

void TaggedPdfWriter::addLink(int element, const QRectF &area, const QString &target)
{
    const QUrl url(target);
    static const QStringList schemes {QStringLiteral("http"), QStringLiteral("https"),
        QStringLiteral("mailto"), QStringLiteral("tel")};
    if (!url.isValid() || !schemes.contains(url.scheme().toLower()))
        return;
    m_links.append({int(m_pageIds.size()) - 1, element, inPdfSpace(area), url.toEncoded()});
}

void TaggedPdfWriter::noteDestination(int element, qreal y)
{
    if (m_structure.element(element).title.isEmpty() || m_destinations.contains(element))
        return;
    m_destinations.insert(element, {int(m_pageIds.size()) - 1, m_pageSize.height() - y + 24});
}

} // namespace rd
