#pragma once

#include <QByteArray>

class QRawFont;

namespace rd {

// A font file rebuilt from the tables of a font that Qt has loaded, which is all Qt tells of a
// font it found through the system (a fallback font for Arabic or Chinese, say): the tables a
// PDF needs to draw and subset the glyphs, in an OpenType file of its own. Empty when the font
// has neither TrueType nor CFF outlines.
QByteArray sfntFromTables(const QRawFont &font);

} // namespace rd
