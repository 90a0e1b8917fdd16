#include "filenames.h"

namespace rd {

QString safeFileName(const QString &name, const QString &fallback)
{
    QString safe;
    for (QChar c : name) {
        if (c.unicode() < 0x20 || c == QLatin1Char('/') || c == QLatin1Char('\\')
            || c == QLatin1Char(':'))
            safe += QLatin1Char('_');
        else
            safe += c;
    }
    while (safe.startsWith(QLatin1Char('.')))
        safe.remove(0, 1);
    safe = safe.trimmed();
    return safe.isEmpty() ? fallback : safe;
}

} // namespace rd
