#include "pagesetup.h"

namespace rd {

Paper defaultPaper(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::Panama:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
    case QLocale::Venezuela:
        return Paper::Letter;
    default:
        return Paper::A4;
    }
}

std::optional<Paper> paperNamed(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("a4"))
        return Paper::A4;
    if (lower == QLatin1String("letter"))
        return Paper::Letter;
    return std::nullopt;
}

QPageSize pageSizeOf(Paper paper)
{
    return QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4);
}

QSizeF PageSetup::pageSize() const
{
    return pageSizeOf(paper).size(QPageSize::Point);
}

QMarginsF PageSetup::margins() const
{
    // 20 mm at the sides and the foot, a little less at the head, where the letterhead sits.
    constexpr qreal mm = 72.0 / 25.4;
    return QMarginsF(20 * mm, 16 * mm, 20 * mm + notesMargin, 16 * mm);
}

QRectF PageSetup::contentRect() const
{
    return QRectF(QPointF(0, 0), pageSize()).marginsRemoved(margins());
}

} // namespace rd
