#pragma once

#include "pagesetup.h"

#include <QImage>
#include <QList>
#include <QString>

class QPainter;

namespace rd {

struct Release;

// A page after the release: one page of an attached PDF, or an attached image as a figure.
struct AppendixPage
{
    QImage image;
    QString caption;
};

// The attachments as appendix pages, in the release's order: PDFs page by page, PNG and JPEG
// images as figures; other files are listed in the release only.
QList<AppendixPage> appendixPages(const Release &release);

// Paints an appendix page in points, like PagedRelease::paintPage.
void paintAppendixPage(QPainter *painter, const AppendixPage &page, const PageSetup &setup);

} // namespace rd
