#include "releasewords.h"

#include <QMap>

namespace rd {

namespace {

// Each table was written from the conventions of that language's government and police
// releases, not word for word from the English: French status lines say « À diffuser
// immédiatement », Spanish ones "Para difusión inmediata", German ones "Sperrfrist"; te reo
// Māori uses "hukihuki" for a draft and "whārangi" for a page.
ReleaseWords english()
{
    ReleaseWords w;
    w.language = QStringLiteral("en");
    w.forImmediateRelease = QStringLiteral("FOR IMMEDIATE RELEASE");
    w.embargoedUntil = QStringLiteral("EMBARGOED UNTIL %1");
    w.embargoWithoutLiftTime = QStringLiteral("EMBARGOED (the lift time is not set)");
    w.notBefore = QStringLiteral("Not for publication or broadcast before %1 UTC, %2");
    w.embargoBanner = QStringLiteral("EMBARGOED UNTIL %1 (%2 UTC)");
    w.liftTime = QStringLiteral("%1 %2, %3");
    w.draft = QStringLiteral("DRAFT");
    w.draftNotice = QStringLiteral("DRAFT — not approved for release");
    w.reference = QStringLiteral("Reference %1");
    w.updates = QStringLiteral("Updates %1");
    w.notesToEditors = QStringLiteral("Notes to editors");
    w.mediaContacts = QStringLiteral("Media contacts");
    w.about = QStringLiteral("About %1");
    w.theAgency = QStringLiteral("the agency");
    w.issuedBy = QStringLiteral("Issued by %1");
    w.attached = QStringLiteral("Attached: ");
    w.onePage = QStringLiteral("1 page");
    w.pages = QStringLiteral("%1 pages");
    w.more = QStringLiteral("- more -");
    w.pageOf = QStringLiteral("Page %1 of %2");
    w.attachmentPage = QStringLiteral("Attachment: %1, page %2 of %3");
    w.attachment = QStringLiteral("Attachment: %1");
    w.agenciesAndPartners = QStringLiteral("%1 and %2 partners");
    w.ends = QStringLiteral("ENDS");
    w.releaseTypes = {QStringLiteral("Media release"), QStringLiteral("Joint statement"),
        QStringLiteral("Holding statement"), QStringLiteral("Update"),
        QStringLiteral("Appeal for information"), QStringLiteral("Media advisory")};
    return w;
}

ReleaseWords french()
{
    // French typography sets a narrow no-break space before ":" and inside « ».
    ReleaseWords w;
    w.language = QStringLiteral("fr");
    w.forImmediateRelease = QStringLiteral("À DIFFUSER IMMÉDIATEMENT");
    w.embargoedUntil = QStringLiteral("SOUS EMBARGO JUSQU’À %1");
    w.embargoWithoutLiftTime = QStringLiteral("SOUS EMBARGO (heure de levée non fixée)");
    w.notBefore = QStringLiteral("Ne pas publier ni diffuser avant %1 UTC, le %2");
    w.embargoBanner = QStringLiteral("SOUS EMBARGO JUSQU’À %1 (%2 UTC)");
    w.liftTime = QStringLiteral("%1 %2, le %3");
    w.draft = QStringLiteral("PROJET");
    w.draftNotice = QStringLiteral("PROJET — non approuvé pour diffusion");
    w.reference = QStringLiteral("Référence %1");
    w.updates = QStringLiteral("Mise à jour de %1");
    w.notesToEditors = QStringLiteral("Note aux rédactions");
    w.mediaContacts = QStringLiteral("Contacts presse");
    w.about = QStringLiteral("À propos de %1");
    w.theAgency = QStringLiteral("l’organisme");
    w.issuedBy = QStringLiteral("Publié par %1");
    w.attached = QStringLiteral("Pièces jointes\u202F: ");
    w.onePage = QStringLiteral("1 page");
    w.pages = QStringLiteral("%1 pages");
    w.more = QStringLiteral("- suite -");
    w.pageOf = QStringLiteral("Page %1 sur %2");
    w.attachmentPage = QStringLiteral("Pièce jointe\u202F: %1, page %2 sur %3");
    w.attachment = QStringLiteral("Pièce jointe\u202F: %1");
    w.agenciesAndPartners = QStringLiteral("%1 et %2 partenaires");
    w.ends = QStringLiteral("FIN");
    w.releaseTypes = {QStringLiteral("Communiqué de presse"), QStringLiteral("Déclaration commune"),
        QStringLiteral("Déclaration préliminaire"), QStringLiteral("Mise à jour"),
        QStringLiteral("Appel à témoins"), QStringLiteral("Avis aux médias")};
    return w;
}

ReleaseWords maori()
{
    ReleaseWords w;
    w.language = QStringLiteral("mi");
    w.forImmediateRelease = QStringLiteral("HEI TUKU INĀIANEI");
    w.embargoedUntil = QStringLiteral("KAUA E TUKU I MUA I TE %1");
    w.embargoWithoutLiftTime = QStringLiteral("KAUA E TUKU (kāore anō kia whakaritea te wā tuku)");
    w.notBefore = QStringLiteral("Kaua e whakaputa, e pāho rānei i mua i te %1 UTC, %2");
    w.embargoBanner = QStringLiteral("KAUA E TUKU I MUA I TE %1 (%2 UTC)");
    w.liftTime = QStringLiteral("%1 %2, %3");
    w.draft = QStringLiteral("HUKIHUKI");
    w.draftNotice = QStringLiteral("HUKIHUKI — kāore anō kia whakaaetia kia tukuna");
    w.reference = QStringLiteral("Tohutoro %1");
    w.updates = QStringLiteral("He whakahou i te %1");
    w.notesToEditors = QStringLiteral("He kōrero mā ngā ētita");
    w.mediaContacts = QStringLiteral("Hei whakapā mā te hunga pāpāho");
    w.about = QStringLiteral("Mō %1");
    w.theAgency = QStringLiteral("te tari");
    w.issuedBy = QStringLiteral("Nā %1 i tuku");
    w.attached = QStringLiteral("Kua tāpirihia: ");
    w.onePage = QStringLiteral("1 whārangi");
    w.pages = QStringLiteral("%1 whārangi");
    w.more = QStringLiteral("- ka haere tonu -");
    w.pageOf = QStringLiteral("Whārangi %1 o %2");
    w.attachmentPage = QStringLiteral("Tāpiritanga: %1, whārangi %2 o %3");
    w.attachment = QStringLiteral("Tāpiritanga: %1");
    w.agenciesAndPartners = QStringLiteral("%1 me ngā hoa e %2");
    w.ends = QStringLiteral("MUTU");
    w.releaseTypes = {QStringLiteral("Pānui pāpāho"), QStringLiteral("Tauākī ngātahi"),
        QStringLiteral("Tauākī taupua"), QStringLiteral("Whakahou"),
        QStringLiteral("Tono mōhiohio"), QStringLiteral("Whakamōhio pāpāho")};
    return w;
}

ReleaseWords spanish()
{
    ReleaseWords w;
    w.language = QStringLiteral("es");
    w.forImmediateRelease = QStringLiteral("PARA DIFUSIÓN INMEDIATA");
    w.embargoedUntil = QStringLiteral("EMBARGADO HASTA LAS %1");
    w.embargoWithoutLiftTime = QStringLiteral("EMBARGADO (sin hora de levantamiento)");
    w.notBefore = QStringLiteral("No publicar ni emitir antes de las %1 UTC del %2");
    w.embargoBanner = QStringLiteral("EMBARGADO HASTA LAS %1 (%2 UTC)");
    w.liftTime = QStringLiteral("%1 %2 del %3");
    w.draft = QStringLiteral("BORRADOR");
    w.draftNotice = QStringLiteral("BORRADOR — no aprobado para su difusión");
    w.reference = QStringLiteral("Referencia %1");
    w.updates = QStringLiteral("Actualiza %1");
    w.notesToEditors = QStringLiteral("Notas para la redacción");
    w.mediaContacts = QStringLiteral("Contactos de prensa");
    w.about = QStringLiteral("Acerca de %1");
    w.theAgency = QStringLiteral("el organismo");
    w.issuedBy = QStringLiteral("Difundido por %1");
    w.attached = QStringLiteral("Adjuntos: ");
    w.onePage = QStringLiteral("1 página");
    w.pages = QStringLiteral("%1 páginas");
    w.more = QStringLiteral("- sigue -");
    w.pageOf = QStringLiteral("Página %1 de %2");
    w.attachmentPage = QStringLiteral("Adjunto: %1, página %2 de %3");
    w.attachment = QStringLiteral("Adjunto: %1");
    w.agenciesAndPartners = QStringLiteral("%1 y %2 organismos más");
    w.ends = QStringLiteral("FIN");
    w.releaseTypes = {QStringLiteral("Nota de prensa"), QStringLiteral("Declaración conjunta"),
        QStringLiteral("Declaración provisional"), QStringLiteral("Actualización"),
        QStringLiteral("Llamamiento a la colaboración ciudadana"),
        QStringLiteral("Aviso a los medios")};
    return w;
}

ReleaseWords german()
{
    ReleaseWords w;
    w.language = QStringLiteral("de");
    w.forImmediateRelease = QStringLiteral("ZUR SOFORTIGEN VERÖFFENTLICHUNG");
    w.embargoedUntil = QStringLiteral("SPERRFRIST: %1");
    w.embargoWithoutLiftTime = QStringLiteral("SPERRFRIST (Zeitpunkt nicht festgelegt)");
    w.notBefore = QStringLiteral("Nicht vor %1 UTC am %2 veröffentlichen oder senden");
    w.embargoBanner = QStringLiteral("SPERRFRIST: %1 (%2 UTC)");
    w.liftTime = QStringLiteral("%1 %2, %3");
    w.draft = QStringLiteral("ENTWURF");
    w.draftNotice = QStringLiteral("ENTWURF — nicht zur Veröffentlichung freigegeben");
    w.reference = QStringLiteral("Aktenzeichen %1");
    w.updates = QStringLiteral("Aktualisiert %1");
    w.notesToEditors = QStringLiteral("Hinweise für Redaktionen");
    w.mediaContacts = QStringLiteral("Pressekontakt");
    w.about = QStringLiteral("Über %1");
    w.theAgency = QStringLiteral("die Behörde");
    w.issuedBy = QStringLiteral("Herausgegeben von %1");
    w.attached = QStringLiteral("Anlagen: ");
    w.onePage = QStringLiteral("1 Seite");
    w.pages = QStringLiteral("%1 Seiten");
    w.more = QStringLiteral("- Fortsetzung -");
    w.pageOf = QStringLiteral("Seite %1 von %2");
    w.attachmentPage = QStringLiteral("Anlage: %1, Seite %2 von %3");
    w.attachment = QStringLiteral("Anlage: %1");
    w.agenciesAndPartners = QStringLiteral("%1 und %2 Partner");
    w.ends = QStringLiteral("ENDE");
    w.releaseTypes = {QStringLiteral("Pressemitteilung"), QStringLiteral("Gemeinsame Erklärung"),
        QStringLiteral("Vorläufige Stellungnahme"), QStringLiteral("Aktualisierung"),
        QStringLiteral("Zeugenaufruf"), QStringLiteral("Presseeinladung")};
    return w;
}

const QMap<QString, ReleaseWords> &tables()
{
    static const QMap<QString, ReleaseWords> byLanguage {
        {QStringLiteral("en"), english()},
        {QStringLiteral("fr"), french()},
        {QStringLiteral("mi"), maori()},
        {QStringLiteral("es"), spanish()},
        {QStringLiteral("de"), german()},
    };
    return byLanguage;
}

} // namespace

QString ReleaseWords::endMarker(EndMarker marker) const
{
    return marker == EndMarker::Ends ? ends : endMarkerText(marker);
}

const ReleaseWords &releaseWords(const QString &language)
{
    const QString primary = language.section(QLatin1Char('-'), 0, 0).toLower();
    const auto it = tables().constFind(primary);
    return it != tables().constEnd() ? *it : *tables().constFind(QStringLiteral("en"));
}

QStringList languagesWithReleaseWords()
{
    return tables().keys();
}

} // namespace rd
