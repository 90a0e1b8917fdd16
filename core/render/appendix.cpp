#include "appendix.h"

#include "blockstyle.h"
#include "composedrelease.h"
#include "fonts.h"
#include "model/release.h"
#include "pagecanvas.h"
#include "util/pdfpages.h"
#include "releasewords.h"
#include "textpainting.h"

namespace rd {

namespace {

constexpr qreal captionHeight = 22;
constexpr qreal appendixDotsPerInch = 150;

} // namespace

QList<AppendixPage> appendixPages(const Release &release)
{
    QList<AppendixPage> pages;
    for (const Attachment &attachment : release.attachments) {
        const QString name = attachment.caption.isEmpty()
            ? attachment.fileName
            : QStringLiteral("%1 (%2)").arg(attachment.caption, attachment.fileName);
        if (attachment.mediaType == QLatin1String("application/pdf")) {
            const QList<QImage> images
                = rasterizePdfPages(attachment.file.data(), appendixDotsPerInch);
            for (int i = 0; i < images.size(); ++i) {
                pages.append({images.at(i),
                    releaseWords(release.language)
                        .attachmentPage.arg(name)
                        .arg(i + 1)
                        .arg(images.size())});
            }
        } else if (attachment.mediaType == QLatin1String("image/png")
            || attachment.mediaType == QLatin1String("image/jpeg")) {
            const QImage image = decodeLogo(attachment.file.data(), attachment.mediaType, 2400);
            if (!image.isNull())
                pages.append({image, releaseWords(release.language).attachment.arg(name)});
        }
    }
    return pages;
}

void appendToStructure(QList<AppendixPage> &pages, PageStructure &structure)
{
    for (AppendixPage &page : pages) {
        const int group = structure.add(StructureRole::Group, 0);
        page.captionElement = structure.add(StructureRole::Caption, group);
        page.figureElement = structure.add(StructureRole::Figure, group);
        structure[page.figureElement].alternativeText = page.caption;
    }
}

void paintAppendixPage(PageCanvas *canvas, const AppendixPage &page, const PageSetup &setup)
{
    const QRectF content = setup.contentRect();
    {
        const ContentScope caption(canvas, page.captionElement);
        drawTextLine(canvas, QPointF(content.left(), content.top() + 10), page.caption,
            releaseFont(9, true), palette::accent);
    }
    const QRectF box = content.adjusted(0, captionHeight, 0, 0);
    if (page.image.isNull())
        return;
    const QSizeF size = QSizeF(page.image.size()).scaled(box.size(), Qt::KeepAspectRatio);
    const QRectF target(
        box.left() + (box.width() - size.width()) / 2, box.top(), size.width(), size.height());
    {
        const ContentScope figure(canvas, page.figureElement);
        canvas->drawImage(target, page.image);
    }
    const ArtifactScope frame(canvas, ArtifactKind::Layout);
    canvas->strokeRect(target, 0.5, palette::rule);
}

} // namespace rd
