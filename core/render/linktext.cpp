#include "linktext.h"

#include <QRegularExpression>

namespace rd {

QString addressToShow(const Span &span)
{
    if (span.link.isEmpty())
        return {};
    QString target = span.link;
    if (target.startsWith(QLatin1String("mailto:")) || target.startsWith(QLatin1String("tel:")))
        target = target.section(QLatin1Char(':'), 1);
    const QString text = span.text.trimmed();
    const auto digits
        = [](QString value) { return value.remove(QRegularExpression(QStringLiteral("[^0-9+]"))); };
    const bool sameNumber
        = span.link.startsWith(QLatin1String("tel:")) && digits(text) == digits(target);
    static const QRegularExpression webScheme(QStringLiteral("^https?://"));
    const bool sameAddress = QString(target).remove(webScheme) == text
        || QString(target).remove(webScheme).remove(QRegularExpression(QStringLiteral("/$")))
            == text;
    if (sameNumber || sameAddress || text == target || span.link == text)
        return {};
    return target;
}

} // namespace rd
