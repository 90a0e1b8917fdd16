#include "odtexporter.h"

#include "render/blockstyle.h"
#include "render/fonts.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextList>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OdtExporter)
};

QTextCharFormat charFormat(const BlockStyle &style, const Span &span)
{
    QTextCharFormat format;
    format.setFontFamilies({documentFontFamily()});
    format.setFontPointSize(style.font.pointSizeF());
    format.setFontWeight(style.font.bold() || span.bold ? QFont::Bold : QFont::Normal);
    format.setFontItalic(style.font.italic() || span.italic);
    format.setForeground(style.color);
    if (!span.link.isEmpty()) {
        format.setAnchor(true);
        format.setAnchorHref(span.link);
        format.setForeground(palette::link);
        format.setFontUnderline(true);
    }
    return format;
}

void insertLetterhead(QTextCursor &cursor, QTextDocument &document, const ComposedRelease &release)
{
    const BlockStyle style = blockStyle(BlockRole::SubHeading);
    QTextBlockFormat block;
    block.setBottomMargin(4);
    cursor.setBlockFormat(block);
    for (int i = 0; i < release.letterhead.size(); ++i) {
        const QImage &logo = release.letterhead.at(i).logo;
        if (logo.isNull())
            continue;
        // A name that no file or URL can match: the document has the image under it already.
        const QString name = QStringLiteral("releasedesk-logo-%1.png").arg(i);
        document.addResource(QTextDocument::ImageResource, QUrl(name), logo);
        QTextImageFormat image;
        image.setName(name);
        const qreal height = 40;
        image.setHeight(height);
        image.setWidth(height * logo.width() / std::max(1, logo.height()));
        cursor.insertImage(image);
        cursor.insertText(QStringLiteral("   "));
    }
    QStringList names;
    for (const LetterheadEntry &entry : release.letterhead)
        names.append(entry.name);
    QTextBlockFormat namesBlock;
    namesBlock.setBottomMargin(12);
    cursor.insertBlock(namesBlock);
    cursor.insertText(names.join(QStringLiteral(" · ")), charFormat(style, Span {}));
}

} // namespace

Result<QByteArray> exportOdt(const ComposedRelease &release)
{
    QTextDocument document;
    QFont defaultFont(documentFontFamily());
    defaultFont.setPointSizeF(10.5);
    document.setDefaultFont(defaultFont);
    document.setMetaInformation(QTextDocument::DocumentTitle, release.title);
    QTextCursor cursor(&document);
    insertLetterhead(cursor, document, release);

    QTextList *list = nullptr;
    BlockRole listRole = BlockRole::Paragraph;
    for (const ComposedBlock &block : release.blocks) {
        const BlockStyle style = blockStyle(block.role);
        QTextBlockFormat format;
        format.setTopMargin(style.spaceBefore);
        format.setBottomMargin(style.spaceAfter);
        format.setAlignment(style.alignment);
        format.setLineHeight(style.lineSpacing * 100, QTextBlockFormat::ProportionalHeight);
        if (block.role == BlockRole::QuoteText || block.role == BlockRole::QuoteAttribution)
            format.setLeftMargin(24);
        format.setNonBreakableLines(style.neverSplit);
        cursor.insertBlock(format, charFormat(style, Span {}));

        const bool isListItem
            = block.role == BlockRole::BulletItem || block.role == BlockRole::NumberedItem;
        if (!isListItem) {
            list = nullptr;
        } else if (list && listRole == block.role) {
            list->add(cursor.block());
        } else {
            QTextListFormat listFormat;
            listFormat.setStyle(block.role == BlockRole::NumberedItem ? QTextListFormat::ListDecimal
                                                                      : QTextListFormat::ListDisc);
            list = cursor.createList(listFormat);
            listRole = block.role;
        }
        for (const Span &span : block.spans)
            cursor.insertText(span.text, charFormat(style, span));
    }

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "ODF");
    if (!writer.write(&document))
        return Error {Tr::tr("the OpenDocument file could not be written")};
    return bytes;
}

} // namespace rd
