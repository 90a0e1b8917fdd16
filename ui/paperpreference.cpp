#include "paperpreference.h"

#include <QLocale>
#include <QSettings>

namespace rd {

namespace {

const char *paperKey = "output/paper";

} // namespace

std::optional<Paper> chosenPaper()
{
    return paperNamed(QSettings().value(QLatin1String(paperKey)).toString());
}

void setChosenPaper(std::optional<Paper> paper)
{
    QSettings settings;
    if (!paper)
        settings.remove(QLatin1String(paperKey));
    else
        settings.setValue(QLatin1String(paperKey),
            *paper == Paper::Letter ? QStringLiteral("letter") : QStringLiteral("a4"));
}

Paper preferredPaper()
{
    return chosenPaper().value_or(defaultPaper(QLocale()));
}

} // namespace rd
