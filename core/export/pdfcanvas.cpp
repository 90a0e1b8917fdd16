#include "pdfcanvas.h"

#include "pdf/taggedpdfwriter.h"

namespace rd {

namespace {

QByteArray structureType(StructureRole role)
{
    switch (role) {
    case StructureRole::Document:
        return "Document";
    case StructureRole::Part:
        return "Part";
    case StructureRole::Group:
        return "Div";
    case StructureRole::Figure:
        return "Figure";
    case StructureRole::Paragraph:
        return "P";
    case StructureRole::Heading1:
        return "H1";
    case StructureRole::Heading2:
        return "H2";
    case StructureRole::Heading3:
        return "H3";
    case StructureRole::List:
        return "L";
    case StructureRole::ListItem:
        return "LI";
    case StructureRole::ListLabel:
        return "Lbl";
    case StructureRole::ListBody:
        return "LBody";
    case StructureRole::BlockQuote:
        return "BlockQuote";
    case StructureRole::Link:
        return "Link";
    case StructureRole::Caption:
        return "Caption";
    }
    return "Span";
}

} // namespace

QList<PdfStructureElement> pdfStructure(const PageStructure &structure)
{
    QList<PdfStructureElement> elements;
    elements.reserve(structure.size());
    for (const StructureElement &element : structure.elements()) {
        elements.append({structureType(element.role), element.parent, element.language,
            element.alternativeText, element.title, {}});
    }
    // A list's numbering, as its items' labels show it.
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const StructureElement &element = structure.elements().at(i);
        if (element.role != StructureRole::ListLabel)
            continue;
        const int list = structure.at(element.parent).parent;
        if (list >= 0 && elements.at(list).listNumbering.isEmpty())
            elements[list].listNumbering
                = element.title == QStringLiteral("•") ? "Disc" : "Decimal";
    }
    return elements;
}

void PdfCanvas::drawGlyphs(
    const QList<QGlyphRun> &runs, QPointF origin, const QColor &color, QStringView text)
{
    m_writer->drawGlyphs(runs, origin, color, text);
}

void PdfCanvas::fillRect(const QRectF &rect, const QColor &color)
{
    m_writer->fillRect(rect, color);
}

void PdfCanvas::fillPath(const QPainterPath &path, const QTransform &transform, const QColor &color)
{
    m_writer->fillPath(path, transform, color);
}

void PdfCanvas::strokeLine(QPointF from, QPointF to, qreal width, const QColor &color)
{
    m_writer->strokeLine(from, to, width, color);
}

void PdfCanvas::strokeRect(const QRectF &rect, qreal width, const QColor &color)
{
    m_writer->strokeRect(rect, width, color);
}

void PdfCanvas::drawImage(const QRectF &target, const QImage &image)
{
    m_writer->drawImage(target, image);
}

void PdfCanvas::beginContent(int element, const QString &language)
{
    m_writer->beginContent(element, language);
}

void PdfCanvas::endContent()
{
    m_writer->endContent();
}

void PdfCanvas::beginArtifact(ArtifactKind kind)
{
    switch (kind) {
    case ArtifactKind::Header:
        m_writer->beginArtifact("Pagination", "Header");
        break;
    case ArtifactKind::Footer:
        m_writer->beginArtifact("Pagination", "Footer");
        break;
    case ArtifactKind::Watermark:
        m_writer->beginArtifact("Pagination", "Watermark");
        break;
    case ArtifactKind::Layout:
        m_writer->beginArtifact("Layout");
        break;
    }
}

void PdfCanvas::endArtifact()
{
    m_writer->endArtifact();
}

void PdfCanvas::addLinkArea(int element, const QRectF &area, const QString &target)
{
    m_writer->addLink(element, area, target);
}

} // namespace rd
