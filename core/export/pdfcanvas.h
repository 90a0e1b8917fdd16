#pragma once

#include "pdf/pdfstructuretree.h"
#include "render/pagecanvas.h"

namespace rd {

class TaggedPdfWriter;

// The page canvas of a PDF export: what the layout paints goes to the tagged PDF writer, with
// the release's structure roles as PDF's standard structure types and its furniture as
// artifacts.
class PdfCanvas : public PageCanvas
{
public:
    explicit PdfCanvas(TaggedPdfWriter *writer)
        : m_writer(writer)
    { }

    void drawGlyphs(const QList<QGlyphRun> &runs, QPointF origin, const QColor &color,
        QStringView text) override;
    void fillRect(const QRectF &rect, const QColor &color) override;
    void fillPath(
        const QPainterPath &path, const QTransform &transform, const QColor &color) override;
    void strokeLine(QPointF from, QPointF to, qreal width, const QColor &color) override;
    void strokeRect(const QRectF &rect, qreal width, const QColor &color) override;
    void drawImage(const QRectF &target, const QImage &image) override;

    void beginContent(int element, const QString &language) override;
    void endContent() override;
    void beginArtifact(ArtifactKind kind) override;
    void endArtifact() override;
    void addLinkArea(int element, const QRectF &area, const QString &target) override;

private:
    TaggedPdfWriter *m_writer;
};

// The release's structure as the PDF writer takes it.
QList<PdfStructureElement> pdfStructure(const PageStructure &structure);

} // namespace rd
