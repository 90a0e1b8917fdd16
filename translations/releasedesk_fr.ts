<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AcknowledgementsCommand</name>
    <message>
        <source>Acknowledge warning</source>
        <translation>Laisser passer l&apos;avertissement</translation>
    </message>
    <message>
        <source>Withdraw acknowledgement</source>
        <translation>Retirer la justification</translation>
    </message>
</context>
<context>
    <name>AddVersionCommand</name>
    <message>
        <source>Save version</source>
        <translation>Enregistrer une version</translation>
    </message>
</context>
<context>
    <name>AgenciesSection</name>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose Style File…</source>
        <translation>Choisir une charte…</translation>
    </message>
    <message>
        <source>Use Default</source>
        <translation>Charte par défaut</translation>
    </message>
    <message>
        <source>The default house style</source>
        <translation>La charte rédactionnelle par défaut</translation>
    </message>
    <message>
        <source>Its own house style</source>
        <translation>Sa propre charte rédactionnelle</translation>
    </message>
    <message>
        <source>%1 (its own house style)</source>
        <translation>%1 (sa propre charte rédactionnelle)</translation>
    </message>
    <message>
        <source>Choose a house style</source>
        <translation>Choisir une charte rédactionnelle</translation>
    </message>
    <message>
        <source>House styles (*.json)</source>
        <translation>Chartes rédactionnelles (*.json)</translation>
    </message>
    <message>
        <source>Add from Profiles</source>
        <translation>Ajouter depuis les profils</translation>
    </message>
    <message>
        <source>No agency profiles are saved yet. Fill in an agency and choose “Save as Profile”, or copy a colleague&apos;s profile files into %1.</source>
        <translation>Aucun profil d&apos;organisme n&apos;est encore enregistré. Remplissez un organisme et choisissez « Enregistrer comme profil », ou copiez les fichiers de profil d&apos;un collègue dans %1.</translation>
    </message>
    <message>
        <source>Agencies to add (a joint statement takes several):</source>
        <translation>Organismes à ajouter (une déclaration commune en compte plusieurs) :</translation>
    </message>
    <message>
        <source>Add agencies from profiles</source>
        <translation>Ajouter des organismes depuis les profils</translation>
    </message>
    <message>
        <source>Agency %1 (no name yet)</source>
        <translation>Organisme %1 (pas encore de nom)</translation>
    </message>
    <message>
        <source>%1 — lead agency</source>
        <translation>%1 — organisme principal</translation>
    </message>
    <message>
        <source>Kestrel Bay Police</source>
        <translation>Police de Kestrel Bay</translation>
    </message>
    <message>
        <source>KBP</source>
        <translation>PKB</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>Nom &amp;court :</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web :</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>À &amp;propos :</translation>
    </message>
    <message>
        <source>House style:</source>
        <translation>Charte rédactionnelle :</translation>
    </message>
    <message>
        <source>Save as Profile</source>
        <translation>Enregistrer comme profil</translation>
    </message>
    <message>
        <source>Keep this agency, its logo, About paragraph and media contacts for later releases</source>
        <translation>Conserver cet organisme, son logo, son paragraphe de présentation et ses contacts presse pour les prochains communiqués</translation>
    </message>
    <message>
        <source>Add from Profiles…</source>
        <translation>Ajouter depuis les profils…</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1, %2, SHA-256 %3…</source>
        <translation>%1, %2, SHA-256 %3…</translation>
    </message>
    <message>
        <source>Full statement</source>
        <translation>Déclaration complète</translation>
    </message>
    <message>
        <source>Replace file…</source>
        <translation>Remplacer le fichier…</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Légende :</translation>
    </message>
    <message>
        <source>&amp;File name:</source>
        <translation>Nom du &amp;fichier :</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Contenu :</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Checks releases against the house style and the rules of a release, and prints what it finds as FILE:FIELD:LINE:COL: SEVERITY: MESSAGE [RULE-ID]. Exits 0 without errors, 1 with errors, 2 when a file or option cannot be read.</source>
        <translation>Vérifie des communiqués au regard de la charte rédactionnelle et des règles d&apos;un communiqué, et affiche ce qu&apos;il trouve sous la forme FICHIER:CHAMP:LIGNE:COL: GRAVITÉ: MESSAGE [RÈGLE]. Renvoie 0 sans erreur, 1 en cas d&apos;erreur, 2 lorsqu&apos;un fichier ou une option ne peut être lu.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Check against this house-style file (docs/house-style.md) instead of the style each release&apos;s lead agency carries.</source>
        <translation>Vérifier au regard de ce fichier de charte (docs/house-style.md) plutôt que de la charte de l&apos;organisme principal de chaque communiqué.</translation>
    </message>
    <message>
        <source>text (the default) or json.</source>
        <translation>text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Check as at this moment (ISO 8601 with a time zone, such as 2026-11-26T09:00+13:00) instead of now.</source>
        <translation>Vérifier à cet instant (ISO 8601 avec un fuseau horaire, par exemple 2026-11-26T09:00+13:00) plutôt que maintenant.</translation>
    </message>
    <message>
        <source>The .releasedesk projects.</source>
        <translation>Les projets .releasedesk.</translation>
    </message>
    <message>
        <source>name one or more .releasedesk files to check (see releasedesk check --help)</source>
        <translation>indiquez un ou plusieurs fichiers .releasedesk à vérifier (voir releasedesk check --help)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an output format (text or json)</source>
        <translation>« %1 » n&apos;est pas un format de sortie (text ou json)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a moment with a time zone, such as 2026-11-26T09:00+13:00</source>
        <translation>« %1 » n&apos;est pas un instant avec un fuseau horaire, comme 2026-11-26T09:00+13:00</translation>
    </message>
    <message>
        <source>STYLE.json</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>CHARTE.json</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>TIME</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>INSTANT</translation>
    </message>
    <message>
        <source>FILE...</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>FICHIER...</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>• %1 — let stand by %2: %3</source>
        <translation>• %1 — laissé tel quel par %2 : %3</translation>
    </message>
    <message>
        <source>An error cannot be acknowledged: fix it before approval.</source>
        <translation>Une erreur ne peut pas être laissée telle quelle : corrigez-la avant l&apos;approbation.</translation>
    </message>
    <message>
        <source>Advice needs no acknowledgement.</source>
        <translation>Un conseil n&apos;a pas besoin d&apos;être justifié.</translation>
    </message>
    <message>
        <source>Say why the warning may stand: the approver reads it.</source>
        <translation>Dites pourquoi l&apos;avertissement peut rester : l&apos;approbateur le lira.</translation>
    </message>
    <message>
        <source>Give your name: the approver sees who let the warning stand.</source>
        <translation>Indiquez votre nom : l&apos;approbateur verra qui a laissé passer l&apos;avertissement.</translation>
    </message>
    <message>
        <source>“%1” is used before it is spelled out; spell it out here, at its first use.</source>
        <translation>« %1 » est employé avant d&apos;être développé ; développez-le ici, à sa première occurrence.</translation>
    </message>
    <message>
        <source>Spell out “%1” at its first use, as in “Full Name (%1)”, or add it to the house style&apos;s acronyms that need no explaining.</source>
        <translation>Développez « %1 » à sa première occurrence, par exemple « Nom complet (%1) », ou ajoutez-le aux sigles de la charte qui se passent d&apos;explication.</translation>
    </message>
    <message>
        <source>… and %1 more in the checklist.</source>
        <translation>… et %1 de plus dans la liste de vérification.</translation>
    </message>
    <message>
        <source>The release cannot be approved while it has errors. Fix these first:
%1</source>
        <translation>Le communiqué ne peut être approuvé tant qu&apos;il comporte des erreurs. Corrigez d&apos;abord :
%1</translation>
    </message>
    <message>
        <source>The text says “%1”, but nothing is attached: attach the file or change the text.</source>
        <translation>Le texte mentionne « %1 », mais rien n&apos;est joint : joignez le fichier ou modifiez le texte.</translation>
    </message>
    <message>
        <source>The text mentions an attached picture, but no image is attached.</source>
        <translation>Le texte mentionne une photo jointe, mais aucune image n&apos;est jointe.</translation>
    </message>
    <message>
        <source>The text mentions an attached video, but no video is attached.</source>
        <translation>Le texte mentionne une vidéo jointe, mais aucune vidéo n&apos;est jointe.</translation>
    </message>
    <message>
        <source>Give %1 a caption, which says what it is to those who cannot open or see it.</source>
        <translation>Donnez une légende à %1 : elle dit ce qu&apos;il est à ceux qui ne peuvent ni l&apos;ouvrir ni le voir.</translation>
    </message>
    <message>
        <source>a required part of the release is empty</source>
        <translation>une partie obligatoire du communiqué est vide</translation>
    </message>
    <message>
        <source>a template&apos;s prompt in [square brackets] is left</source>
        <translation>une invite de modèle [entre crochets] est restée</translation>
    </message>
    <message>
        <source>the headline is over the house limit</source>
        <translation>le titre dépasse la limite de la charte</translation>
    </message>
    <message>
        <source>the headline ends with a full stop</source>
        <translation>le titre se termine par un point</translation>
    </message>
    <message>
        <source>the headline is in capitals</source>
        <translation>le titre est en capitales</translation>
    </message>
    <message>
        <source>the first paragraph is over the house limit</source>
        <translation>le premier paragraphe dépasse la limite de la charte</translation>
    </message>
    <message>
        <source>the first paragraph does not say who and what</source>
        <translation>le premier paragraphe ne dit pas qui et quoi</translation>
    </message>
    <message>
        <source>an acronym is used before it is spelled out</source>
        <translation>un sigle est employé avant d&apos;être développé</translation>
    </message>
    <message>
        <source>a quote has no speaker</source>
        <translation>une citation n&apos;a pas d&apos;orateur</translation>
    </message>
    <message>
        <source>a quote&apos;s speaker has no title</source>
        <translation>l&apos;orateur d&apos;une citation n&apos;a pas de titre</translation>
    </message>
    <message>
        <source>a joint statement&apos;s quote does not say which agency its speaker speaks for</source>
        <translation>la citation d&apos;une déclaration commune ne dit pas pour quel organisme parle l&apos;orateur</translation>
    </message>
    <message>
        <source>quotation marks do not balance</source>
        <translation>les guillemets ne sont pas appariés</translation>
    </message>
    <message>
        <source>a quote is over the house limit</source>
        <translation>une citation dépasse la limite de la charte</translation>
    </message>
    <message>
        <source>an embargo has no complete lift time and zone</source>
        <translation>un embargo n&apos;a pas d&apos;heure de levée ni de fuseau complets</translation>
    </message>
    <message>
        <source>the embargo has already lifted</source>
        <translation>l&apos;embargo est déjà levé</translation>
    </message>
    <message>
        <source>the lift time is skipped or repeated by a daylight-saving change</source>
        <translation>l&apos;heure de levée est sautée ou répétée par un changement d&apos;heure</translation>
    </message>
    <message>
        <source>the text and the embargo status disagree</source>
        <translation>le texte et le statut d&apos;embargo se contredisent</translation>
    </message>
    <message>
        <source>the text mentions an attachment the release does not have</source>
        <translation>le texte mentionne une pièce jointe que le communiqué n&apos;a pas</translation>
    </message>
    <message>
        <source>an attachment has no caption</source>
        <translation>une pièce jointe n&apos;a pas de légende</translation>
    </message>
    <message>
        <source>a media contact has no phone number or e-mail address</source>
        <translation>un contact presse n&apos;a ni numéro de téléphone ni adresse e-mail</translation>
    </message>
    <message>
        <source>an e-mail address is malformed</source>
        <translation>une adresse e-mail est mal formée</translation>
    </message>
    <message>
        <source>a phone number is not a number of its country</source>
        <translation>un numéro de téléphone n&apos;est pas un numéro de son pays</translation>
    </message>
    <message>
        <source>the dateline&apos;s date is far from the day of checking</source>
        <translation>la date du lieu et date est éloignée du jour de la vérification</translation>
    </message>
    <message>
        <source>&quot;today&quot;, &quot;yesterday&quot; and the like in a dated release</source>
        <translation>« aujourd&apos;hui », « hier » et autres dans un communiqué daté</translation>
    </message>
    <message>
        <source>a weekday does not match its date</source>
        <translation>un jour de la semaine ne correspond pas à sa date</translation>
    </message>
    <message>
        <source>a link is not an absolute http(s), mailto or tel address</source>
        <translation>un lien n&apos;est pas une adresse http(s), mailto ou tel absolue</translation>
    </message>
    <message>
        <source>a link points into an internal network</source>
        <translation>un lien pointe vers un réseau interne</translation>
    </message>
    <message>
        <source>the statement reads harder than the house target</source>
        <translation>la déclaration est moins lisible que l&apos;objectif de la charte</translation>
    </message>
    <message>
        <source>sentences are longer on average than the house target</source>
        <translation>les phrases sont en moyenne plus longues que l&apos;objectif de la charte</translation>
    </message>
    <message>
        <source>a sentence is over the house limit</source>
        <translation>une phrase dépasse la limite de la charte</translation>
    </message>
    <message>
        <source>a word the house style replaces</source>
        <translation>un mot que la charte remplace</translation>
    </message>
    <message>
        <source>a word the house style bans</source>
        <translation>un mot que la charte proscrit</translation>
    </message>
    <message>
        <source>a date written in the other order</source>
        <translation>une date écrite dans l&apos;autre ordre</translation>
    </message>
    <message>
        <source>a small number written in figures</source>
        <translation>un petit nombre écrit en chiffres</translation>
    </message>
    <message>
        <source>a sensitive matter&apos;s safeguard is not confirmed</source>
        <translation>une précaution liée à un sujet sensible n&apos;est pas confirmée</translation>
    </message>
    <message>
        <source>the text speaks of a sensitive matter the release is not marked as concerning</source>
        <translation>le texte évoque un sujet sensible pour lequel le communiqué n&apos;est pas signalé</translation>
    </message>
    <message>
        <source>Media contact %1</source>
        <translation>Contact presse %1</translation>
    </message>
    <message>
        <source>Give %1 a phone number or an e-mail address, so that reporters can reach them.</source>
        <translation>Donnez à %1 un numéro de téléphone ou une adresse e-mail, pour que les journalistes puissent le joindre.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: check it for spaces, a missing @ or a missing domain.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail : vérifiez les espaces, un @ manquant ou un domaine manquant.</translation>
    </message>
    <message>
        <source>“%1” has no phone number in it.</source>
        <translation>« %1 » ne contient aucun numéro de téléphone.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number that can be dialled; write it with its country code, such as +64.</source>
        <translation>« %1 » n&apos;est pas un numéro de téléphone composable ; écrivez-le avec son indicatif de pays, par exemple +33.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number of %2: check its digits, or write it with its country code (+%3 for %2).</source>
        <translation>« %1 » n&apos;est pas un numéro de téléphone de %2 : vérifiez ses chiffres, ou écrivez-le avec son indicatif de pays (+%3 pour %2).</translation>
    </message>
    <message>
        <source>“%1” will be wrong when the embargo lifts or the release is read later: give the weekday and date.</source>
        <translation>« %1 » sera faux à la levée de l&apos;embargo ou si le communiqué est lu plus tard : indiquez le jour et la date.</translation>
    </message>
    <message>
        <source>“%1” is wrong as soon as the release is read on another day: give the weekday and date.</source>
        <translation>« %1 » devient faux dès que le communiqué est lu un autre jour : indiquez le jour et la date.</translation>
    </message>
    <message>
        <source>Give the date and time the embargo lifts.</source>
        <translation>Indiquez la date et l&apos;heure de levée de l&apos;embargo.</translation>
    </message>
    <message>
        <source>Give the embargo&apos;s time zone: a lift time without one means different moments to different newsrooms.</source>
        <translation>Indiquez le fuseau horaire de l&apos;embargo : sans fuseau, une heure de levée désigne des instants différents selon les rédactions.</translation>
    </message>
    <message>
        <source>%1 does not happen on %2 in %3: the clocks go forward over it. Choose another time.</source>
        <translation>%1 n&apos;existe pas le %2 en %3 : on avance les horloges à ce moment-là. Choisissez une autre heure.</translation>
    </message>
    <message>
        <source>%1 happens twice on %2 in %3: the clocks go back over it. Choose another time, so that nobody publishes an hour early.</source>
        <translation>%1 a lieu deux fois le %2 en %3 : on recule les horloges à ce moment-là. Choisissez une autre heure, pour que personne ne publie une heure trop tôt.</translation>
    </message>
    <message>
        <source>The embargo lifted at %1, before now: move it to the future, or release the statement for immediate release.</source>
        <translation>L&apos;embargo a été levé à %1, avant maintenant : reportez-le à plus tard, ou diffusez la déclaration immédiatement.</translation>
    </message>
    <message>
        <source>The release is embargoed, but the text says “%1”.</source>
        <translation>Le communiqué est sous embargo, mais le texte dit « %1 ».</translation>
    </message>
    <message>
        <source>The text says “%1”, but the release is for immediate release: set the embargo, or take the words out.</source>
        <translation>Le texte dit « %1 », mais le communiqué est à diffuser immédiatement : fixez l&apos;embargo, ou retirez ces mots.</translation>
    </message>
    <message>
        <source>Take the full stop off the end of the headline.</source>
        <translation>Retirez le point à la fin du titre.</translation>
    </message>
    <message>
        <source>The headline is in capitals; write it in sentence case, which reads faster and is not shouted.</source>
        <translation>Le titre est en capitales ; écrivez-le en minuscules avec une majuscule initiale, ce qui se lit plus vite et ne crie pas.</translation>
    </message>
    <message>
        <source>The first paragraph should say who did what: name the agency, person or group, and what happened, in a full sentence.</source>
        <translation>Le premier paragraphe doit dire qui a fait quoi : nommez l&apos;organisme, la personne ou le groupe, et ce qui s&apos;est passé, en une phrase complète.</translation>
    </message>
    <message>
        <source>“%1” is on the agency&apos;s own network, which readers cannot reach: link to the public address.</source>
        <translation>« %1 » se trouve sur le réseau interne de l&apos;organisme, inaccessible aux lecteurs : mettez un lien vers l&apos;adresse publique.</translation>
    </message>
    <message>
        <source>“%1” is not a web address readers can open: use a full https://, mailto: or tel: address.</source>
        <translation>« %1 » n&apos;est pas une adresse web que les lecteurs peuvent ouvrir : utilisez une adresse https://, mailto: ou tel: complète.</translation>
    </message>
    <message>
        <source>Write numbers below %1 in words: “%2”.</source>
        <translation>Écrivez les nombres inférieurs à %1 en lettres : « %2 ».</translation>
    </message>
    <message>
        <source>The house writes the day before the month: “%1”.</source>
        <translation>La charte place le jour avant le mois : « %1 ».</translation>
    </message>
    <message>
        <source>The house writes the month before the day: “%1”.</source>
        <translation>La charte place le mois avant le jour : « %1 ».</translation>
    </message>
    <message>
        <source>Quote %1 has no speaker; name who said it, since a quote is never anonymous.</source>
        <translation>La citation %1 n&apos;a pas d&apos;orateur ; nommez qui l&apos;a prononcée, car une citation n&apos;est jamais anonyme.</translation>
    </message>
    <message>
        <source>Give %1&apos;s title or role, so that readers know why they speak.</source>
        <translation>Indiquez le titre ou la fonction de %1, pour que les lecteurs sachent pourquoi cette personne s&apos;exprime.</translation>
    </message>
    <message>
        <source>Quote %1&apos;s agency is not one of this release&apos;s agencies; choose one that is.</source>
        <translation>L&apos;organisme de la citation %1 ne fait pas partie des organismes de ce communiqué ; choisissez-en un qui en fait partie.</translation>
    </message>
    <message>
        <source>Say which agency %1 speaks for: this release has %2.</source>
        <translation>Dites pour quel organisme parle %1 : ce communiqué en compte %2.</translation>
    </message>
    <message>
        <source>This quotation mark has no partner: close or open the quotation.</source>
        <translation>Ce guillemet n&apos;a pas de pendant : fermez ou ouvrez la citation.</translation>
    </message>
    <message>
        <source>The statement&apos;s reading ease is %1; the house target is at least %2. Use shorter sentences and everyday words.</source>
        <translation>La facilité de lecture de la déclaration est de %1 ; l&apos;objectif de la charte est d&apos;au moins %2. Employez des phrases plus courtes et des mots courants.</translation>
    </message>
    <message>
        <source>The statement&apos;s sentences average %1 words; the house target is at most %2.</source>
        <translation>Les phrases de la déclaration comptent en moyenne %1 mots ; l&apos;objectif de la charte est d&apos;au plus %2.</translation>
    </message>
    <message>
        <source>Add the issuing agency.</source>
        <translation>Ajoutez l&apos;organisme émetteur.</translation>
    </message>
    <message>
        <source>Agency %1 has no name.</source>
        <translation>L&apos;organisme %1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>Choose the document language.</source>
        <translation>Choisissez la langue du document.</translation>
    </message>
    <message>
        <source>Write the headline.</source>
        <translation>Rédigez le titre.</translation>
    </message>
    <message>
        <source>Give the dateline&apos;s place.</source>
        <translation>Indiquez le lieu du chapeau daté.</translation>
    </message>
    <message>
        <source>Give the dateline&apos;s date.</source>
        <translation>Indiquez la date du chapeau daté.</translation>
    </message>
    <message>
        <source>Write the statement.</source>
        <translation>Rédigez la déclaration.</translation>
    </message>
    <message>
        <source>Quote %1 is empty: write it or remove it.</source>
        <translation>La citation %1 est vide : rédigez-la ou supprimez-la.</translation>
    </message>
    <message>
        <source>Add a media contact; distributors refuse releases without one.</source>
        <translation>Ajoutez un contact presse ; les diffuseurs refusent les communiqués qui n&apos;en ont pas.</translation>
    </message>
    <message>
        <source>Media contact %1 has no name.</source>
        <translation>Le contact presse %1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>Name the media unit in the “Issued by” line.</source>
        <translation>Nommez le service de presse dans la ligne « Publié par ».</translation>
    </message>
    <message>
        <source>Replace the template&apos;s prompt %1 with the real text.</source>
        <translation>Remplacez l&apos;invite de modèle %1 par le vrai texte.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The release concerns %1: confirm &quot;%2&quot; before it is approved.</source>
        <translation>Le communiqué concerne %1 : confirmez « %2 » avant son approbation.</translation>
    </message>
    <message>
        <source>This speaks of %1 (&quot;%2&quot;): mark the release as concerning %1 on the Review &amp; Export step, so that its safeguards are confirmed before approval.</source>
        <translation>Ce passage évoque %1 (« %2 ») : signalez que le communiqué concerne %1 à l&apos;étape Relecture et export, pour que ses précautions soient confirmées avant l&apos;approbation.</translation>
    </message>
    <message>
        <source>Write “%1” rather than “%2”.</source>
        <translation>Écrivez « %1 » plutôt que « %2 ».</translation>
    </message>
    <message>
        <source>The house style does not use “%1”: rephrase it.</source>
        <translation>La charte n&apos;emploie pas « %1 » : reformulez.</translation>
    </message>
    <message>
        <source>“%1”: there is no such date.</source>
        <translation>« %1 » : cette date n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1”: that date is a %2.</source>
        <translation>« %1 » : cette date tombe un %2.</translation>
    </message>
    <message numerus="yes">
        <source>The dateline is %n days ago; give the day the release goes out.</source>
        <translation>
            <numerusform>Le chapeau daté remonte à %n jour ; indiquez le jour de diffusion du communiqué.</numerusform>
            <numerusform>Le chapeau daté remonte à %n jours ; indiquez le jour de diffusion du communiqué.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dateline is %n days ahead; give the day the release goes out.</source>
        <translation>
            <numerusform>Le chapeau daté est %n jour en avance ; indiquez le jour de diffusion du communiqué.</numerusform>
            <numerusform>Le chapeau daté est %n jours en avance ; indiquez le jour de diffusion du communiqué.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The headline has %n words; the house limit is %1. Keep what a reader must know and move the rest into the first paragraph.</source>
        <translation>
            <numerusform>Le titre compte %n mot ; la limite de la charte est %1. Gardez ce que le lecteur doit savoir et renvoyez le reste au premier paragraphe.</numerusform>
            <numerusform>Le titre compte %n mots ; la limite de la charte est %1. Gardez ce que le lecteur doit savoir et renvoyez le reste au premier paragraphe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The headline has %n characters; the house limit is %1, so that it fits news wires and search results.</source>
        <translation>
            <numerusform>Le titre compte %n caractère ; la limite de la charte est %1, pour tenir dans les fils d&apos;agence et les résultats de recherche.</numerusform>
            <numerusform>Le titre compte %n caractères ; la limite de la charte est %1, pour tenir dans les fils d&apos;agence et les résultats de recherche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first paragraph has %n words; the house limit is %1. Say who did what, where and when, and leave the detail to the next paragraphs.</source>
        <translation>
            <numerusform>Le premier paragraphe compte %n mot ; la limite de la charte est %1. Dites qui a fait quoi, où et quand, et gardez les détails pour les paragraphes suivants.</numerusform>
            <numerusform>Le premier paragraphe compte %n mots ; la limite de la charte est %1. Dites qui a fait quoi, où et quand, et gardez les détails pour les paragraphes suivants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quote %1 has %n words; the house limit is %2. Keep the words that only this speaker could say, and give the facts in the statement.</source>
        <translation>
            <numerusform>La citation %1 compte %n mot ; la limite de la charte est %2. Gardez les mots que seul cet orateur pouvait dire, et donnez les faits dans la déclaration.</numerusform>
            <numerusform>La citation %1 compte %n mots ; la limite de la charte est %2. Gardez les mots que seul cet orateur pouvait dire, et donnez les faits dans la déclaration.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This sentence has %n words; the house limit is %1. Split it.</source>
        <translation>
            <numerusform>Cette phrase compte %n mot ; la limite de la charte est %1. Coupez-la.</numerusform>
            <numerusform>Cette phrase compte %n mots ; la limite de la charte est %1. Coupez-la.</numerusform>
        </translation>
    </message>
    <message>
        <source>a field of a bilingual release has no second language version</source>
        <translation>un champ d’un communiqué bilingue n’a pas de version dans la seconde langue</translation>
    </message>
    <message>
        <source>a field was changed after its second language version was written</source>
        <translation>un champ a été modifié après la rédaction de sa version dans la seconde langue</translation>
    </message>
    <message>
        <source>The %1 has no %2 version yet.</source>
        <translation>Le champ « %1 » n’a pas encore de version en %2.</translation>
    </message>
    <message>
        <source>The %1 was changed after its %2 version was written: bring the translation up to date.</source>
        <translation>Le champ « %1 » a été modifié après la rédaction de sa version en %2 : mettez la traduction à jour.</translation>
    </message>
    <message>
        <source>a field holds a control character or a direction override, which no export carries</source>
        <translation>un champ contient un caractère de contrôle ou un forçage de direction, qu’aucun export ne reprend</translation>
    </message>
    <message>
        <source>This holds a character that no export carries (a control character, a direction override or a noncharacter, often from a paste): it is left out of the release. Retype the text around it if anything looks wrong.</source>
        <translation>Ce champ contient un caractère qu’aucun export ne reprend (un caractère de contrôle, un forçage de direction ou un non-caractère, souvent venu d’un collage) : il est omis du communiqué. Retapez le texte autour s’il semble erroné.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Commands (run without a display):</source>
        <translation>Commandes (sans affichage) :</translation>
    </message>
    <message>
        <source>Run &apos;releasedesk COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Lancez « releasedesk COMMANDE --help » pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Release Desk: draft, review and export media releases and joint statements.</source>
        <translation>Release Desk : rédiger, relire et exporter communiqués de presse et déclarations communes.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Open FILE as a new, untitled release: FILE itself is never written, and saving asks where (for the example release and files on read-only media).</source>
        <translation>Ouvrir FICHIER comme un nouveau communiqué sans titre : FICHIER n&apos;est jamais modifié, et l&apos;enregistrement demande où (pour le communiqué d&apos;exemple et les fichiers sur support en lecture seule).</translation>
    </message>
    <message>
        <source>A .releasedesk project to open in the editor.</source>
        <translation>Un projet .releasedesk à ouvrir dans l&apos;éditeur.</translation>
    </message>
    <message>
        <source>releasedesk: %1 (see releasedesk --help)</source>
        <translation>releasedesk : %1 (voir releasedesk --help)</translation>
    </message>
    <message>
        <source>releasedesk: one file at a time, please (got %1)</source>
        <translation>releasedesk : un fichier à la fois, s&apos;il vous plaît (reçu %1)</translation>
    </message>
    <message>
        <source>releasedesk: --as-new needs a FILE (see releasedesk --help)</source>
        <translation>releasedesk : --as-new exige un FICHIER (voir releasedesk --help)</translation>
    </message>
    <message>
        <source>Export a release as PDF, PDF/A, DOCX, ODT, HTML, Markdown, text or a media kit</source>
        <translation>Exporter un communiqué en PDF, PDF/A, DOCX, ODT, HTML, Markdown, texte ou dossier de presse</translation>
    </message>
    <message>
        <source>Check releases against the house style and print what is found</source>
        <translation>Vérifier des communiqués au regard de la charte rédactionnelle et afficher ce qui est trouvé</translation>
    </message>
    <message>
        <source>FILE</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>[FICHIER]</translation>
    </message>
    <message>
        <source>Compare two versions of a release and print what changed, field by field</source>
        <translation>Comparer deux versions d&apos;un communiqué et afficher ce qui a changé, champ par champ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a paper size (a4 or letter)</source>
        <translation>« %1 » n&apos;est pas un format de papier (a4 ou letter)</translation>
    </message>
</context>
<context>
    <name>CommentsCommand</name>
    <message>
        <source>Add comment</source>
        <translation>Ajouter un commentaire</translation>
    </message>
    <message>
        <source>Reply to comment</source>
        <translation>Répondre au commentaire</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>Résoudre le commentaire</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>Rouvrir le commentaire</translation>
    </message>
    <message>
        <source>Remove comment</source>
        <translation>Supprimer le commentaire</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>Compares two versions of a release and prints one line for each changed field, paragraph or item, with the words removed and added. Exits 0 when the contents are the same, 1 when they differ, 2 when a file cannot be read.</source>
        <translation>Compare deux versions d&apos;un communiqué et affiche une ligne par champ, paragraphe ou élément modifié, avec les mots retirés et ajoutés. Renvoie 0 lorsque les contenus sont identiques, 1 lorsqu&apos;ils diffèrent, 2 lorsqu&apos;un fichier ne peut être lu.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>The earlier version.</source>
        <translation>La version antérieure.</translation>
    </message>
    <message>
        <source>OLD.releasedesk</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>ANCIEN.releasedesk</translation>
    </message>
    <message>
        <source>The later version.</source>
        <translation>La version ultérieure.</translation>
    </message>
    <message>
        <source>NEW.releasedesk</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>NOUVEAU.releasedesk</translation>
    </message>
    <message>
        <source>name two .releasedesk files, the earlier version first (see releasedesk compare --help)</source>
        <translation>indiquez deux fichiers .releasedesk, la version antérieure en premier (voir releasedesk compare --help)</translation>
    </message>
    <message>
        <source>Also write the changes to FILE: a redline PDF (the later version with insertions underlined and deletions struck through) for .pdf, the list of changes for .txt.</source>
        <translation>Écrire aussi les modifications dans FICHIER : une version annotée en PDF (la version la plus récente, ajouts soulignés et suppressions barrées) pour .pdf, la liste des modifications pour .txt.</translation>
    </message>
    <message>
        <source>FILE</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>a4 or letter, for the redline (default: the locale&apos;s paper).</source>
        <translation>a4 ou letter, pour la version annotée (par défaut : le papier du paramètre régional).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>%1: the redline is a .pdf file, the list of changes a .txt file</source>
        <translation>%1 : la version annotée est un fichier .pdf, la liste des modifications un fichier .txt</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>removed %1</source>
        <translation>retiré %1</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>ajouté %1</translation>
    </message>
    <message>
        <source>formatting changed</source>
        <translation>mise en forme modifiée</translation>
    </message>
    <message>
        <source>spacing changed</source>
        <translation>espacement modifié</translation>
    </message>
    <message>
        <source>%1: added: %2</source>
        <translation>%1 : ajouté : %2</translation>
    </message>
    <message>
        <source>%1: removed: %2</source>
        <translation>%1 : retiré : %2</translation>
    </message>
    <message>
        <source>%1: moved from %2; formatting changed</source>
        <translation>%1 : déplacé depuis %2 ; mise en forme modifiée</translation>
    </message>
    <message>
        <source>%1: moved from %2</source>
        <translation>%1 : déplacé depuis %2</translation>
    </message>
    <message>
        <source>%1: changed: %2</source>
        <translation>%1 : modifié : %2</translation>
    </message>
    <message>
        <source>%1: changed: was %2; now %3</source>
        <translation>%1 : modifié : avant %2 ; désormais %3</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation>%1, SHA-256 %2</translation>
    </message>
    <message>
        <source>not embargoed</source>
        <translation>sans embargo</translation>
    </message>
    <message>
        <source>embargoed until %1 %2 (%3)</source>
        <translation>sous embargo jusqu&apos;au %1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 confirmed by %2</source>
        <translation>%1 confirmé par %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>side by side</source>
        <translation>côte à côte</translation>
    </message>
    <message>
        <source>one after the other</source>
        <translation>l&apos;une après l&apos;autre</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>aucun logo</translation>
    </message>
    <message>
        <source>the default house style</source>
        <translation>la charte rédactionnelle par défaut</translation>
    </message>
    <message>
        <source>after paragraph %1</source>
        <translation>après le paragraphe %1</translation>
    </message>
    <message>
        <source>after the statement</source>
        <translation>après la déclaration</translation>
    </message>
    <message>
        <source>no agency</source>
        <translation>aucun organisme</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Media contacts</source>
        <translation>Contacts presse</translation>
    </message>
    <message>
        <source>After the statement</source>
        <translation>Après la déclaration</translation>
    </message>
    <message>
        <source>ENDS (UK, New Zealand, Australia)</source>
        <translation>ENDS (Royaume-Uni, Nouvelle-Zélande, Australie)</translation>
    </message>
    <message>
        <source>### (United States)</source>
        <translation>### (États-Unis)</translation>
    </message>
    <message>
        <source>-30- (North America, traditional)</source>
        <translation>-30- (Amérique du Nord, traditionnel)</translation>
    </message>
    <message>
        <source>The media unit, such as Kestrel Bay Police Media Centre</source>
        <translation>Le service de presse, par exemple le Centre médias de la police de Kestrel Bay</translation>
    </message>
    <message>
        <source>Background for journalists, below the end marker.</source>
        <translation>Contexte pour les journalistes, sous la marque de fin.</translation>
    </message>
    <message>
        <source>&amp;End marker:</source>
        <translation>Marque de &amp;fin :</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Publié par :</translation>
    </message>
    <message>
        <source>&amp;Notes to editors:</source>
        <translation>&amp;Notes aux rédactions :</translation>
    </message>
</context>
<context>
    <name>ContentCommand</name>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Restaurer la version</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>Release Desk projects (*.%1)</source>
        <translation>Projets Release Desk (*.%1)</translation>
    </message>
    <message>
        <source>Default House Style</source>
        <translation>Charte rédactionnelle par défaut</translation>
    </message>
    <message>
        <source>%1

The new release is checked against the built-in style until its lead agency is given one. File ▸ Preferences chooses the default style.</source>
        <translation>%1

Le nouveau communiqué est vérifié selon la charte intégrée jusqu’à ce que son organisme principal en reçoive une. Fichier ▸ Préférences choisit la charte par défaut.</translation>
    </message>
</context>
<context>
    <name>DocumentLanguages</name>
    <message>
        <source>English (New Zealand)</source>
        <translation>Anglais (Nouvelle-Zélande)</translation>
    </message>
    <message>
        <source>English (Australia)</source>
        <translation>Anglais (Australie)</translation>
    </message>
    <message>
        <source>English (United Kingdom)</source>
        <translation>Anglais (Royaume-Uni)</translation>
    </message>
    <message>
        <source>English (Ireland)</source>
        <translation>Anglais (Irlande)</translation>
    </message>
    <message>
        <source>English (United States)</source>
        <translation>Anglais (États-Unis)</translation>
    </message>
    <message>
        <source>English (Canada)</source>
        <translation>Anglais (Canada)</translation>
    </message>
    <message>
        <source>te reo Māori (Aotearoa New Zealand)</source>
        <translation>maori (Aotearoa Nouvelle-Zélande)</translation>
    </message>
    <message>
        <source>French (France)</source>
        <translation>Français (France)</translation>
    </message>
    <message>
        <source>French (Canada)</source>
        <translation>Français (Canada)</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation>Espagnol (Espagne)</translation>
    </message>
    <message>
        <source>German (Germany)</source>
        <translation>Allemand (Allemagne)</translation>
    </message>
    <message>
        <source>Arabic (United Arab Emirates)</source>
        <translation>Arabe (Émirats arabes unis)</translation>
    </message>
    <message>
        <source>Hebrew (Israel)</source>
        <translation>Hébreu (Israël)</translation>
    </message>
    <message>
        <source>Korean (South Korea)</source>
        <translation>Coréen (Corée du Sud)</translation>
    </message>
    <message>
        <source>%1 (%2, no region)</source>
        <translation>%1 (%2, sans région)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>te reo Māori</source>
        <translation>te reo maori</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>hébreu</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>coréen</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Exports a release without a display. The format follows OUT&apos;s extension (.pdf, .docx, .odt, .html, .md, .txt; a name without one, or .zip, makes a media kit) unless --format says otherwise.</source>
        <translation>Exporte un communiqué sans affichage. Le format suit l&apos;extension de SORTIE (.pdf, .docx, .odt, .html, .md, .txt ; un nom sans extension, ou .zip, donne un dossier de presse) sauf si --format en décide autrement.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>The file (or media kit folder) to write.</source>
        <translation>Le fichier (ou le dossier de presse) à écrire.</translation>
    </message>
    <message>
        <source>pdf, pdfa, docx, odt, html, md, txt or kit.</source>
        <translation>pdf, pdfa, docx, odt, html, md, txt ou kit.</translation>
    </message>
    <message>
        <source>a4 or letter (default: the locale&apos;s paper).</source>
        <translation>a4 ou letter (par défaut : le papier des paramètres régionaux).</translation>
    </message>
    <message>
        <source>Append attached PDFs as pages and attached images as figures after the release (PDF only).</source>
        <translation>Ajouter après le communiqué les PDF joints en pages et les images jointes en figures (PDF uniquement).</translation>
    </message>
    <message>
        <source>Who issues an approved release, as the project&apos;s issue log records it (default: your user name). Exporting an approved release records the issue in the project.</source>
        <translation>Qui publie un communiqué approuvé, tel que le journal des diffusions du projet l&apos;enregistre (par défaut : votre nom d&apos;utilisateur). Exporter un communiqué approuvé enregistre sa diffusion dans le projet.</translation>
    </message>
    <message>
        <source>The .releasedesk project.</source>
        <translation>Le projet .releasedesk.</translation>
    </message>
    <message>
        <source>name one .releasedesk file to export (see releasedesk export --help)</source>
        <translation>indiquez un fichier .releasedesk à exporter (voir releasedesk export --help)</translation>
    </message>
    <message>
        <source>say where to write the export with -o OUT</source>
        <translation>indiquez où écrire l&apos;export avec -o SORTIE</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an export format (pdf, pdfa, docx, odt, html, md, txt or kit)</source>
        <translation>« %1 » n&apos;est pas un format d&apos;export (pdf, pdfa, docx, odt, html, md, txt ou kit)</translation>
    </message>
    <message>
        <source>%1: the format cannot be told from the extension; add --format</source>
        <translation>%1 : l&apos;extension ne permet pas de déduire le format ; ajoutez --format</translation>
    </message>
    <message>
        <source>OUT</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>SORTIE</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>PAPER</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>PAPIER</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>NOM</translation>
    </message>
    <message>
        <source>FILE</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Of a bilingual release, export only the version in this language (its tag, such as mi-NZ, or the language alone, such as mi). By default both languages are exported together.</source>
        <translation>D’un communiqué bilingue, n’exporter que la version dans cette langue (son code, comme fr-CA, ou la langue seule, comme fr). Par défaut, les deux langues sont exportées ensemble.</translation>
    </message>
    <message>
        <source>TAG</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Of a bilingual release, export one release per language, each in a file named with its language (OUT.en-NZ.pdf, OUT.mi-NZ.pdf).</source>
        <translation>D’un communiqué bilingue, exporter un communiqué par langue, chacun dans un fichier nommé d’après sa langue (SORTIE.en-CA.pdf, SORTIE.fr-CA.pdf).</translation>
    </message>
    <message>
        <source>Of a bilingual release exported with both languages: one-after-the-other or side-by-side (default: as the release is set).</source>
        <translation>D’un communiqué bilingue exporté dans ses deux langues : one-after-the-other (l’une après l’autre) ou side-by-side (côte à côte) (par défaut : comme le communiqué est mis en page).</translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>MISE_EN_PAGE</translation>
    </message>
    <message>
        <source>--language and --each-language cannot be used together</source>
        <translation>--language et --each-language ne peuvent pas être employés ensemble</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a layout (one-after-the-other or side-by-side)</source>
        <translation>« %1 » n’est pas une mise en page (one-after-the-other ou side-by-side)</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>the release has no version in &apos;%1&apos; (it is in %2)</source>
        <translation>le communiqué n’a pas de version en « %1 » (il est en %2)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>release type</source>
        <translation>type de communiqué</translation>
    </message>
    <message>
        <source>reference number</source>
        <translation>numéro de référence</translation>
    </message>
    <message>
        <source>earlier release</source>
        <translation>communiqué précédent</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>embargo</source>
        <translation>embargo</translation>
    </message>
    <message>
        <source>dateline place</source>
        <translation>lieu du chapeau daté</translation>
    </message>
    <message>
        <source>dateline date</source>
        <translation>date du chapeau daté</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>subheadline</source>
        <translation>sous-titre</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>déclaration</translation>
    </message>
    <message>
        <source>notes to editors</source>
        <translation>notes aux rédactions</translation>
    </message>
    <message>
        <source>end marker</source>
        <translation>marque de fin</translation>
    </message>
    <message>
        <source>issued by</source>
        <translation>publié par</translation>
    </message>
    <message>
        <source>sensitive content</source>
        <translation>contenu sensible</translation>
    </message>
    <message>
        <source>agency name</source>
        <translation>nom de l&apos;organisme</translation>
    </message>
    <message>
        <source>agency short name</source>
        <translation>nom court de l&apos;organisme</translation>
    </message>
    <message>
        <source>agency logo</source>
        <translation>logo de l&apos;organisme</translation>
    </message>
    <message>
        <source>agency website</source>
        <translation>site web de l&apos;organisme</translation>
    </message>
    <message>
        <source>About paragraph</source>
        <translation>paragraphe de présentation</translation>
    </message>
    <message>
        <source>agency house style</source>
        <translation>charte rédactionnelle de l&apos;organisme</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>orateur</translation>
    </message>
    <message>
        <source>speaker&apos;s title</source>
        <translation>titre de l&apos;orateur</translation>
    </message>
    <message>
        <source>speaker&apos;s agency</source>
        <translation>organisme de l&apos;orateur</translation>
    </message>
    <message>
        <source>quote&apos;s place</source>
        <translation>place de la citation</translation>
    </message>
    <message>
        <source>attachment caption</source>
        <translation>légende de la pièce jointe</translation>
    </message>
    <message>
        <source>attachment file name</source>
        <translation>nom du fichier joint</translation>
    </message>
    <message>
        <source>contact&apos;s agency</source>
        <translation>organisme du contact</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>nom du contact</translation>
    </message>
    <message>
        <source>contact role</source>
        <translation>fonction du contact</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>téléphone du contact</translation>
    </message>
    <message>
        <source>contact e-mail</source>
        <translation>e-mail du contact</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>organisme</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>pièce jointe</translation>
    </message>
    <message>
        <source>media contact</source>
        <translation>contact presse</translation>
    </message>
    <message>
        <source>second language</source>
        <translation>seconde langue</translation>
    </message>
    <message>
        <source>layout of the two languages</source>
        <translation>mise en page des deux langues</translation>
    </message>
    <message>
        <source>Add agency</source>
        <translation>Ajouter un organisme</translation>
    </message>
    <message>
        <source>Add quote</source>
        <translation>Ajouter une citation</translation>
    </message>
    <message>
        <source>Add attachment</source>
        <translation>Ajouter une pièce jointe</translation>
    </message>
    <message>
        <source>Add media contact</source>
        <translation>Ajouter un contact presse</translation>
    </message>
</context>
<context>
    <name>FileSource</name>
    <message>
        <source>could not be opened (%1)</source>
        <translation>n&apos;a pas pu être ouvert (%1)</translation>
    </message>
    <message>
        <source>is too large to attach (%1; the limit is %2)</source>
        <translation>est trop volumineux pour être joint (%1 ; la limite est %2)</translation>
    </message>
    <message>
        <source>is too large to attach (the limit is %1)</source>
        <translation>est trop volumineux pour être joint (la limite est %1)</translation>
    </message>
    <message>
        <source>could not be read (%1)</source>
        <translation>n&apos;a pas pu être lu (%1)</translation>
    </message>
    <message>
        <source>is not a PNG or JPEG image, so it cannot be used as a logo</source>
        <translation>n&apos;est pas une image PNG ou JPEG, et ne peut donc pas servir de logo</translation>
    </message>
</context>
<context>
    <name>HeadlinePage</name>
    <message>
        <source>Document language</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>Dateline as it prints: %1</source>
        <translation>Chapeau daté tel qu&apos;imprimé : %1</translation>
    </message>
    <message>
        <source>“%1” names no region, so dates may print the American way.</source>
        <translation>« %1 » n&apos;indique aucune région : les dates pourraient s&apos;imprimer à l&apos;américaine.</translation>
    </message>
    <message>
        <source>Wharf 3 closed after chemical spill</source>
        <translation>Quai 3 fermé après un déversement chimique</translation>
    </message>
    <message>
        <source>Optional summary, under about 160 characters</source>
        <translation>Résumé facultatif, d&apos;environ 160 caractères au plus</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Subheadline:</source>
        <translation>&amp;Sous-titre :</translation>
    </message>
    <message>
        <source>Status and dateline</source>
        <translation>Statut et chapeau daté</translation>
    </message>
    <message>
        <source>WELLINGTON</source>
        <translation>WELLINGTON</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Dateline &amp;place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Dateline &amp;date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Communiqué</translation>
    </message>
    <message>
        <source>KBP-2026-0412</source>
        <translation>PKB-2026-0412</translation>
    </message>
    <message>
        <source>Reference of the statement this one updates, if any</source>
        <translation>Référence de la déclaration que celle-ci met à jour, le cas échéant</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Reference number:</source>
        <translation>Numéro de &amp;référence :</translation>
    </message>
    <message>
        <source>&amp;Updates:</source>
        <translation>&amp;Met à jour :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>The user guide is not installed. It was looked for in:
%1</source>
        <translation>Le guide de l’utilisateur n’est pas installé. Il a été cherché dans :
%1</translation>
    </message>
    <message>
        <source>Show the &amp;Tour</source>
        <translation>Revoir la &amp;visite</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Release Desk</source>
        <translation>À &amp;propos de Release Desk</translation>
    </message>
</context>
<context>
    <name>HouseStyle</name>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>doit être un nombre de %1 à %2</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be a list of words</source>
        <translation>doit être une liste de mots</translation>
    </message>
    <message>
        <source>must map each word to the word to use instead</source>
        <translation>doit associer chaque mot au mot à employer à sa place</translation>
    </message>
    <message>
        <source>must be &quot;locale&quot;, &quot;day-month-year&quot; or &quot;month-day-year&quot;</source>
        <translation>doit être &quot;locale&quot;, &quot;day-month-year&quot; ou &quot;month-day-year&quot;</translation>
    </message>
    <message>
        <source>is not a house-style setting (see docs/house-style.md)</source>
        <translation>n&apos;est pas un réglage de charte (voir docs/house-style.md)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2</source>
        <translation>« %1 » %2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; %3</source>
        <translation>%1 : « %2 » %3</translation>
    </message>
    <message>
        <source>Release Desk default</source>
        <translation>Charte par défaut de Release Desk</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1 : illisible (%2)</translation>
    </message>
    <message>
        <source>%1: is too large for a house-style file</source>
        <translation>%1 : trop volumineux pour un fichier de charte</translation>
    </message>
    <message>
        <source>%1: is not JSON (%2 at character %3)</source>
        <translation>%1 : n&apos;est pas du JSON (%2 au caractère %3)</translation>
    </message>
    <message>
        <source>%1: a house-style file holds one JSON object</source>
        <translation>%1 : un fichier de charte contient un seul objet JSON</translation>
    </message>
</context>
<context>
    <name>IssueLogCommand</name>
    <message>
        <source>Record issue</source>
        <translation>Enregistrer la diffusion</translation>
    </message>
</context>
<context>
    <name>ManifestReader</name>
    <message>
        <source>must be a UTC time such as 2026-11-26T03:00:00Z</source>
        <translation>doit être une heure UTC comme 2026-11-26T03:00:00Z</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>in manifest.json, %1 %2</source>
        <translation>dans manifest.json, %1 %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>doit être %1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>The release was changed after it was approved, so it is a draft again and needs a new approval.</source>
        <translation>Le communiqué a été modifié après son approbation : il redevient un brouillon et doit être approuvé de nouveau.</translation>
    </message>
    <message>
        <source>made by a newer Release Desk (file format %1); this version reads format %2 and older, so update Release Desk to open it</source>
        <translation>créé par une version plus récente de Release Desk (format de fichier %1) ; cette version lit le format %2 et les précédents : mettez Release Desk à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>damaged: its format version (%1, readable from %2) is impossible</source>
        <translation>endommagé : sa version de format (%1, lisible à partir de %2) est impossible</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a release type (one of %2)</source>
        <translation>« %1 » n&apos;est pas un type de communiqué (l&apos;un de %2)</translation>
    </message>
    <message>
        <source>must name the document language</source>
        <translation>doit indiquer la langue du document</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an end marker (ENDS, ### or -30-)</source>
        <translation>« %1 » n&apos;est pas une marque de fin (ENDS, ### ou -30-)</translation>
    </message>
    <message>
        <source>must be a local date and time such as 2027-01-15T09:00, without a time zone offset</source>
        <translation>doit être une date et une heure locales comme 2027-01-15T09:00, sans décalage horaire</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known time zone (such as Pacific/Auckland)</source>
        <translation>« %1 » n&apos;est pas un fuseau horaire connu (comme Pacific/Auckland)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date such as 2026-11-26</source>
        <translation>« %1 » n&apos;est pas une date comme 2026-11-26</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of paragraph (paragraph, bullet or numbered)</source>
        <translation>« %1 » n&apos;est pas un type de paragraphe (paragraph, bullet ou numbered)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web, e-mail or telephone link</source>
        <translation>« %1 » n&apos;est pas un lien web, e-mail ou téléphone</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a workflow state (draft, in-review or approved)</source>
        <translation>« %1 » n&apos;est pas un état de circuit (draft, in-review ou approved)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a workflow event</source>
        <translation>« %1 » n&apos;est pas un événement de circuit</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used twice in %2</source>
        <translation>« %1 » est employé deux fois dans %2</translation>
    </message>
    <message>
        <source>the logo of agency &apos;%1&apos;</source>
        <translation>le logo de l&apos;organisme « %1 »</translation>
    </message>
    <message>
        <source>must be image/png or image/jpeg, not &apos;%1&apos;</source>
        <translation>doit être image/png ou image/jpeg, pas « %1 »</translation>
    </message>
    <message>
        <source>names agency &apos;%1&apos;, which is not among the release&apos;s agencies</source>
        <translation>désigne l&apos;organisme « %1 », qui ne fait pas partie des organismes du communiqué</translation>
    </message>
    <message>
        <source>must be the number of a paragraph of the statement, not %1</source>
        <translation>doit être le numéro d&apos;un paragraphe de la déclaration, pas %1</translation>
    </message>
    <message>
        <source>must be a file name without any folder, not &apos;%1&apos;</source>
        <translation>doit être un nom de fichier sans dossier, pas « %1 »</translation>
    </message>
    <message>
        <source>attachment &apos;%1&apos;</source>
        <translation>pièce jointe « %1 »</translation>
    </message>
    <message>
        <source>must be 64 lower-case hexadecimal digits, not &apos;%1&apos;</source>
        <translation>doit compter 64 chiffres hexadécimaux en minuscules, pas « %1 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sensitive matter (death, victim, young-person, court-case or arrest)</source>
        <translation>« %1 » n&apos;est pas un sujet sensible (death, victim, young-person, court-case ou arrest)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is named twice</source>
        <translation>« %1 » est cité deux fois</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a safeguard (next-of-kin-told, consent-or-legal-basis, no-suppression-order or name-release-cleared)</source>
        <translation>« %1 » n&apos;est pas une précaution (next-of-kin-told, consent-or-legal-basis, no-suppression-order ou name-release-cleared)</translation>
    </message>
    <message>
        <source>must name who confirmed it</source>
        <translation>doit indiquer qui l&apos;a confirmée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is confirmed twice</source>
        <translation>« %1 » est confirmée deux fois</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field (such as body or quoteTitle)</source>
        <translation>« %1 » n&apos;est pas un champ (comme body ou quoteTitle)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field with a second language version (such as headline or quoteText)</source>
        <translation>« %1 » n&apos;est pas un champ doté d&apos;une version dans une seconde langue (comme headline ou quoteText)</translation>
    </message>
    <message>
        <source>names %1 &apos;%2&apos;, which the release does not have</source>
        <translation>désigne l&apos;élément %1 « %2 », que le communiqué ne contient pas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is translated twice</source>
        <translation>« %1 » est traduit deux fois</translation>
    </message>
    <message>
        <source>must name the second language</source>
        <translation>doit indiquer la seconde langue</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a layout (one-after-the-other or side-by-side)</source>
        <translation>« %1 » n’est pas une mise en page (one-after-the-other ou side-by-side)</translation>
    </message>
    <message>
        <source>must be the number of pages of the attached PDF, not %1</source>
        <translation>doit être le nombre de pages du PDF joint, pas %1</translation>
    </message>
    <message>
        <source>a version cannot hold versions of its own</source>
        <translation>une version ne peut contenir ses propres versions</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a step a version is kept at (saved, review-requested, approved or issued)</source>
        <translation>« %1 » n&apos;est pas une étape à laquelle une version est conservée (saved, review-requested, approved ou issued)</translation>
    </message>
</context>
<context>
    <name>MediaKit</name>
    <message>
        <source>already exists; choose a new name for the media kit</source>
        <translation>existe déjà ; choisissez un autre nom pour le dossier de presse</translation>
    </message>
    <message>
        <source>could not be written (the folder %1 does not exist)</source>
        <translation>n&apos;a pas pu être écrit (le dossier %1 n&apos;existe pas)</translation>
    </message>
    <message>
        <source>could not be written (%1)</source>
        <translation>n&apos;a pas pu être écrit (%1)</translation>
    </message>
    <message>
        <source>could not be written (a folder could not be made)</source>
        <translation>n&apos;a pas pu être écrit (un dossier n&apos;a pas pu être créé)</translation>
    </message>
    <message>
        <source>could not be written (the finished kit could not be moved into place)</source>
        <translation>n&apos;a pas pu être écrit (le dossier terminé n&apos;a pas pu être mis en place)</translation>
    </message>
</context>
<context>
    <name>MoveItemCommand</name>
    <message>
        <source>Move %1</source>
        <translation>Déplacer : %1</translation>
    </message>
</context>
<context>
    <name>OdtExporter</name>
    <message>
        <source>Logo of %1</source>
        <translation>Logo de %1</translation>
    </message>
</context>
<context>
    <name>OutputController</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Plain text for e-mail (*.txt)</source>
        <translation>Texte brut pour e-mail (*.txt)</translation>
    </message>
    <message>
        <source>Media kit (*.zip)</source>
        <translation>Dossier de presse (*.zip)</translation>
    </message>
    <message>
        <source>PDF/A-3a for archives (*.pdf)</source>
        <translation>PDF/A-3a pour l&apos;archivage (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>the PDF could not be written: %1</source>
        <translation>le PDF n&apos;a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>PdfFonts</name>
    <message>
        <source>the font %1 could not be embedded</source>
        <translation>la police %1 n&apos;a pas pu être incorporée</translation>
    </message>
</context>
<context>
    <name>PdfWriter</name>
    <message>
        <source>the colour profile that PDF/A needs is missing</source>
        <translation>le profil de couleurs qu&apos;exige le PDF/A est introuvable</translation>
    </message>
</context>
<context>
    <name>PeopleSections</name>
    <message>
        <source>Quote %1 (no speaker yet)</source>
        <translation>Citation %1 (pas encore d&apos;orateur)</translation>
    </message>
    <message>
        <source>Anna Whitlock</source>
        <translation>Anna Whitlock</translation>
    </message>
    <message>
        <source>Detective Inspector</source>
        <translation>Inspectrice principale</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Citation :</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Orateur :</translation>
    </message>
    <message>
        <source>&amp;Title or role:</source>
        <translation>&amp;Titre ou fonction :</translation>
    </message>
    <message>
        <source>Spea&amp;ks for:</source>
        <translation>&amp;Parle pour :</translation>
    </message>
    <message>
        <source>&amp;Placed:</source>
        <translation>&amp;Placée :</translation>
    </message>
    <message>
        <source>Contact %1 (no name yet)</source>
        <translation>Contact %1 (pas encore de nom)</translation>
    </message>
    <message>
        <source>Duty media officer</source>
        <translation>Attaché de presse de permanence</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Organisme :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
</context>
<context>
    <name>ProjectExport</name>
    <message>
        <source>the release is approved: say who issues it (--issued-by)</source>
        <translation>le communiqué est approuvé : indiquez qui le publie (--issued-by)</translation>
    </message>
    <message>
        <source>is open in Release Desk (%1 on %2): export it from there, or close it first, so that the issue is recorded in the project</source>
        <translation>est ouvert dans Release Desk (%1 sur %2) : exportez-le depuis cette session, ou fermez-le d&apos;abord, pour que la diffusion soit enregistrée dans le projet</translation>
    </message>
    <message>
        <source>the issue cannot be recorded: the project&apos;s folder cannot be written</source>
        <translation>la diffusion ne peut pas être enregistrée : le dossier du projet n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>%1 was written, but the issue could not be recorded: %2</source>
        <translation>%1 a été écrit, mais la diffusion n&apos;a pas pu être enregistrée : %2</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>this is a folder, not a project file</source>
        <translation>c&apos;est un dossier, pas un fichier de projet</translation>
    </message>
    <message>
        <source>could not be opened (%1)</source>
        <translation>n&apos;a pas pu être ouvert (%1)</translation>
    </message>
    <message>
        <source>could not be written (%1)</source>
        <translation>n&apos;a pas pu être écrit (%1)</translation>
    </message>
    <message>
        <source>%1; the previous version is unchanged</source>
        <translation>%1 ; la version précédente est inchangée</translation>
    </message>
    <message>
        <source>could not be written (%1); the previous version is unchanged</source>
        <translation>n&apos;a pas pu être écrit (%1) ; la version précédente est inchangée</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>le disque est peut-être plein</translation>
    </message>
    <message>
        <source>write failed</source>
        <translation>échec de l&apos;écriture</translation>
    </message>
</context>
<context>
    <name>ProjectReader</name>
    <message>
        <source>not a Release Desk project (it is a ZIP file of another kind)</source>
        <translation>n&apos;est pas un projet Release Desk (c&apos;est un fichier ZIP d&apos;un autre type)</translation>
    </message>
    <message>
        <source>damaged: its &apos;mimetype&apos; entry is compressed</source>
        <translation>endommagé : son entrée « mimetype » est compressée</translation>
    </message>
    <message>
        <source>not a Release Desk project (it is a ZIP file of type &apos;%1&apos;)</source>
        <translation>n&apos;est pas un projet Release Desk (c&apos;est un fichier ZIP de type « %1 »)</translation>
    </message>
    <message>
        <source>damaged: manifest.json is not valid JSON (%1 at byte %2)</source>
        <translation>endommagé : manifest.json n&apos;est pas du JSON valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>damaged: manifest.json is not a JSON object</source>
        <translation>endommagé : manifest.json n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>%1 is missing from the project</source>
        <translation>%1 est absent du projet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 is damaged (checksum mismatch)</source>
        <translation>%1 est endommagé (somme de contrôle incorrecte)</translation>
    </message>
    <message>
        <source>%1 is damaged (it has %2 bytes instead of %3)</source>
        <translation>%1 est endommagé (il compte %2 octets au lieu de %3)</translation>
    </message>
    <message>
        <source>refused: it is larger than %1 MiB</source>
        <translation>refusé : il dépasse %1 Mio</translation>
    </message>
    <message>
        <source>could not be read (%1)</source>
        <translation>n&apos;a pas pu être lu (%1)</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Enregistrer les modifications de « %1 » avant de fermer ?</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>Restaurer le travail non enregistré</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Edit an approved release</source>
        <translation>Modifier un communiqué approuvé</translation>
    </message>
    <message>
        <source>Return to Draft and Edit</source>
        <translation>Repasser en brouillon et modifier</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>Projet en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Open a Copy</source>
        <translation>Ouvrir une copie</translation>
    </message>
    <message>
        <source>Break Lock</source>
        <translation>Forcer le verrou</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>“%1” was changed on disk since you opened it, perhaps by a colleague. Saving now would overwrite those changes.</source>
        <translation>« %1 » a été modifié sur le disque depuis que vous l&apos;avez ouvert, peut-être par un collègue. Enregistrer maintenant écraserait ces modifications.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Écraser</translation>
    </message>
</context>
<context>
    <name>Redline</name>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>inserted text is underlined, deleted text is struck through. Not for release.</source>
        <translation>le texte ajouté est souligné, le texte supprimé est barré. Ne pas diffuser.</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Modifications : %1</translation>
    </message>
    <message>
        <source>Changes since %1: %2</source>
        <translation>Modifications depuis %1 : %2</translation>
    </message>
    <message>
        <source>Changes from %1 to %2: %3</source>
        <translation>Modifications de %1 à %2 : %3</translation>
    </message>
</context>
<context>
    <name>Release</name>
    <message>
        <source>Media release</source>
        <translation>Communiqué de presse</translation>
    </message>
    <message>
        <source>Joint statement</source>
        <translation>Déclaration commune</translation>
    </message>
    <message>
        <source>Holding statement</source>
        <translation>Déclaration d&apos;attente</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Appeal for information</source>
        <translation>Appel à témoins</translation>
    </message>
    <message>
        <source>Media advisory</source>
        <translation>Avis aux médias</translation>
    </message>
</context>
<context>
    <name>RemoveItemCommand</name>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer : %1</translation>
    </message>
</context>
<context>
    <name>ReplaceItemCommand</name>
    <message>
        <source>Replace %1</source>
        <translation>Remplacer : %1</translation>
    </message>
</context>
<context>
    <name>ReviewCopy</name>
    <message>
        <source>On deleted text: “%1”</source>
        <translation>Sur un texte supprimé : « %1 »</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1, %2 :</translation>
    </message>
    <message>
        <source>Review copy</source>
        <translation>Copie de relecture</translation>
    </message>
</context>
<context>
    <name>Sensitivity</name>
    <message>
        <source>a death</source>
        <translation>un décès</translation>
    </message>
    <message>
        <source>a victim</source>
        <translation>une victime</translation>
    </message>
    <message>
        <source>a young person</source>
        <translation>un mineur</translation>
    </message>
    <message>
        <source>a court case</source>
        <translation>une affaire judiciaire</translation>
    </message>
    <message>
        <source>an arrest</source>
        <translation>une arrestation</translation>
    </message>
    <message>
        <source>next of kin told</source>
        <translation>proches informés</translation>
    </message>
    <message>
        <source>consent or legal basis</source>
        <translation>consentement ou base légale</translation>
    </message>
    <message>
        <source>no suppression order applies</source>
        <translation>aucune ordonnance de non-publication</translation>
    </message>
    <message>
        <source>name release cleared</source>
        <translation>diffusion des noms autorisée</translation>
    </message>
    <message>
        <source>The next of kin have been told.</source>
        <translation>Les proches ont été informés.</translation>
    </message>
    <message>
        <source>Each person the release identifies, or their guardian, has consented, or the law allows it without consent.</source>
        <translation>Chaque personne que le communiqué identifie, ou son tuteur, y a consenti, ou la loi le permet sans consentement.</translation>
    </message>
    <message>
        <source>No suppression order applies to any name or detail the release gives.</source>
        <translation>Aucune ordonnance de non-publication ne vise un nom ou un détail donné par le communiqué.</translation>
    </message>
    <message>
        <source>Releasing each name in the release has been cleared.</source>
        <translation>La diffusion de chaque nom cité dans le communiqué a été autorisée.</translation>
    </message>
</context>
<context>
    <name>SetFieldCommand</name>
    <message>
        <source>Change %1</source>
        <translation>Modifier : %1</translation>
    </message>
</context>
<context>
    <name>SpellMenus</name>
    <message>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Ajouter « %1 » au dictionnaire</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Agencies</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Review &amp; Export</source>
        <translation>Relecture et export</translation>
    </message>
    <message>
        <source>Who issues it: the lead agency first, then every partner of a joint statement.</source>
        <translation>Qui le publie : l&apos;organisme principal d&apos;abord, puis chaque partenaire d&apos;une déclaration commune.</translation>
    </message>
    <message>
        <source>Headline: one plain, specific sentence, under 12 words. Status and dateline say when and where.</source>
        <translation>Titre : une phrase simple et précise, de moins de 12 mots. Le statut et le chapeau daté disent quand et où.</translation>
    </message>
    <message>
        <source>The first paragraph answers who, what, when, where and why; the rest follows in falling importance. Short paragraphs.</source>
        <translation>Le premier paragraphe répond à qui, quoi, quand, où et pourquoi ; la suite vient par ordre d&apos;importance décroissante. Des paragraphes courts.</translation>
    </message>
    <message>
        <source>Every quote is named and titled, three or four sentences the speaker has signed off.</source>
        <translation>Chaque citation porte un nom et un titre : trois ou quatre phrases validées par l&apos;orateur.</translation>
    </message>
    <message>
        <source>The full statement as a PDF, photos at full size: each travels inside the project and goes out with the release.</source>
        <translation>La déclaration complète en PDF, les photos en pleine taille : chacune voyage dans le projet et part avec le communiqué.</translation>
    </message>
    <message>
        <source>Name, role, phone and e-mail: distributors refuse releases without a media contact. Background goes in the notes to editors.</source>
        <translation>Nom, fonction, téléphone et e-mail : les diffuseurs refusent les communiqués sans contact presse. Le contexte va dans les notes aux rédactions.</translation>
    </message>
    <message>
        <source>Check what is missing, have it approved, then export or print it.</source>
        <translation>Vérifiez ce qui manque, faites approuver, puis exportez ou imprimez.</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>A release in two languages: each field beside its translation. A mark shows a translation that is missing, or older than a change to its source.</source>
        <translation>Un communiqué en deux langues : chaque champ à côté de sa traduction. Une marque signale une traduction manquante, ou plus ancienne qu’une modification de sa source.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>%1, %2</source>
        <comment>a headline&apos;s words, its characters</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a statement&apos;s words, its reading time</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>about %n min to read</source>
        <translation>
            <numerusform>environ %n min de lecture</numerusform>
            <numerusform>environ %n min de lecture</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>[What the spokesperson says: a view, a feeling or a call to act, not the facts, which belong in the statement.]</source>
        <translation>[Ce que dit le porte-parole : un point de vue, un sentiment ou un appel à agir, pas les faits, qui relèvent de la déclaration.]</translation>
    </message>
    <message>
        <source>[Name]</source>
        <translation>[Nom]</translation>
    </message>
    <message>
        <source>[Title or role]</source>
        <translation>[Titre ou fonction]</translation>
    </message>
    <message>
        <source>[Lede: who did what, where and when, in one or two sentences of about 30 words.]</source>
        <translation>[Attaque : qui a fait quoi, où et quand, en une ou deux phrases d&apos;environ 30 mots.]</translation>
    </message>
    <message>
        <source>[The next most important fact: what it means for the public, and what they should do.]</source>
        <translation>[Le fait suivant par ordre d&apos;importance : ce qu&apos;il signifie pour le public, et ce qu&apos;il doit faire.]</translation>
    </message>
    <message>
        <source>[Background and further detail, the most important first.]</source>
        <translation>[Contexte et détails, les plus importants d&apos;abord.]</translation>
    </message>
    <message>
        <source>[Agency] and [partner agency] today [what they did or announced together], [where and when].</source>
        <translation>[Organisme] et [organisme partenaire] ont aujourd&apos;hui [ce qu&apos;ils ont fait ou annoncé ensemble], [où et quand].</translation>
    </message>
    <message>
        <source>[What each agency did, and what it means for the public.]</source>
        <translation>[Ce que chaque organisme a fait, et ce que cela signifie pour le public.]</translation>
    </message>
    <message>
        <source>[Background: how the agencies worked together, and what happens next.]</source>
        <translation>[Contexte : comment les organismes ont travaillé ensemble, et la suite.]</translation>
    </message>
    <message>
        <source>[Agency] is appealing for information about [what happened] in [place] on [day and date] at about [time].</source>
        <translation>[Organisme] lance un appel à témoins au sujet de [ce qui s&apos;est passé] à [lieu] le [jour et date] vers [heure].</translation>
    </message>
    <message>
        <source>[What is known so far, and what is not yet known.]</source>
        <translation>[Ce que l&apos;on sait à ce stade, et ce que l&apos;on ne sait pas encore.]</translation>
    </message>
    <message>
        <source>Police would like to hear from anyone who:</source>
        <translation>La police souhaite entendre toute personne qui :</translation>
    </message>
    <message>
        <source>[saw or heard something]</source>
        <translation>[a vu ou entendu quelque chose]</translation>
    </message>
    <message>
        <source>[has dash-camera or CCTV footage of the area]</source>
        <translation>[dispose d&apos;images de caméra embarquée ou de vidéosurveillance du secteur]</translation>
    </message>
    <message>
        <source>Anyone with information is asked to call [105, or the local non-emergency number], quoting reference [reference number].</source>
        <translation>Toute personne disposant d&apos;informations est priée d&apos;appeler le [17, ou le numéro local non urgent] en rappelant la référence [numéro de référence].</translation>
    </message>
    <message>
        <source>Information can also be given anonymously to Crimestoppers on [0800 555 111] or at [crimestoppers website].</source>
        <translation>Les informations peuvent aussi être transmises anonymement à Crimestoppers au [0800 555 111] ou sur [site de Crimestoppers].</translation>
    </message>
    <message>
        <source>What: [the event, in a sentence]</source>
        <translation>Quoi : [l&apos;événement, en une phrase]</translation>
    </message>
    <message>
        <source>When: [day, date and time]</source>
        <translation>Quand : [jour, date et heure]</translation>
    </message>
    <message>
        <source>Where: [address, and where media should go]</source>
        <translation>Où : [adresse, et où doivent se rendre les médias]</translation>
    </message>
    <message>
        <source>Who: [who will speak, with their titles]</source>
        <translation>Qui : [qui prendra la parole, avec son titre]</translation>
    </message>
    <message>
        <source>[How media can attend: RSVP by when and to whom, identification, parking, and whether the event will be streamed.]</source>
        <translation>[Comment les médias peuvent assister : réponse avant quand et auprès de qui, pièce d&apos;identité, stationnement, et si l&apos;événement sera diffusé en direct.]</translation>
    </message>
    <message>
        <source>Media Release</source>
        <translation>Communiqué de presse</translation>
    </message>
    <message>
        <source>Joint Statement</source>
        <translation>Déclaration commune</translation>
    </message>
    <message>
        <source>Appeal for Information</source>
        <translation>Appel à témoins</translation>
    </message>
    <message>
        <source>Media Advisory</source>
        <translation>Avis aux médias</translation>
    </message>
</context>
<context>
    <name>UsersTime</name>
    <message>
        <source>an unknown time</source>
        <translation>une heure inconnue</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>WelcomeTour</name>
    <message>
        <source>Write the release in steps</source>
        <translation>Rédigez le communiqué étape par étape</translation>
    </message>
    <message>
        <source>See it as it will print</source>
        <translation>Voyez-le tel qu&apos;il sera imprimé</translation>
    </message>
    <message>
        <source>The preview on the right is the release exactly as it prints and as its PDF will look, page by page, as you type. Click on any part of it to go to the field that holds that text.</source>
        <translation>L&apos;aperçu à droite montre le communiqué exactement tel qu&apos;il s&apos;imprime et tel que sera son PDF, page par page, à mesure que vous tapez. Cliquez sur n&apos;importe quelle partie pour aller au champ qui contient ce texte.</translation>
    </message>
    <message>
        <source>Review, approve, export</source>
        <translation>Relire, approuver, exporter</translation>
    </message>
    <message>
        <source>Review &amp; Export lists what is missing or doubtful, with a double-click to each. Ask a colleague to review, have it approved, and export it as PDF, Word, OpenDocument, a web page or text for e-mail. Until it is approved, every export says DRAFT; an edit after approval asks first.</source>
        <translation>Relecture et export liste ce qui manque ou paraît douteux, avec un double-clic pour s&apos;y rendre. Demandez une relecture à un collègue, faites approuver, puis exportez en PDF, Word, OpenDocument, page web ou texte pour e-mail. Tant qu&apos;il n&apos;est pas approuvé, chaque export porte la mention BROUILLON ; une modification après l&apos;approbation demande d&apos;abord confirmation.</translation>
    </message>
    <message>
        <source>Nothing is lost</source>
        <translation>Rien n&apos;est perdu</translation>
    </message>
    <message>
        <source>Release Desk works without a network and keeps a copy of unsaved work, which it offers back if it stops. Undo goes back a few words at a time, across every field. Help ▸ Keyboard Shortcuts (Ctrl+/) lists every key.</source>
        <translation>Release Desk fonctionne sans réseau et garde une copie du travail non enregistré, qu&apos;il vous propose de récupérer s&apos;il s&apos;arrête. Annuler revient en arrière de quelques mots à la fois, dans tous les champs. Aide ▸ Raccourcis clavier (Ctrl+/) liste toutes les touches.</translation>
    </message>
    <message>
        <source>The steps down the left take you through a release in the order it is written: the agencies, the headline and dateline, the statement, quotes, attachments, media contacts and a second language. Each step&apos;s mark shows whether it is done, still missing something, has a problem, or is optional. Alt+1 to Alt+8 go straight to a step.</source>
        <translation>Les étapes à gauche vous guident dans un communiqué dans l&apos;ordre où il s&apos;écrit : les organismes, le titre et le chapeau daté, la déclaration, les citations, les pièces jointes, les contacts presse et une seconde langue. La marque de chaque étape indique si elle est terminée, s&apos;il lui manque encore quelque chose, si elle pose problème ou si elle est facultative. Alt+1 à Alt+8 mènent directement à une étape.</translation>
    </message>
</context>
<context>
    <name>WorkflowCommand</name>
    <message>
        <source>Request review</source>
        <translation>Demander une relecture</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Return to draft</source>
        <translation>Repasser en brouillon</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>not a Release Desk project (the file is empty)</source>
        <translation>n&apos;est pas un projet Release Desk (le fichier est vide)</translation>
    </message>
    <message>
        <source>could not be read (%1)</source>
        <translation>n&apos;a pas pu être lu (%1)</translation>
    </message>
    <message>
        <source>not a Release Desk project (it is not a ZIP container)</source>
        <translation>n&apos;est pas un projet Release Desk (ce n&apos;est pas un conteneur ZIP)</translation>
    </message>
    <message>
        <source>damaged: the ZIP container is incomplete (the file may have been cut short)</source>
        <translation>endommagé : le conteneur ZIP est incomplet (le fichier a peut-être été tronqué)</translation>
    </message>
    <message>
        <source>damaged: the ZIP container is incomplete or inconsistent (%1)</source>
        <translation>endommagé : le conteneur ZIP est incomplet ou incohérent (%1)</translation>
    </message>
    <message>
        <source>damaged: entry %1 of the ZIP container cannot be read</source>
        <translation>endommagé : l&apos;entrée %1 du conteneur ZIP est illisible</translation>
    </message>
    <message>
        <source>refused as unsafe: it holds an entry named &apos;%1&apos;, which points outside the project</source>
        <translation>refusé car dangereux : il contient une entrée nommée « %1 », qui pointe hors du projet</translation>
    </message>
    <message>
        <source>damaged: the entry &apos;%1&apos; appears twice</source>
        <translation>endommagé : l&apos;entrée « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>damaged: the entry &apos;%1&apos; is missing</source>
        <translation>endommagé : l&apos;entrée « %1 » est absente</translation>
    </message>
    <message>
        <source>damaged: the entry &apos;%1&apos; cannot be opened (%2)</source>
        <translation>endommagé : l&apos;entrée « %1 » ne peut pas être ouverte (%2)</translation>
    </message>
    <message>
        <source>damaged: the entry &apos;%1&apos; cannot be decompressed (%2)</source>
        <translation>endommagé : l&apos;entrée « %1 » ne peut pas être décompressée (%2)</translation>
    </message>
    <message>
        <source>refused: the entry &apos;%1&apos; expands to more than %2 MiB</source>
        <translation>refusé : l&apos;entrée « %1 » occupe plus de %2 Mio une fois décompressée</translation>
    </message>
    <message>
        <source>damaged: the entry &apos;%1&apos; fails its check (%2)</source>
        <translation>endommagé : l&apos;entrée « %1 » échoue à sa vérification (%2)</translation>
    </message>
    <message>
        <source>the ZIP container could not be created</source>
        <translation>le conteneur ZIP n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; could not be added (%2)</source>
        <translation>l&apos;entrée « %1 » n&apos;a pas pu être ajoutée (%2)</translation>
    </message>
    <message>
        <source>the ZIP container could not be written (%1)</source>
        <translation>le conteneur ZIP n&apos;a pas pu être écrit (%1)</translation>
    </message>
    <message>
        <source>the ZIP container could not be read back</source>
        <translation>le conteneur ZIP n&apos;a pas pu être relu</translation>
    </message>
</context>
<context>
    <name>rd::AboutDialog</name>
    <message>
        <source>The text is missing from this build of Release Desk: %1</source>
        <translation>Ce texte manque dans cette version de Release Desk : %1</translation>
    </message>
    <message>
        <source>Version %1, %2</source>
        <translation>Version %1, %2</translation>
    </message>
    <message>
        <source>Draft, review and export media releases and joint statements.</source>
        <translation>Rédiger, relire et exporter des communiqués de presse et des déclarations conjointes.</translation>
    </message>
    <message>
        <source>Copyright © 2026 Release Desk developers</source>
        <translation>Copyright © 2026 les développeurs de Release Desk</translation>
    </message>
    <message>
        <source>Release Desk is free software: you may share and change it under the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
        <translation>Release Desk est un logiciel libre : vous pouvez le partager et le modifier selon la licence publique générale GNU, version 3 ou toute version ultérieure. Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>Releases are set in Release Desk Sans, which is Google&apos;s Noto Sans, under the SIL Open Font License, version 1.1.</source>
        <translation>Les communiqués sont composés en Release Desk Sans, qui est la police Noto Sans de Google, sous la licence SIL Open Font License, version 1.1.</translation>
    </message>
    <message>
        <source>Built with Qt %1; running on Qt %2.</source>
        <translation>Compilé avec Qt %1 ; exécuté avec Qt %2.</translation>
    </message>
    <message>
        <source>About Release Desk</source>
        <translation>À propos de Release Desk</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Typeface Licence</source>
        <translation>Licence de la police</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>rd::AgencyComboBox</name>
    <message>
        <source>(no agency)</source>
        <translation>(aucun organisme)</translation>
    </message>
    <message>
        <source>Agency %1</source>
        <translation>Organisme %1</translation>
    </message>
</context>
<context>
    <name>rd::ApprovalBanner</name>
    <message>
        <source>Approval withdrawn</source>
        <translation>Approbation retirée</translation>
    </message>
    <message>
        <source>%1 approved this release on %2. Editing it returns it to draft, and it will need approving again before it goes out.</source>
        <translation>%1 a approuvé ce communiqué le %2. Le modifier le ramène à l&apos;état de brouillon, et il devra être approuvé de nouveau avant sa diffusion.</translation>
    </message>
    <message>
        <source>Approved by %1 — withdrawn by your edit at %2.</source>
        <translation>Approuvé par %1 — approbation retirée par votre modification à %2.</translation>
    </message>
    <message>
        <source>Approved by %1 — withdrawn by an edit by %2 at %3.</source>
        <translation>Approuvé par %1 — approbation retirée par une modification de %2 à %3.</translation>
    </message>
    <message>
        <source>It is a draft again: approve it before it goes out.</source>
        <translation>C&apos;est de nouveau un brouillon : faites-le approuver avant sa diffusion.</translation>
    </message>
    <message>
        <source>Show &amp;Changes</source>
        <translation>Afficher les &amp;modifications</translation>
    </message>
    <message>
        <source>What changed since the approval: all the approver needs to re-read</source>
        <translation>Ce qui a changé depuis l&apos;approbation : tout ce que l&apos;approbateur doit relire</translation>
    </message>
</context>
<context>
    <name>rd::BodyEditor</name>
    <message>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Ctrl+Shift+8</source>
        <translation>Ctrl+Shift+8</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>Ctrl+Shift+7</source>
        <translation>Ctrl+Shift+7</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Lien…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Web address, mailto: or tel: link (empty to remove the link):</source>
        <translation>Adresse web, lien mailto: ou tel: (vide pour retirer le lien) :</translation>
    </message>
    <message>
        <source>“%1” is not a web, e-mail or telephone link.</source>
        <translation>« %1 » n&apos;est pas un lien web, e-mail ou téléphone.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>What is on the clipboard is too long to paste into the statement: %L1 characters, where a statement takes at most %L2. Copy the part that belongs in the release.</source>
        <translation>Le contenu du presse-papiers est trop long pour être collé dans le texte : %L1 caractères, alors qu’un texte en compte au plus %L2. Copiez la partie qui a sa place dans le communiqué.</translation>
    </message>
</context>
<context>
    <name>rd::Checklist</name>
    <message>
        <source>Let Stand…</source>
        <translation>Laisser tel quel…</translation>
    </message>
    <message>
        <source>Withdraw Acknowledgement</source>
        <translation>Retirer la justification</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de vérification</translation>
    </message>
    <message>
        <source>Keep the selected warning as it is, with a reason the approver reads</source>
        <translation>Garder l&apos;avertissement sélectionné tel quel, avec une raison que l&apos;approbateur lira</translation>
    </message>
    <message>
        <source>Let stand by %1, %2: %3</source>
        <translation>Laissé tel quel par %1, %2 : %3</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the text in its field</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour aller au texte dans son champ</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Rien ne manque.</translation>
    </message>
    <message>
        <source>Let the Warning Stand</source>
        <translation>Laisser l&apos;avertissement tel quel</translation>
    </message>
    <message>
        <source>Why may it stand? The approver reads your reason:</source>
        <translation>Pourquoi peut-il rester ? L&apos;approbateur lira votre raison :</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Votre nom :</translation>
    </message>
    <message>
        <source>Errors: fix these before approval (%1)</source>
        <translation>Erreurs : à corriger avant l&apos;approbation (%1)</translation>
    </message>
    <message>
        <source>Warnings: fix, or let stand with a reason (%1)</source>
        <translation>Avertissements : à corriger, ou à laisser tels quels avec une raison (%1)</translation>
    </message>
    <message>
        <source>Warnings let stand, for the approver (%1)</source>
        <translation>Avertissements laissés tels quels, pour l&apos;approbateur (%1)</translation>
    </message>
    <message>
        <source>Advice (%1)</source>
        <translation>Conseils (%1)</translation>
    </message>
</context>
<context>
    <name>rd::CollectionEditor</name>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>List of %1 items</source>
        <translation>Liste des éléments : %1</translation>
    </message>
</context>
<context>
    <name>rd::CommentMarkers</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>rd::CommentsPanel</name>
    <message>
        <source>%1 (second language)</source>
        <translation>%1 (seconde langue)</translation>
    </message>
    <message>
        <source>%1, deleted text “%2”</source>
        <translation>%1, texte supprimé « %2 »</translation>
    </message>
    <message>
        <source>%1, “%2”</source>
        <translation>%1, « %2 »</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>Afficher les résolus</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Ré&amp;soudre</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Comment and replies</source>
        <translation>Commentaire et réponses</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Écrire une réponse…</translation>
    </message>
    <message>
        <source>No comments. To comment on a field, select its text and choose Review ▸ Add Comment.</source>
        <translation>Aucun commentaire. Pour commenter un champ, sélectionnez son texte et choisissez Relecture ▸ Ajouter un commentaire.</translation>
    </message>
    <message numerus="yes">
        <source>%n open comments</source>
        <translation>
            <numerusform>%n commentaire ouvert</numerusform>
            <numerusform>%n commentaires ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n resolved</source>
        <translation>
            <numerusform>, %n résolu</numerusform>
            <numerusform>, %n résolus</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1, %2 :</translation>
    </message>
    <message>
        <source>Resolved by %1, %2.</source>
        <translation>Résolu par %1, %2.</translation>
    </message>
</context>
<context>
    <name>rd::ComparisonPanel</name>
    <message>
        <source>formatting changed</source>
        <translation>mise en forme modifiée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Prendre la leur</translation>
    </message>
    <message>
        <source>Take &amp;All Theirs</source>
        <translation>Prendre &amp;toutes les leurs</translation>
    </message>
    <message>
        <source>Show &amp;Redline</source>
        <translation>Afficher la version &amp;annotée</translation>
    </message>
    <message>
        <source>Export Redline &amp;PDF…</source>
        <translation>Exporter la version annotée en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;List of Changes…</source>
        <translation>Exporter la &amp;liste des modifications…</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Make the release say what the other version says here</source>
        <translation>Faire dire au communiqué ce que dit l&apos;autre version à cet endroit</translation>
    </message>
    <message>
        <source>Nothing compared. Compare a version (Versions) or another copy of this release (Review ▸ Compare with File…).</source>
        <translation>Rien n&apos;est comparé. Comparez une version (Versions) ou une autre copie de ce communiqué (Relecture ▸ Comparer avec un fichier…).</translation>
    </message>
    <message>
        <source>Changes since %1</source>
        <translation>Modifications depuis %1</translation>
    </message>
    <message>
        <source>Changes from this release to %1</source>
        <translation>Modifications de ce communiqué à %1</translation>
    </message>
    <message>
        <source>this release</source>
        <translation>ce communiqué</translation>
    </message>
    <message>
        <source>The same as %1: nothing differs.</source>
        <translation>Identique à %1 : aucune différence.</translation>
    </message>
    <message numerus="yes">
        <source>Since %1: %n differences.</source>
        <translation>
            <numerusform>Depuis %1 : %n différence.</numerusform>
            <numerusform>Depuis %1 : %n différences.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This release against %1: %n differences.</source>
        <translation>
            <numerusform>Ce communiqué comparé à %1 : %n différence.</numerusform>
            <numerusform>Ce communiqué comparé à %1 : %n différences.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Statement, paragraph %1 (was %2)</source>
        <translation>Déclaration, paragraphe %1 (auparavant %2)</translation>
    </message>
    <message>
        <source>Statement, paragraph %1</source>
        <translation>Déclaration, paragraphe %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <source>%1 (second language)</source>
        <translation>%1 (seconde langue)</translation>
    </message>
    <message>
        <source>Its bold, italics, links or list style changed.</source>
        <translation>Son gras, son italique, ses liens ou son style de liste ont changé.</translation>
    </message>
    <message>
        <source>Take all changes from %1</source>
        <translation>Prendre toutes les modifications de %1</translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>Modifications de %1 à %2</translation>
    </message>
    <message>
        <source>%1 and %2 say the same.</source>
        <translation>%1 et %2 disent la même chose.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n differences.</source>
        <translation>
            <numerusform>%1 : %n différence.</numerusform>
            <numerusform>%1 : %n différences.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::DocumentController</name>
    <message>
        <source>an untitled release</source>
        <translation>un communiqué sans titre</translation>
    </message>
    <message>
        <source>Release Desk stopped before the changes to %1 were saved. Restore the work as it was at %2?</source>
        <translation>Release Desk s&apos;est arrêté avant l&apos;enregistrement des modifications de %1. Restaurer le travail tel qu&apos;il était à %2 ?</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>Restaurer le travail non enregistré</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Open release</source>
        <translation>Ouvrir un communiqué</translation>
    </message>
    <message>
        <source>Use Save As to keep your changes under another name.</source>
        <translation>Utilisez Enregistrer sous pour conserver vos modifications sous un autre nom.</translation>
    </message>
    <message>
        <source>%1 is read-only: its folder or the medium it is on cannot be written to. %2</source>
        <translation>%1 est en lecture seule : son dossier ou son support n&apos;est pas accessible en écriture. %2</translation>
    </message>
    <message>
        <source>%1 is read-only: no lock could be taken in its folder, so a colleague&apos;s changes could be overwritten. %2</source>
        <translation>%1 est en lecture seule : aucun verrou n&apos;a pu être posé dans son dossier, et les modifications d&apos;un collègue pourraient être écrasées. %2</translation>
    </message>
    <message>
        <source>%1 is open in Release Desk by %2 on %3 since %4. You can open it read-only, open a copy to save under another name%5.</source>
        <translation>%1 est ouvert dans Release Desk par %2 sur %3 depuis %4. Vous pouvez l&apos;ouvrir en lecture seule, ouvrir une copie à enregistrer sous un autre nom%5.</translation>
    </message>
    <message>
        <source>, or break the lock if that Release Desk is no longer running</source>
        <translation>, ou forcer le verrou si cette session de Release Desk ne tourne plus</translation>
    </message>
    <message>
        <source>%1 is read-only: %2 has it open on %3. %4</source>
        <translation>%1 est en lecture seule : %2 l&apos;a ouvert sur %3. %4</translation>
    </message>
    <message>
        <source>%1: the lock could not be broken</source>
        <translation>%1 : le verrou n&apos;a pas pu être forcé</translation>
    </message>
    <message>
        <source>release</source>
        <translation>communique</translation>
    </message>
    <message>
        <source>Save release as</source>
        <translation>Enregistrer le communiqué sous</translation>
    </message>
    <message>
        <source>Save release</source>
        <translation>Enregistrer le communiqué</translation>
    </message>
    <message>
        <source>%1: another Release Desk has this file open; choose another name</source>
        <translation>%1 : une autre session de Release Desk a ouvert ce fichier ; choisissez un autre nom</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>%L1 files cannot be attached at once: a release takes at most %L2 at a time. Choose the files that go with the release.</source>
        <translation>%L1 fichiers ne peuvent pas être joints d’un coup : un communiqué en prend au plus %L2 à la fois. Choisissez les fichiers qui accompagnent le communiqué.</translation>
    </message>
</context>
<context>
    <name>rd::DocumentStatus</name>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Saved just now</source>
        <translation>Enregistré à l&apos;instant</translation>
    </message>
    <message>
        <source>Saved a minute ago</source>
        <translation>Enregistré il y a une minute</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré %1</translation>
    </message>
    <message>
        <source>No changes since it was opened</source>
        <translation>Aucune modification depuis l&apos;ouverture</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n minutes ago</source>
        <translation>
            <numerusform>Enregistré il y a %n minute</numerusform>
            <numerusform>Enregistré il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words in the statement</source>
        <translation>
            <numerusform>%n mot dans la déclaration</numerusform>
            <numerusform>%n mots dans la déclaration</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::EmbargoEditor</name>
    <message>
        <source>For immediate release</source>
        <translation>À diffuser immédiatement</translation>
    </message>
    <message>
        <source>Embargoed until</source>
        <translation>Sous embargo jusqu&apos;au</translation>
    </message>
    <message>
        <source>Embargo lifts at (local time)</source>
        <translation>Levée de l&apos;embargo à (heure locale)</translation>
    </message>
    <message>
        <source>Embargo time zone</source>
        <translation>Fuseau horaire de l&apos;embargo</translation>
    </message>
    <message>
        <source>Lifts at %1 UTC (%2)</source>
        <translation>Levée à %1 UTC (%2)</translation>
    </message>
    <message>
        <source>Choose the time zone of the lift time.</source>
        <translation>Choisissez le fuseau horaire de l&apos;heure de levée.</translation>
    </message>
</context>
<context>
    <name>rd::FindController</name>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find in the release:</source>
        <translation>Rechercher dans le communiqué :</translation>
    </message>
    <message>
        <source>“%1” is not in the release.</source>
        <translation>« %1 » ne figure pas dans le communiqué.</translation>
    </message>
</context>
<context>
    <name>rd::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nouveau depuis un &amp;modèle</translation>
    </message>
    <message>
        <source>New &amp;Update to This Release</source>
        <translation>Nouvelle &amp;mise à jour de ce communiqué</translation>
    </message>
    <message>
        <source>A new release that updates this one, under the same reference number</source>
        <translation>Un nouveau communiqué qui met celui-ci à jour, sous le même numéro de référence</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>Étape &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>Étape &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Check what is missing, approve and export</source>
        <translation>Vérifier ce qui manque, approuver et exporter</translation>
    </message>
    <message>
        <source>Release Desk</source>
        <translation>Release Desk</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>%1[*] — Release Desk</source>
        <translation>%1[*] — Release Desk</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Save &amp;Version…</source>
        <translation>Enregistrer une &amp;version…</translation>
    </message>
    <message>
        <source>Keep the release as it stands as a version you can return to</source>
        <translation>Conserver le communiqué tel qu&apos;il est comme une version à laquelle revenir</translation>
    </message>
</context>
<context>
    <name>rd::OutputController</name>
    <message>
        <source>Export release</source>
        <translation>Exporter le communiqué</translation>
    </message>
    <message>
        <source>Issue release</source>
        <translation>Diffuser le communiqué</translation>
    </message>
    <message>
        <source>This approved release goes out now. Who is issuing it?</source>
        <translation>Ce communiqué approuvé part maintenant. Qui le diffuse ?</translation>
    </message>
    <message>
        <source>The release was exported to %1.</source>
        <translation>Le communiqué a été exporté vers %1.</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Print release</source>
        <translation>Imprimer le communiqué</translation>
    </message>
    <message>
        <source>The release was exported to %1 and %2.</source>
        <translation>Le communiqué a été exporté vers %1 et %2.</translation>
    </message>
    <message>
        <source>Both languages, one after the other</source>
        <translation>Les deux langues, l’une après l’autre</translation>
    </message>
    <message>
        <source>Both languages, side by side in two columns</source>
        <translation>Les deux langues, côte à côte sur deux colonnes</translation>
    </message>
    <message>
        <source>Each language in a file of its own</source>
        <translation>Chaque langue dans un fichier distinct</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>%1 seulement</translation>
    </message>
    <message>
        <source>This release is in two languages. Export:</source>
        <translation>Ce communiqué est en deux langues. Exporter :</translation>
    </message>
</context>
<context>
    <name>rd::PagesViewer</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
</context>
<context>
    <name>rd::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Langue de l&apos;&amp;interface :</translation>
    </message>
    <message>
        <source>Menus, dialogs and messages use this language from the next start. A release&apos;s own words follow its document language, chosen on the Headline step.</source>
        <translation>Les menus, boîtes de dialogue et messages emploient cette langue dès le prochain démarrage. Les mots propres d&apos;un communiqué suivent la langue du document, choisie à l&apos;étape Titre.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>As the locale (%1)</source>
        <translation>Selon le paramètre régional (%1)</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>The built-in style</source>
        <translation>La charte intégrée</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after the autosave interval</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Default &amp;house style:</source>
        <translation>&amp;Charte rédactionnelle par défaut :</translation>
    </message>
    <message>
        <source>Choose the Default House Style</source>
        <translation>Choisir la charte rédactionnelle par défaut</translation>
    </message>
    <message>
        <source>New releases&apos; lead agency starts with this style. An agency&apos;s own style, chosen on the Agencies step, takes its place.</source>
        <translation>L’organisme principal des nouveaux communiqués commence avec cette charte. La charte propre d’un organisme, choisie à l’étape Organismes, la remplace.</translation>
    </message>
    <message>
        <source>A&amp;gency profiles:</source>
        <translation>Profils d’&amp;organismes :</translation>
    </message>
    <message>
        <source>Choose the Agency Profiles Folder</source>
        <translation>Choisir le dossier des profils d’organismes</translation>
    </message>
    <message>
        <source>A shared folder gives everyone in the unit the same profiles.</source>
        <translation>Un dossier partagé donne à toute l’équipe les mêmes profils.</translation>
    </message>
    <message>
        <source>&amp;Keep unsaved work after:</source>
        <translation>&amp;Conserver le travail non enregistré après :</translation>
    </message>
    <message>
        <source>How soon after an edit it is kept in the recovery file, which a restart after a crash offers back.</source>
        <translation>Délai après une modification avant qu’elle soit conservée dans le fichier de récupération, que le redémarrage après un plantage propose de restaurer.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>House styles (*.json)</source>
        <translation>Chartes rédactionnelles (*.json)</translation>
    </message>
    <message>
        <source>Default House Style</source>
        <translation>Charte rédactionnelle par défaut</translation>
    </message>
    <message>
        <source>Agency Profiles</source>
        <translation>Profils d’organismes</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made or written.</source>
        <translation>Le dossier %1 ne peut être ni créé ni écrit.</translation>
    </message>
</context>
<context>
    <name>rd::PreviewPane</name>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zoom arrière (Ctrl+molette)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zoom avant (Ctrl+molette)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::PreviewWidget</name>
    <message>
        <source>Preview of the formatted release</source>
        <translation>Aperçu du communiqué mis en forme</translation>
    </message>
</context>
<context>
    <name>rd::QuotePlacementComboBox</name>
    <message>
        <source>Where the quote is set in the release. You can also drag a quote in the preview to another paragraph.</source>
        <translation>Où la citation s&apos;insère dans le communiqué. Vous pouvez aussi faire glisser une citation dans l&apos;aperçu vers un autre paragraphe.</translation>
    </message>
    <message>
        <source>At the end of the statement</source>
        <translation>À la fin de la déclaration</translation>
    </message>
    <message>
        <source>After paragraph %1: “%2”</source>
        <translation>Après le paragraphe %1 : « %2 »</translation>
    </message>
</context>
<context>
    <name>rd::ReadOnlyBanner</name>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
</context>
<context>
    <name>rd::RecentFiles</name>
    <message>
        <source>&amp;%1 %2 (%3)</source>
        <translation>&amp;%1 %2 (%3)</translation>
    </message>
    <message>
        <source>No recent releases</source>
        <translation>Aucun communiqué récent</translation>
    </message>
</context>
<context>
    <name>rd::ReviewController</name>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Re&amp;lecture</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Add &amp;Comment…</source>
        <translation>Ajouter un &amp;commentaire…</translation>
    </message>
    <message>
        <source>Comment on the field with the cursor, or on the text selected in it</source>
        <translation>Commenter le champ où se trouve le curseur, ou le texte qui y est sélectionné</translation>
    </message>
    <message>
        <source>Show C&amp;omments</source>
        <translation>Afficher les c&amp;ommentaires</translation>
    </message>
    <message>
        <source>Save &amp;Version…</source>
        <translation>Enregistrer une &amp;version…</translation>
    </message>
    <message>
        <source>Show V&amp;ersions</source>
        <translation>Afficher les v&amp;ersions</translation>
    </message>
    <message>
        <source>Changes Since &amp;Approval</source>
        <translation>Modifications depuis l&apos;&amp;approbation</translation>
    </message>
    <message>
        <source>Compare with &amp;File…</source>
        <translation>Comparer avec un &amp;fichier…</translation>
    </message>
    <message>
        <source>Export &amp;Review Copy (PDF)…</source>
        <translation>Exporter une copie de &amp;relecture (PDF)…</translation>
    </message>
    <message>
        <source>Review &amp;Panel</source>
        <translation>&amp;Panneau de relecture</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Comments and versions carry the name of who made them. Your name:</source>
        <translation>Les commentaires et les versions portent le nom de leur auteur. Votre nom :</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Ajouter un commentaire</translation>
    </message>
    <message>
        <source>Put the cursor in the field to comment on, or select the words in it, then add the comment.</source>
        <translation>Placez le curseur dans le champ à commenter, ou sélectionnez-y les mots, puis ajoutez le commentaire.</translation>
    </message>
    <message>
        <source>Your comment on “%1” in the %2:</source>
        <translation>Votre commentaire sur « %1 » (champ : %2) :</translation>
    </message>
    <message>
        <source>Your comment on the %1:</source>
        <translation>Votre commentaire sur le champ %1 :</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Enregistrer une version</translation>
    </message>
    <message>
        <source>Keep the release as it stands as a version, called:</source>
        <translation>Conserver le communiqué tel qu&apos;il est comme une version, nommée :</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version : %1</translation>
    </message>
    <message>
        <source>Compare with a copy</source>
        <translation>Comparer avec une copie</translation>
    </message>
    <message>
        <source>Release Desk projects (*.releasedesk)</source>
        <translation>Projets Release Desk (*.releasedesk)</translation>
    </message>
    <message>
        <source>the approval by %1 (%2)</source>
        <translation>l&apos;approbation par %1 (%2)</translation>
    </message>
    <message>
        <source>Changes since approval</source>
        <translation>Modifications depuis l&apos;approbation</translation>
    </message>
    <message>
        <source>This release has not been approved yet, so there is no approved version to compare it with.</source>
        <translation>Ce communiqué n&apos;a pas encore été approuvé : il n&apos;y a pas de version approuvée à laquelle le comparer.</translation>
    </message>
    <message>
        <source>Export redline</source>
        <translation>Exporter la version annotée</translation>
    </message>
    <message>
        <source> - changes</source>
        <translation> - modifications</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export list of changes</source>
        <translation>Exporter la liste des modifications</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texte brut (*.txt)</translation>
    </message>
    <message>
        <source>Export review copy</source>
        <translation>Exporter une copie de relecture</translation>
    </message>
    <message>
        <source> - review copy</source>
        <translation> - copie de relecture</translation>
    </message>
    <message>
        <source>Show the comments (F9 shows or hides the review panel)</source>
        <translation>Afficher les commentaires (F9 affiche ou masque le panneau de relecture)</translation>
    </message>
    <message numerus="yes">
        <source>%n open comments</source>
        <translation>
            <numerusform>%n commentaire ouvert</numerusform>
            <numerusform>%n commentaires ouverts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ReviewPage</name>
    <message>
        <source>Checklist</source>
        <translation>Liste de vérification</translation>
    </message>
    <message>
        <source>Sensitive content</source>
        <translation>Contenu sensible</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>History of review, approval and issue</source>
        <translation>Historique de la relecture, de l&apos;approbation et de la diffusion</translation>
    </message>
    <message>
        <source>The statement&apos;s sentences average %1 words (house target: at most %2).</source>
        <translation>Les phrases de la déclaration comptent en moyenne %1 mots (objectif de la charte : au plus %2).</translation>
    </message>
    <message>
        <source>Reading ease %1 (house target: at least %2). </source>
        <translation>Facilité de lecture %1 (objectif de la charte : au moins %2). </translation>
    </message>
    <message>
        <source>someone who gave no name</source>
        <translation>une personne qui n&apos;a pas donné son nom</translation>
    </message>
    <message>
        <source>Review requested by %1</source>
        <translation>Relecture demandée par %1</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Approuvé par %1</translation>
    </message>
    <message>
        <source>Returned to draft by %1</source>
        <translation>Repassé en brouillon par %1</translation>
    </message>
    <message>
        <source>Review withdrawn by an edit by %1</source>
        <translation>Relecture retirée par une modification de %1</translation>
    </message>
    <message>
        <source>Approval by %1 withdrawn by an edit by %2</source>
        <translation>Approbation de %1 retirée par une modification de %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; confirmed by %2</source>
        <translation>« %1 » confirmé par %2</translation>
    </message>
    <message>
        <source>Warning let stand by %1 (%2, in %3): %4</source>
        <translation>Avertissement laissé tel quel par %1 (%2, dans %3) : %4</translation>
    </message>
    <message>
        <source>%1 issued by %2 as %3 (content %4)</source>
        <translation>%1 diffusé par %2 en %3 (contenu %4)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not reviewed or issued yet. Review, approval and every export of the approved release are recorded here.</source>
        <translation>Ni relu ni diffusé pour l&apos;instant. La relecture, l&apos;approbation et chaque export du communiqué approuvé sont consignés ici.</translation>
    </message>
</context>
<context>
    <name>rd::SensitivityPanel</name>
    <message>
        <source>The release concerns:</source>
        <translation>Le communiqué concerne :</translation>
    </message>
    <message>
        <source>Mark what the release concerns: each needs safeguards confirmed before it can be approved.</source>
        <translation>Indiquez ce que concerne le communiqué : chaque sujet exige des précautions confirmées avant l&apos;approbation.</translation>
    </message>
    <message>
        <source>Confirmed by %1, %2</source>
        <translation>Confirmé par %1, %2</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Withdraw &quot;%1&quot;</source>
        <translation>Retirer « %1 »</translation>
    </message>
    <message>
        <source>Not confirmed: approval waits for it.</source>
        <translation>Non confirmé : l&apos;approbation l&apos;attend.</translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation>Confirmer…</translation>
    </message>
    <message>
        <source>Confirm &quot;%1&quot;</source>
        <translation>Confirmer « %1 »</translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation>Confirmer : %1</translation>
    </message>
    <message>
        <source>Your name, recorded with the confirmation:</source>
        <translation>Votre nom, consigné avec la confirmation :</translation>
    </message>
</context>
<context>
    <name>rd::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>rd::StartPage</name>
    <message>
        <source>Release Desk</source>
        <translation>Release Desk</translation>
    </message>
    <message>
        <source>No release is open. Start one, or open one you or a colleague saved.</source>
        <translation>Aucun communiqué n&apos;est ouvert. Commencez-en un, ou ouvrez-en un que vous ou un collègue avez enregistré.</translation>
    </message>
    <message>
        <source>&amp;New Release</source>
        <translation>&amp;Nouveau communiqué</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nouveau depuis un &amp;modèle</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Recent releases:</source>
        <translation>Communiqués &amp;récents :</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Aucun pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>rd::StepNavigator</name>
    <message>
        <source>complete</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>has a problem</source>
        <translation>pose problème</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultative</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplète</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (facultative)</translation>
    </message>
</context>
<context>
    <name>rd::TranslationPage</name>
    <message>
        <source>Agency %1</source>
        <translation>Organisme %1</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Citation %1</translation>
    </message>
    <message>
        <source>Media contact %1</source>
        <translation>Contact presse %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an item of a list, then one of its fields</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>One after the other, the second from a new page</source>
        <translation>L’une après l’autre, la seconde sur une nouvelle page</translation>
    </message>
    <message>
        <source>Side by side, in two columns</source>
        <translation>Côte à côte, sur deux colonnes</translation>
    </message>
    <message>
        <source>This release is in one language. Choose a second language to write it in two, such as te reo Māori beside English or French beside English: each field then has its translation beside it, and the release prints both.</source>
        <translation>Ce communiqué est en une seule langue. Choisissez une seconde langue pour le rédiger en deux, comme le français à côté de l’anglais ou le te reo maori à côté de l’anglais : chaque champ a alors sa traduction à côté, et le communiqué s’imprime dans les deux.</translation>
    </message>
    <message>
        <source>Second &amp;language:</source>
        <translation>Seconde &amp;langue :</translation>
    </message>
    <message>
        <source>Set the &amp;two languages:</source>
        <translation>Disposer les &amp;deux langues :</translation>
    </message>
    <message>
        <source>None: the release is in one language</source>
        <translation>Aucune : le communiqué est en une seule langue</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Nothing to translate</source>
        <translation>Rien à traduire</translation>
    </message>
    <message>
        <source>● Not translated yet</source>
        <translation>● Pas encore traduit</translation>
    </message>
    <message>
        <source>▲ Source changed since it was translated</source>
        <translation>▲ Source modifiée depuis la traduction</translation>
    </message>
    <message>
        <source>✓ Up to date</source>
        <translation>✓ À jour</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Pièce jointe %1</translation>
    </message>
</context>
<context>
    <name>rd::UserGuideWindow</name>
    <message>
        <source>Release Desk User Guide</source>
        <translation>Guide de l’utilisateur de Release Desk</translation>
    </message>
</context>
<context>
    <name>rd::VersionsPanel</name>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Review requested</source>
        <translation>Relecture demandée</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Diffusée</translation>
    </message>
    <message>
        <source>Save &amp;Version…</source>
        <translation>Enregistrer une &amp;version…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>&amp;Compare with Current</source>
        <translation>&amp;Comparer avec l&apos;actuelle</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>R&amp;établir</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Bring back this version&apos;s content (Undo takes it back again)</source>
        <translation>Rétablir le contenu de cette version (Annuler revient en arrière)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Compare the Two</source>
        <translation>&amp;Comparer les deux</translation>
    </message>
    <message>
        <source>Choose one version to compare with the release as it stands, or two (Ctrl+click) to compare with each other</source>
        <translation>Choisissez une version à comparer avec le communiqué actuel, ou deux (Ctrl+clic) à comparer entre elles</translation>
    </message>
</context>
<context>
    <name>rd::WelcomeTour</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Welcome to Release Desk</source>
        <translation>Bienvenue dans Release Desk</translation>
    </message>
    <message>
        <source>&amp;Skip the Tour</source>
        <translation>&amp;Passer la visite</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Start Writing</source>
        <translation>&amp;Commencer à rédiger</translation>
    </message>
</context>
<context>
    <name>rd::WorkflowPanel</name>
    <message>
        <source>Request review…</source>
        <translation>Demander une relecture…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <source>Return to draft</source>
        <translation>Repasser en brouillon</translation>
    </message>
    <message>
        <source>Workflow state</source>
        <translation>État du circuit</translation>
    </message>
    <message>
        <source>Request review</source>
        <translation>Demander une relecture</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Votre nom :</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Approver&apos;s name:</source>
        <translation>Nom de l&apos;approbateur :</translation>
    </message>
    <message>
        <source>These warnings were let stand and go out as they are:
%1

%2</source>
        <translation>Ces avertissements ont été laissés tels quels et partent ainsi :
%1

%2</translation>
    </message>
    <message>
        <source>%1 asked for the review and is now approving the release. A second person&apos;s approval is what most media units expect.</source>
        <translation>%1 a demandé la relecture et approuve maintenant le communiqué. La plupart des services de presse attendent l&apos;approbation d&apos;une seconde personne.</translation>
    </message>
    <message>
        <source>Draft: not yet reviewed or approved. Exports carry a DRAFT mark.</source>
        <translation>Brouillon : pas encore relu ni approuvé. Les exports portent la mention BROUILLON.</translation>
    </message>
    <message>
        <source>In review, requested by %1 on %2. Any edit returns it to draft.</source>
        <translation>En relecture, demandée par %1 le %2. Toute modification le ramène à l&apos;état de brouillon.</translation>
    </message>
    <message>
        <source>Approved by %1 on %2.</source>
        <translation>Approuvé par %1 le %2.</translation>
    </message>
    <message>
        <source>Approved by %1 on %2; review requested by %3 on %4.</source>
        <translation>Approuvé par %1 le %2 ; relecture demandée par %3 le %4.</translation>
    </message>
    <message>
        <source>An edit asks before it returns the release to draft.</source>
        <translation>Une modification demande confirmation avant de ramener le communiqué à l&apos;état de brouillon.</translation>
    </message>
    <message numerus="yes">
        <source>%n comments on this release are still open. Approve it anyway, or read and resolve them first (Review ▸ Comments)?</source>
        <translation>
            <numerusform>%n commentaire sur ce communiqué est encore ouvert. L&apos;approuver quand même, ou le lire et le résoudre d&apos;abord (Relecture ▸ Commentaires) ?</numerusform>
            <numerusform>%n commentaires sur ce communiqué sont encore ouverts. L&apos;approuver quand même, ou les lire et les résoudre d&apos;abord (Relecture ▸ Commentaires) ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve Anyway</source>
        <translation>Approuver quand même</translation>
    </message>
    <message numerus="yes">
        <source>%n comments still open.</source>
        <translation>
            <numerusform>%n commentaire encore ouvert.</numerusform>
            <numerusform>%n commentaires encore ouverts.</numerusform>
        </translation>
    </message>
</context>
</TS>
