#include "longnames.h"

namespace rd::test {

QStringList longAgencyNames()
{
    return {
        QStringLiteral("Royal Canadian Mounted Police / Gendarmerie royale du Canada"),
        QStringLiteral("Australian Federal Police"),
        QStringLiteral("New Zealand Police / Ngā Pirihimana o Aotearoa"),
        QStringLiteral("National Crime Agency"),
        QStringLiteral("Federal Bureau of Investigation, United States Department of Justice"),
        QStringLiteral("Bundeskriminalamt (Federal Criminal Police Office of Germany)"),
        QStringLiteral("Direction centrale de la police judiciaire, Ministère de l'Intérieur et "
                       "des Outre-mer"),
        QStringLiteral("Guardia Civil — Unidad Central Operativa"),
        QStringLiteral("Politie — Landelijke Eenheid, Dienst Landelijke Recherche"),
        QStringLiteral("وزارة الداخلية (UAE Ministry of Interior)"),
        QStringLiteral("משטרת ישראל — Israel Police"),
        QStringLiteral("경찰청 국가수사본부 (Korean National Police Agency)"),
        QStringLiteral("警察庁 (National Police Agency of Japan)"),
        QStringLiteral("Europol — European Union Agency for Law Enforcement Cooperation"),
        QStringLiteral("INTERPOL Cybercrime Directorate"),
        QStringLiteral("Singapore Police Force"),
        QStringLiteral("Policía Nacional de Colombia — Dirección de Investigación Criminal e "
                       "INTERPOL"),
        QStringLiteral("Polícia Federal do Brasil"),
        QStringLiteral("Garda Síochána na hÉireann"),
        QStringLiteral("Police Scotland / Poileas Alba"),
        QStringLiteral("Rikspolisstyrelsen — Nationella operativa avdelningen"),
        QStringLiteral("Kantonspolizei Zürich"),
        QStringLiteral("South African Police Service — Directorate for Priority Crime "
                       "Investigation (Hawks)"),
        QStringLiteral("Fiji Police Force"),
    };
}

} // namespace rd::test
