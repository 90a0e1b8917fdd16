#pragma once

#include "pagestructure.h"

#include <QColor>
#include <QGlyphRun>
#include <QList>
#include <QString>
#include <QStringView>

class QImage;
class QPainterPath;
class QPointF;
class QRectF;
class QTransform;

namespace rd {

// What a laid-out page is painted onto, in points from the page's top-left corner: a QPainter
// (the preview, the printer, a page image) or the tagged PDF writer. Everything the release shows
// reaches the page through these few calls, so every surface gets the same glyphs in the same
// places; a surface that keeps the document's structure also learns which element each piece of
// content belongs to, and which content is page furniture.
class PageCanvas
{
public:
    virtual ~PageCanvas() = default;

    // Glyphs from a QTextLayout, at their own positions offset by origin: the runs (one for each
    // font) that a stretch of text was shaped into. text is that stretch as typed, for a surface
    // that must let it be copied out or read aloud.
    virtual void drawGlyphs(
        const QList<QGlyphRun> &runs, QPointF origin, const QColor &color, QStringView text)
        = 0;
    virtual void fillRect(const QRectF &rect, const QColor &color) = 0;
    virtual void fillPath(
        const QPainterPath &path, const QTransform &transform, const QColor &color)
        = 0;
    virtual void strokeLine(QPointF from, QPointF to, qreal width, const QColor &color) = 0;
    virtual void strokeRect(const QRectF &rect, qreal width, const QColor &color) = 0;
    virtual void drawImage(const QRectF &target, const QImage &image) = 0;

    // The structure element (PageStructure) that what follows belongs to, until endContent(),
    // and its language where it differs from the element's (a name in another script). Content
    // outside any element must be furniture.
    virtual void beginContent(int element, const QString &language = {})
    {
        Q_UNUSED(element);
        Q_UNUSED(language);
    }
    virtual void endContent() { }
    // Page furniture that a reader skips: running headers and footers, watermarks, rules.
    virtual void beginArtifact(ArtifactKind kind) { Q_UNUSED(kind); }
    virtual void endArtifact() { }
    // A link's text: the area it covers on the page, and where it leads. Called for each line
    // the text is set on, inside the content of its Link element.
    virtual void addLinkArea(int element, const QRectF &area, const QString &target)
    {
        Q_UNUSED(element);
        Q_UNUSED(area);
        Q_UNUSED(target);
    }
};

// Marks the content painted during its lifetime as belonging to a structure element.
class ContentScope
{
public:
    ContentScope(PageCanvas *canvas, int element)
        : m_canvas(element >= 0 ? canvas : nullptr)
    {
        if (m_canvas)
            m_canvas->beginContent(element);
    }
    ~ContentScope()
    {
        if (m_canvas)
            m_canvas->endContent();
    }
    ContentScope(const ContentScope &) = delete;
    ContentScope &operator=(const ContentScope &) = delete;

private:
    PageCanvas *m_canvas;
};

// Marks the content painted during its lifetime as page furniture.
class ArtifactScope
{
public:
    ArtifactScope(PageCanvas *canvas, ArtifactKind kind)
        : m_canvas(canvas)
    {
        m_canvas->beginArtifact(kind);
    }
    ~ArtifactScope() { m_canvas->endArtifact(); }
    ArtifactScope(const ArtifactScope &) = delete;
    ArtifactScope &operator=(const ArtifactScope &) = delete;

private:
    PageCanvas *m_canvas;
};

} // namespace rd
