#include "bodytextdocument.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

namespace rd {

namespace {

QTextListFormat::Style listStyle(BodyBlock::Kind kind)
{
    return kind == BodyBlock::Kind::NumberedItem ? QTextListFormat::ListDecimal
                                                 : QTextListFormat::ListDisc;
}

BodyBlock::Kind kindOf(const QTextBlock &block)
{
    const QTextList *list = block.textList();
    if (!list)
        return BodyBlock::Kind::Paragraph;
    switch (list->format().style()) {
    case QTextListFormat::ListDecimal:
    case QTextListFormat::ListLowerAlpha:
    case QTextListFormat::ListUpperAlpha:
    case QTextListFormat::ListLowerRoman:
    case QTextListFormat::ListUpperRoman:
        return BodyBlock::Kind::NumberedItem;
    default:
        return BodyBlock::Kind::BulletItem;
    }
}

TextRun runFromFragment(const QTextFragment &fragment)
{
    const QTextCharFormat format = fragment.charFormat();
    TextRun run;
    // Qt puts U+2028 for a line break inside a paragraph; the body has none.
    run.text = fragment.text().replace(QChar::LineSeparator, QLatin1Char(' '));
    run.bold = format.fontWeight() >= QFont::DemiBold;
    run.italic = format.fontItalic();
    if (format.isAnchor() && isAllowedLink(format.anchorHref()))
        run.link = format.anchorHref();
    return run;
}

bool sameFormatting(const TextRun &a, const TextRun &b)
{
    return a.bold == b.bold && a.italic == b.italic && a.link == b.link;
}

} // namespace

void insertBody(QTextCursor &cursor, const Body &body, const BodyTextFormats &formats)
{
    QTextList *currentList = nullptr;
    BodyBlock::Kind currentListKind = BodyBlock::Kind::Paragraph;
    bool first = true;
    for (const BodyBlock &block : body.blocks) {
        QTextBlockFormat blockFormat;
        blockFormat.setBottomMargin(formats.paragraphSpacing);
        if (first && cursor.block().text().isEmpty())
            cursor.setBlockFormat(blockFormat);
        else
            cursor.insertBlock(blockFormat, formats.text);
        first = false;

        if (block.kind == BodyBlock::Kind::Paragraph) {
            currentList = nullptr;
        } else if (currentList && currentListKind == block.kind) {
            currentList->add(cursor.block());
        } else {
            QTextListFormat listFormat;
            listFormat.setStyle(listStyle(block.kind));
            currentList = cursor.createList(listFormat);
            currentListKind = block.kind;
        }

        for (const TextRun &run : block.runs) {
            QTextCharFormat format = formats.text;
            if (run.bold)
                format.setFontWeight(QFont::Bold);
            if (run.italic)
                format.setFontItalic(true);
            if (!run.link.isEmpty()) {
                format.merge(formats.link);
                format.setAnchor(true);
                format.setAnchorHref(run.link);
            }
            cursor.insertText(run.text, format);
        }
    }
}

Body bodyFromTextDocument(const QTextDocument &document)
{
    Body body;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        BodyBlock bodyBlock;
        bodyBlock.kind = kindOf(block);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const TextRun run = runFromFragment(fragment);
            if (!bodyBlock.runs.isEmpty() && sameFormatting(bodyBlock.runs.last(), run))
                bodyBlock.runs.last().text += run.text;
            else
                bodyBlock.runs.append(run);
        }
        if (!bodyBlock.plainText().trimmed().isEmpty())
            body.blocks.append(bodyBlock);
    }
    return body;
}

} // namespace rd
