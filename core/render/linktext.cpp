#include "linktext.h"

namespace rd {

namespace {

// The digits and plus signs of a telephone number, as a number is compared whatever its spacing.
QString dialled(QStringView number)
{
    QString kept;
    for (QChar c : number) {
        if ((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('+'))
            kept.append(c);
    }
    return kept;
}

// A web address as people write it: without its scheme, and without a closing slash.
QStringView withoutScheme(QStringView address)
{
    for (QLatin1String scheme : {QLatin1String("https://"), QLatin1String("http://")}) {
        if (address.startsWith(scheme))
            return address.mid(scheme.size());
    }
    return address;
}

} // namespace

QString addressToShow(const Span &span)
{
    if (span.link.isEmpty())
        return {};
    QString target = span.link;
    if (target.startsWith(QLatin1String("mailto:")) || target.startsWith(QLatin1String("tel:")))
        target = target.section(QLatin1Char(':'), 1);
    const QString text = span.text.trimmed();
    const bool sameNumber
        = span.link.startsWith(QLatin1String("tel:")) && dialled(text) == dialled(target);
    const QStringView bare = withoutScheme(target);
    const bool sameAddress
        = bare == text || (bare.endsWith(QLatin1Char('/')) && bare.chopped(1) == text);
    if (sameNumber || sameAddress || text == target || span.link == text)
        return {};
    return target;
}

} // namespace rd
