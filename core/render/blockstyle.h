#pragma once

#include "composedrelease.h"

#include <QColor>
#include <QFont>

namespace rd {

// How one kind of block is set on the page: the house style of a Release Desk release.
struct BlockStyle
{
    enum class Decoration { None, QuoteBar };

    QFont font;
    QColor color;
    Qt::Alignment alignment = Qt::AlignLeft;
    qreal lineSpacing = 1.0; // multiple of the font's line height
    qreal indent = 0; // from the left edge of the content, in points
    qreal spaceBefore = 0;
    qreal spaceAfter = 0;
    bool keepWithNext = false; // never the last thing on a page
    bool keepWithPrevious = false; // never the first thing on a page
    bool neverSplit = false;
    Decoration decoration = Decoration::None;
    // 1 for the headline, 2 for section headings, 3 for the headings within a section; 0 for
    // everything else. What navigation panes, tables of contents and screen readers go by.
    int headingLevel = 0;
};

BlockStyle blockStyle(BlockRole role);

// Colours of the house style.
namespace palette {
inline const QColor text(0x1a, 0x1a, 0x1a);
inline const QColor muted(0x5a, 0x5f, 0x66);
inline const QColor accent(0x1b, 0x2a, 0x4a);
inline const QColor embargo(0xb3, 0x26, 0x1e);
inline const QColor rule(0xc8, 0xcc, 0xd2);
inline const QColor link(0x1a, 0x4f, 0x9c);
// Drawn beneath the text and opaque, so that it needs no transparency (forbidden in PDF/A-1).
inline const QColor watermark(0xe3, 0xe5, 0xe9);
// A redline's inserted and deleted text: told apart by underline and strike-through as well as by
// colour, for a reader who cannot tell the colours apart or prints in black.
inline const QColor inserted(0x0b, 0x5d, 0x1e);
inline const QColor deleted(0xa6, 0x1b, 0x1b);
} // namespace palette

} // namespace rd
