#pragma once

#include <QFont>

class QPaintDevice;

namespace rd {

// Registers the bundled Release Desk Sans (resources/fonts) with Qt's font database, once. Call it
// after the QGuiApplication exists and before anything is laid out; releaseFont() calls it too.
void loadBundledFonts();
// The same on a thread of Qt's global pool, for a command that has a project to read first: the
// first font registered brings up fontconfig and the system's fonts, which takes as long as
// reading a long release. Whoever asks for a font meanwhile waits until they are registered.
void loadBundledFontsInBackground();

// The family every release is set in: Noto Sans without hinting, under a name of its own so that
// no system copy of Noto Sans can stand in for it (scripts/make-fonts).
QString releaseFontFamily();

// The family that editable documents (DOCX, ODT, HTML) name: the public Noto Sans, which the
// reader's word processor or browser may have, and otherwise replaces with a sans-serif.
QString documentFontFamily();

// A release font at a size in points, every script shaped fully; text copies out of a PDF as it
// was typed, as the bundled font has no Latin ligatures ("ff" stays two letters).
QFont releaseFont(qreal pointSize, bool bold = false, bool italic = false);

// The alignment of a paragraph whose base direction is right to left when its style says left or
// right: mirrored, as QTextLayout takes Qt::AlignLeft to mean the left edge whatever the
// direction. Centred and justified text is left as it is.
Qt::Alignment alignmentFor(Qt::Alignment styled, bool rightToLeft);

// The device all text is laid out for: 72 dots per inch, so that one layout unit is one point
// whatever the output, and the preview breaks lines exactly where the printer does.
QPaintDevice *layoutDevice();

// The height of a line of text in font (its ascent and descent), in layout units.
qreal lineHeight(const QFont &font);

// The width of one line of text in layout units (textpainting.h draws it).
qreal textWidth(const QString &text, const QFont &font);

} // namespace rd
