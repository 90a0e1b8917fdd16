#include "checkcontext.h"

namespace rd {

namespace {

// "a death", "a death and an arrest", "a death, a victim and an arrest", in the language of the
// messages rather than of the release.
QString listed(const QStringList &items)
{
    if (items.size() < 2)
        return items.value(0);
    return CheckText::tr("%1 and %2")
        .arg(QStringList(items.mid(0, items.size() - 1)).join(CheckText::tr(", ")), items.last());
}

} // namespace

// Each safeguard a marked matter needs and nobody has confirmed is an error: approval waits for
// it, whatever the house style says.
void checkSensitiveContent(CheckContext &context)
{
    const Sensitivity &sensitivity = context.release.sensitivity;
    for (Safeguard safeguard : sensitivity.missingSafeguards()) {
        QStringList matters;
        for (SensitiveMatter matter : sensitivity.mattersNeeding(safeguard))
            matters.append(describe(matter));
        context.add(Finding::Severity::Error, QStringLiteral("sensitive.safeguard"),
            {Field::Sensitivity, {}},
            CheckText::tr("The release concerns %1: confirm \"%2\" before it is approved.")
                .arg(listed(matters), describe(safeguard)));
    }
}

} // namespace rd
