#pragma once

#include "pdffonts.h"
#include "pdfobjectwriter.h"
#include "pdfstructuretree.h"
#include "util/error.h"

#include <QByteArray>
#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSizeF>
#include <QString>

#include <memory>
#include <string>

class QGlyphRun;
class QImage;
class QPainterPath;
class QTransform;

namespace rd {

// Which standard a PDF keeps to, beyond PDF/UA-1, which every tagged PDF written here follows.
enum class PdfConformance {
    Standard, // PDF 1.7
    ArchivalA3a, // PDF/A-3a: archivable, with the attachments embedded as associated files
    ArchivalA1b, // PDF/A-1b (PDF 1.4): no attachments; what Apache PDFBox Preflight can judge
};

struct PdfDocumentInfo
{
    QString title;
    QString language; // BCP 47, the catalogue's /Lang
    QString creator;
    QString producer;
    QDateTime created;
    QByteArray xmpMetadata;
    PdfConformance conformance = PdfConformance::Standard;
};

struct PdfAttachment
{
    QString fileName;
    QByteArray data;
    QString mediaType;
    QString description;
};

// Writes a tagged PDF: pages of glyph runs, shapes and images in points from the top-left
// corner, each piece of content marked as belonging to an element of the structure tree or as
// an artifact; link annotations inside their Link elements; an outline of the headings;
// embedded fonts with ToUnicode maps; the document's language, title and metadata; attached
// files. Structure that QPdfWriter cannot write, which is why this exists.
class TaggedPdfWriter
{
public:
    TaggedPdfWriter(PdfDocumentInfo info, QList<PdfStructureElement> structure);
    ~TaggedPdfWriter();
    TaggedPdfWriter(const TaggedPdfWriter &) = delete;
    TaggedPdfWriter &operator=(const TaggedPdfWriter &) = delete;

    void beginPage(QSizeF size);
    void endPage();

    // Marked content: what is drawn belongs to element, in language where that differs from the
    // element's; or is an artifact of a type ("Pagination", "Layout") and subtype ("Header",
    // "Footer", "Watermark", or none). These nest; the innermost applies.
    void beginContent(int element, const QString &language = {});
    void endContent();
    void beginArtifact(QByteArrayView type, QByteArrayView subtype = {});
    void endArtifact();

    // The runs a stretch of text was shaped into. Where their glyphs' ToUnicode texts would not
    // give back the stretch (a Thai vowel that shaping splits in two), the stretch is its
    // ActualText.
    void drawGlyphs(
        const QList<QGlyphRun> &runs, QPointF origin, const QColor &color, QStringView text);
    void fillRect(const QRectF &rect, const QColor &color);
    void fillPath(const QPainterPath &path, const QTransform &transform, const QColor &color);
    void strokeLine(QPointF from, QPointF to, qreal width, const QColor &color);
    void strokeRect(const QRectF &rect, qreal width, const QColor &color);
    void drawImage(const QRectF &target, const QImage &image);
    // A link over area on the current page, for the text of a Link element.
    void addLink(int element, const QRectF &area, const QString &target);

    void addAttachment(const PdfAttachment &attachment);

    // Writes everything that is left and returns the file.
    Result<QByteArray> finish();

private:
    struct Frame
    {
        int element = -1; // -1 for an artifact
        QString language;
        QByteArray artifact; // the artifact's property list
    };
    struct Link
    {
        int page;
        int element;
        QRectF area; // in PDF coordinates
        QByteArray uri;
    };

    void drawRun(const QGlyphRun &run, int font, QPointF origin, const QColor &color);
    void openMarkedContent();
    void closeMarkedContent();
    void setFill(const QColor &color);
    void setStroke(const QColor &color, qreal width);
    void appendPoint(QPointF point);
    // A rectangle of the page, in PDF's space: from the bottom-left corner, upwards.
    QRectF inPdfSpace(const QRectF &rect) const;
    int imageObject(const QImage &image);
    QByteArray writeAttachments();
    int writeOutline();
    void noteDestination(int element, qreal y);

    PdfDocumentInfo m_info;
    QByteArray m_out;
    PdfObjectWriter m_writer;
    PdfFonts m_fonts;
    PdfStructureTree m_structure;

    // The page being written.
    QByteArray m_content;
    std::string m_runBuffer; // one run's text operators, put together before joining m_content
    QSizeF m_pageSize;
    QList<Frame> m_frames;
    bool m_markedContentOpen = false;
    int m_nextMcid = 0;
    QColor m_fill;
    QColor m_stroke;
    qreal m_lineWidth = -1;

    QList<int> m_pageIds;
    QList<int> m_contentIds;
    QList<QSizeF> m_pageSizes;
    QList<Link> m_links;
    QHash<qint64, int> m_images; // by QImage::cacheKey()
    QHash<int, std::pair<int, qreal>> m_destinations; // heading element: page, top in PDF space
    QList<PdfAttachment> m_attachments;
};

} // namespace rd
