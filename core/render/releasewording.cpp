#include "composedrelease.h"

#include <QCoreApplication>
#include <QLocale>

namespace rd {

QString releaseTypeName(ReleaseType type)
{
    switch (type) {
    case ReleaseType::MediaRelease:
        return QCoreApplication::translate("ReleaseComposer", "Media release");
    case ReleaseType::JointStatement:
        return QCoreApplication::translate("ReleaseComposer", "Joint statement");
    case ReleaseType::HoldingStatement:
        return QCoreApplication::translate("ReleaseComposer", "Holding statement");
    case ReleaseType::Update:
        return QCoreApplication::translate("ReleaseComposer", "Update");
    case ReleaseType::AppealForInformation:
        return QCoreApplication::translate("ReleaseComposer", "Appeal for information");
    case ReleaseType::MediaAdvisory:
        return QCoreApplication::translate("ReleaseComposer", "Media advisory");
    }
    return {};
}

QString datelineText(const Release &release)
{
    const QLocale locale = release.language.isEmpty() ? QLocale() : QLocale(release.language);
    QStringList dateline;
    if (const QString place = asSingleLine(release.dateline.place).trimmed(); !place.isEmpty())
        dateline.append(place);
    if (release.dateline.date.isValid())
        dateline.append(locale.toString(release.dateline.date, QLocale::LongFormat));
    return dateline.join(QStringLiteral(", "));
}

} // namespace rd
