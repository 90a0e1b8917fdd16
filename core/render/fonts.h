#pragma once

#include <QFont>

class QColor;
class QPaintDevice;
class QPainter;
class QPointF;

namespace rd {

// Registers the bundled Release Desk Sans (resources/fonts) with Qt's font database, once. Call it
// after the QGuiApplication exists and before anything is laid out.
void loadBundledFonts();

// The family every release is set in: Noto Sans without hinting, under a name of its own so that
// no system copy of Noto Sans can stand in for it (scripts/make-fonts).
QString releaseFontFamily();

// The family that editable documents (DOCX, ODT, HTML) name: the public Noto Sans, which the
// reader's word processor or browser may have, and otherwise replaces with a sans-serif.
QString documentFontFamily();

// A release font at a size in points, set up so that text copies out of a PDF as it was typed:
// no Latin ligatures ("ff" stays two letters), while scripts that need shaping (Arabic) keep it.
QFont releaseFont(qreal pointSize, bool bold = false, bool italic = false);

// The device all text is laid out for: 72 dots per inch, so that one layout unit is one point
// whatever the output, and the preview breaks lines exactly where the printer does.
QPaintDevice *layoutDevice();

// One line of text in layout units, laid out for layoutDevice(), on any painter. (QPainter's own
// drawText would size the font for the painter's device and so differ between screen and PDF.)
qreal textWidth(const QString &text, const QFont &font);
void drawTextLine(QPainter *painter, const QPointF &baselineLeft, const QString &text,
    const QFont &font, const QColor &color);

} // namespace rd
