#pragma once

#include <QLocale>
#include <QMarginsF>
#include <QPageSize>
#include <QRectF>
#include <QSizeF>

namespace rd {

enum class Paper { A4, Letter };

// US Letter where the locale's territory uses it (the Americas' letter countries and the
// Philippines), A4 everywhere else.
Paper defaultPaper(const QLocale &locale);
std::optional<Paper> paperNamed(const QString &name); // "a4", "letter"
QPageSize pageSizeOf(Paper paper);

// The page in layout units, which are PostScript points (1/72 inch) on every device.
struct PageSetup
{
    Paper paper = Paper::A4;
    // Room kept free beside the text on the outer side, in points: a review copy's margin for
    // the reviewers' comments.
    qreal notesMargin = 0;

    QSizeF pageSize() const;
    QMarginsF margins() const;
    QRectF contentRect() const; // inside the margins
};

} // namespace rd
