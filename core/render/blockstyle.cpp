#include "blockstyle.h"

#include "fonts.h"

namespace rd {

BlockStyle blockStyle(BlockRole role)
{
    BlockStyle style;
    style.font = releaseFont(10.5);
    style.color = palette::text;
    style.lineSpacing = 1.3;
    style.spaceAfter = 7;

    switch (role) {
    case BlockRole::DraftNotice:
        style.font = releaseFont(9, true);
        style.font.setLetterSpacing(QFont::AbsoluteSpacing, 0.4);
        style.color = palette::embargo;
        style.spaceAfter = 4;
        style.keepWithNext = true;
        break;
    case BlockRole::StatusLine:
    case BlockRole::EmbargoLine:
        style.font = releaseFont(11, true);
        style.font.setLetterSpacing(QFont::AbsoluteSpacing, 0.6);
        style.color = role == BlockRole::EmbargoLine ? palette::embargo : palette::accent;
        style.spaceAfter = 2;
        style.keepWithNext = true;
        break;
    case BlockRole::StatusDetail:
        style.font = releaseFont(9);
        style.color = palette::embargo;
        style.spaceAfter = 2;
        style.keepWithNext = true;
        break;
    case BlockRole::ReleaseInfo:
        style.font = releaseFont(9);
        style.color = palette::muted;
        style.spaceAfter = 16;
        break;
    case BlockRole::Dateline:
        style.font = releaseFont(9.5, true);
        style.color = palette::muted;
        style.spaceAfter = 4;
        style.keepWithNext = true;
        break;
    case BlockRole::Headline:
        style.font = releaseFont(19, true);
        style.color = palette::accent;
        style.lineSpacing = 1.12;
        style.spaceAfter = 6;
        style.headingLevel = 1;
        style.keepWithNext = true;
        style.neverSplit = true;
        break;
    case BlockRole::Subheadline:
        style.font = releaseFont(12.5);
        style.color = QColor(0x33, 0x38, 0x40);
        style.lineSpacing = 1.2;
        style.spaceAfter = 14;
        style.keepWithNext = true;
        style.neverSplit = true;
        break;
    case BlockRole::Paragraph:
        break;
    case BlockRole::BulletItem:
    case BlockRole::NumberedItem:
        style.indent = 18;
        style.spaceAfter = 4;
        break;
    case BlockRole::QuoteText:
        style.font = releaseFont(11, false, true);
        style.indent = 16;
        style.spaceBefore = 6;
        style.spaceAfter = 3;
        style.keepWithNext = true; // with its attribution
        style.decoration = BlockStyle::Decoration::QuoteBar;
        break;
    case BlockRole::QuoteAttribution:
        style.font = releaseFont(9.5);
        style.color = palette::muted;
        style.indent = 16;
        style.spaceAfter = 12;
        style.neverSplit = true;
        style.keepWithPrevious = true;
        style.decoration = BlockStyle::Decoration::QuoteBar;
        break;
    case BlockRole::Attachment:
        style.font = releaseFont(9.5);
        style.spaceAfter = 3;
        break;
    case BlockRole::EndMarker:
        style.font = releaseFont(11, true);
        style.font.setLetterSpacing(QFont::AbsoluteSpacing, 1.5);
        style.alignment = Qt::AlignHCenter;
        style.spaceBefore = 14;
        style.spaceAfter = 2;
        style.keepWithPrevious = true;
        style.keepWithNext = true;
        style.neverSplit = true;
        break;
    case BlockRole::IssuedBy:
        style.font = releaseFont(9);
        style.color = palette::muted;
        style.alignment = Qt::AlignHCenter;
        style.spaceAfter = 18;
        style.neverSplit = true;
        break;
    case BlockRole::SectionHeading:
        style.headingLevel = 2;
        style.font = releaseFont(10.5, true);
        style.color = palette::accent;
        style.spaceBefore = 10;
        style.spaceAfter = 4;
        style.keepWithNext = true;
        style.neverSplit = true;
        break;
    case BlockRole::SubHeading:
        style.headingLevel = 3;
        style.font = releaseFont(9.5, true);
        style.spaceBefore = 3;
        style.spaceAfter = 2;
        style.keepWithNext = true;
        style.neverSplit = true;
        break;
    case BlockRole::SectionText:
        style.font = releaseFont(9.5);
        style.lineSpacing = 1.3;
        style.spaceAfter = 5;
        break;
    }
    return style;
}

} // namespace rd
