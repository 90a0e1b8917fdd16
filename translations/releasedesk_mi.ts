<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mi_NZ">
<context>
    <name>AcknowledgementsCommand</name>
    <message>
        <source>Acknowledge warning</source>
        <translation>Tukua te whakatūpato</translation>
    </message>
    <message>
        <source>Withdraw acknowledgement</source>
        <translation>Tangohia te whakaaetanga</translation>
    </message>
</context>
<context>
    <name>AddVersionCommand</name>
    <message>
        <source>Save version</source>
        <translation>Tiakina te putanga</translation>
    </message>
</context>
<context>
    <name>AgenciesSection</name>
    <message>
        <source>Logo</source>
        <translation>Waitohu</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Kōwhiria he waitohu…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Tangohia te waitohu</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kāore he waitohu</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Kōwhiria he waitohu</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Ngā whakaahua (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose Style File…</source>
        <translation>Kōwhiria he kōnae tikanga…</translation>
    </message>
    <message>
        <source>Use Default</source>
        <translation>Whakamahia te taunoa</translation>
    </message>
    <message>
        <source>The default house style</source>
        <translation>Ngā tikanga tuhi taunoa</translation>
    </message>
    <message>
        <source>Its own house style</source>
        <translation>Āna ake tikanga tuhi</translation>
    </message>
    <message>
        <source>%1 (its own house style)</source>
        <translation>%1 (āna ake tikanga tuhi)</translation>
    </message>
    <message>
        <source>Choose a house style</source>
        <translation>Kōwhiria he tikanga tuhi</translation>
    </message>
    <message>
        <source>House styles (*.json)</source>
        <translation>Ngā tikanga tuhi (*.json)</translation>
    </message>
    <message>
        <source>Add from Profiles</source>
        <translation>Tāpiri mai i ngā kōtaha</translation>
    </message>
    <message>
        <source>No agency profiles are saved yet. Fill in an agency and choose “Save as Profile”, or copy a colleague&apos;s profile files into %1.</source>
        <translation>Kāore anō kia tiakina he kōtaha tari. Whakakīia ngā taipitopito o tētahi tari, ka kōwhiri ai i te “Tiaki hei Kōtaha”, kāore rānei, tāruatia ngā kōnae kōtaha a tētahi hoa mahi ki %1.</translation>
    </message>
    <message>
        <source>Agencies to add (a joint statement takes several):</source>
        <translation>Ngā tari hei tāpiri (he maha ngā tari o te tauākī ngātahi):</translation>
    </message>
    <message>
        <source>Add agencies from profiles</source>
        <translation>Tāpiri tari mai i ngā kōtaha</translation>
    </message>
    <message>
        <source>Agency %1 (no name yet)</source>
        <translation>Tari %1 (kāore anō he ingoa)</translation>
    </message>
    <message>
        <source>%1 — lead agency</source>
        <translation>%1 — te tari matua</translation>
    </message>
    <message>
        <source>Kestrel Bay Police</source>
        <translation>Pirihimana o Kestrel Bay</translation>
    </message>
    <message>
        <source>KBP</source>
        <translation>PKB</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ingoa:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>Ingoa p&amp;oto:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Waitohu:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Paetukutuku:</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Mō te tari:</translation>
    </message>
    <message>
        <source>House style:</source>
        <translation>Tikanga tuhi:</translation>
    </message>
    <message>
        <source>Save as Profile</source>
        <translation>Tiaki hei Kōtaha</translation>
    </message>
    <message>
        <source>Keep this agency, its logo, About paragraph and media contacts for later releases</source>
        <translation>Puritia tēnei tari, tōna waitohu, tōna kōwae whakamārama me ōna hoa whakapā pāpāho mō ngā pānui ā muri ake</translation>
    </message>
    <message>
        <source>Add from Profiles…</source>
        <translation>Tāpiri mai i ngā kōtaha…</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>Attach a file</source>
        <translation>Tāpiritia he kōnae</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Ngā kōnae katoa (*)</translation>
    </message>
    <message>
        <source>%1, %2, SHA-256 %3…</source>
        <translation>%1, %2, SHA-256 %3…</translation>
    </message>
    <message>
        <source>Full statement</source>
        <translation>Te tauākī katoa</translation>
    </message>
    <message>
        <source>Replace file…</source>
        <translation>Whakakapia te kōnae…</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Kupu whakamārama:</translation>
    </message>
    <message>
        <source>&amp;File name:</source>
        <translation>Ingoa &amp;kōnae:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Ngā kai o roto:</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Checks releases against the house style and the rules of a release, and prints what it finds as FILE:FIELD:LINE:COL: SEVERITY: MESSAGE [RULE-ID]. Exits 0 without errors, 1 with errors, 2 when a file or option cannot be read.</source>
        <translation>Ka arotakehia ngā pānui ki ngā tikanga tuhi me ngā ture o te pānui, ka tāia ngā kitenga hei KŌNAE:WĀHANGA:RĀRANGI:TĪWAE: TAUMAHA: KARERE [TURE]. Ka puta ko te 0 ki te kore he hapa, ko te 1 ki te whai hapa, ko te 2 ki te kore e taea te pānui he kōnae, he kōwhiringa rānei.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Whakaaturia tēnei āwhina, ka puta ai.</translation>
    </message>
    <message>
        <source>Check against this house-style file (docs/house-style.md) instead of the style each release&apos;s lead agency carries.</source>
        <translation>Arotakehia ki tēnei kōnae tikanga tuhi (docs/house-style.md), kaua ki ngā tikanga o te tari matua o ia pānui.</translation>
    </message>
    <message>
        <source>text (the default) or json.</source>
        <translation>text (te taunoa) json rānei.</translation>
    </message>
    <message>
        <source>Check as at this moment (ISO 8601 with a time zone, such as 2026-11-26T09:00+13:00) instead of now.</source>
        <translation>Arotakehia i tēnei wā (ISO 8601 me te rohe wā, pērā i te 2026-11-26T09:00+13:00), kaua i tēnei wā tonu.</translation>
    </message>
    <message>
        <source>The .releasedesk projects.</source>
        <translation>Ngā kaupapa .releasedesk.</translation>
    </message>
    <message>
        <source>name one or more .releasedesk files to check (see releasedesk check --help)</source>
        <translation>tohua kia kotahi, neke atu rānei ngā kōnae .releasedesk hei arotake (tirohia te releasedesk check --help)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an output format (text or json)</source>
        <translation>Ehara a “%1” i te hōputu puta (text, json rānei)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a moment with a time zone, such as 2026-11-26T09:00+13:00</source>
        <translation>Ehara a “%1” i te wā me tōna rohe wā, pērā i te 2026-11-26T09:00+13:00</translation>
    </message>
    <message>
        <source>STYLE.json</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>TIKANGA.json</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>HŌPUTU</translation>
    </message>
    <message>
        <source>TIME</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>WĀ</translation>
    </message>
    <message>
        <source>FILE...</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>KŌNAE...</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>• %1 — let stand by %2: %3</source>
        <translation>• %1 — i tukuna e %2: %3</translation>
    </message>
    <message>
        <source>An error cannot be acknowledged: fix it before approval.</source>
        <translation>Kāore e taea te tuku i tētahi hapa: whakatikahia i mua i te whakaaetanga.</translation>
    </message>
    <message>
        <source>Advice needs no acknowledgement.</source>
        <translation>Kāore he take o te tohutohu kia whakaaetia.</translation>
    </message>
    <message>
        <source>Say why the warning may stand: the approver reads it.</source>
        <translation>Kīia te take e tika ai kia tū te whakatūpato: ka pānuitia e te kaiwhakaae.</translation>
    </message>
    <message>
        <source>Give your name: the approver sees who let the warning stand.</source>
        <translation>Tuhia tō ingoa: ka kite te kaiwhakaae ko wai i tuku i te whakatūpato.</translation>
    </message>
    <message>
        <source>“%1” is used before it is spelled out; spell it out here, at its first use.</source>
        <translation>Kua whakamahia a “%1” i mua i te whakamārama i tōna tikanga; tuhia katoatia i konei, i tōna putanga tuatahi.</translation>
    </message>
    <message>
        <source>Spell out “%1” at its first use, as in “Full Name (%1)”, or add it to the house style&apos;s acronyms that need no explaining.</source>
        <translation>Tuhia katoatia a “%1” i tōna putanga tuatahi, pērā i te “Ingoa Katoa (%1)”, tāpiritia rānei ki ngā kupu poto o ngā tikanga tuhi kāore e hiahiatia he whakamārama.</translation>
    </message>
    <message>
        <source>… and %1 more in the checklist.</source>
        <translation>… me ētahi atu %1 kei te rārangi arotake.</translation>
    </message>
    <message>
        <source>The release cannot be approved while it has errors. Fix these first:
%1</source>
        <translation>Kāore e taea te whakaae i te pānui i te mea he hapa kei roto. Whakatikahia ēnei i te tuatahi:
%1</translation>
    </message>
    <message>
        <source>The text says “%1”, but nothing is attached: attach the file or change the text.</source>
        <translation>E kī ana te tuhinga “%1”, engari kāore he mea i tāpiritia: tāpiritia te kōnae, whakarerekēhia rānei te tuhinga.</translation>
    </message>
    <message>
        <source>The text mentions an attached picture, but no image is attached.</source>
        <translation>E kōrero ana te tuhinga mō tētahi whakaahua kua tāpiritia, engari kāore he whakaahua i tāpiritia.</translation>
    </message>
    <message>
        <source>The text mentions an attached video, but no video is attached.</source>
        <translation>E kōrero ana te tuhinga mō tētahi ataata kua tāpiritia, engari kāore he ataata i tāpiritia.</translation>
    </message>
    <message>
        <source>Give %1 a caption, which says what it is to those who cannot open or see it.</source>
        <translation>Hoatu he kupu whakamārama ki %1, e mōhio ai te hunga kāore e taea te huaki, te kite rānei he aha tēnā.</translation>
    </message>
    <message>
        <source>a required part of the release is empty</source>
        <translation>kei te takoto kau tētahi wāhanga me whai o te pānui</translation>
    </message>
    <message>
        <source>a template&apos;s prompt in [square brackets] is left</source>
        <translation>kei te toe tētahi tohu tauira [i roto i ngā taiapa tapawhā]</translation>
    </message>
    <message>
        <source>the headline is over the house limit</source>
        <translation>kua hipa te upoko kōrero i te rohe o ngā tikanga tuhi</translation>
    </message>
    <message>
        <source>the headline ends with a full stop</source>
        <translation>ka mutu te upoko kōrero ki te kopi</translation>
    </message>
    <message>
        <source>the headline is in capitals</source>
        <translation>kei ngā pū matua katoa te upoko kōrero</translation>
    </message>
    <message>
        <source>the first paragraph is over the house limit</source>
        <translation>kua hipa te kōwae tuatahi i te rohe o ngā tikanga tuhi</translation>
    </message>
    <message>
        <source>the first paragraph does not say who and what</source>
        <translation>kāore te kōwae tuatahi e kī ko wai, he aha</translation>
    </message>
    <message>
        <source>an acronym is used before it is spelled out</source>
        <translation>kua whakamahia tētahi kupu poto i mua i te whakamārama</translation>
    </message>
    <message>
        <source>a quote has no speaker</source>
        <translation>kāore he kaikōrero o tētahi kōrero whakahua</translation>
    </message>
    <message>
        <source>a quote&apos;s speaker has no title</source>
        <translation>kāore he taitara o te kaikōrero o tētahi kōrero whakahua</translation>
    </message>
    <message>
        <source>a joint statement&apos;s quote does not say which agency its speaker speaks for</source>
        <translation>kāore te kōrero whakahua o te tauākī ngātahi e kī mō tēhea tari te kaikōrero e kōrero ana</translation>
    </message>
    <message>
        <source>quotation marks do not balance</source>
        <translation>kāore ngā tohu kōrero e ōrite ana</translation>
    </message>
    <message>
        <source>a quote is over the house limit</source>
        <translation>kua hipa tētahi kōrero whakahua i te rohe o ngā tikanga tuhi</translation>
    </message>
    <message>
        <source>an embargo has no complete lift time and zone</source>
        <translation>kāore he wā tuku me te rohe wā katoa o tētahi aukati</translation>
    </message>
    <message>
        <source>the embargo has already lifted</source>
        <translation>kua tangohia kē te aukati</translation>
    </message>
    <message>
        <source>the lift time is skipped or repeated by a daylight-saving change</source>
        <translation>ka peke, ka tārua rānei te wā tuku i te panonitanga o te wā raumati</translation>
    </message>
    <message>
        <source>the text and the embargo status disagree</source>
        <translation>kāore te tuhinga me te tūnga aukati e ōrite ana</translation>
    </message>
    <message>
        <source>the text mentions an attachment the release does not have</source>
        <translation>e kōrero ana te tuhinga mō tētahi tāpiritanga kāore i te pānui</translation>
    </message>
    <message>
        <source>an attachment has no caption</source>
        <translation>kāore he kupu whakamārama o tētahi tāpiritanga</translation>
    </message>
    <message>
        <source>a media contact has no phone number or e-mail address</source>
        <translation>kāore he nama waea, he wāhitau īmēra rānei o tētahi hoa whakapā pāpāho</translation>
    </message>
    <message>
        <source>an e-mail address is malformed</source>
        <translation>kua hē te hanga o tētahi wāhitau īmēra</translation>
    </message>
    <message>
        <source>a phone number is not a number of its country</source>
        <translation>ehara tētahi nama waea i te nama o tōna whenua</translation>
    </message>
    <message>
        <source>the dateline&apos;s date is far from the day of checking</source>
        <translation>kei tawhiti te rā o te rārangi rā i te rā o te arotake</translation>
    </message>
    <message>
        <source>&quot;today&quot;, &quot;yesterday&quot; and the like in a dated release</source>
        <translation>“i tēnei rā”, “inanahi” me ērā atu i roto i tētahi pānui whai rā</translation>
    </message>
    <message>
        <source>a weekday does not match its date</source>
        <translation>kāore tētahi rā o te wiki e hāngai ana ki tōna rā</translation>
    </message>
    <message>
        <source>a link is not an absolute http(s), mailto or tel address</source>
        <translation>ehara tētahi hononga i te wāhitau http(s), mailto, tel katoa rānei</translation>
    </message>
    <message>
        <source>a link points into an internal network</source>
        <translation>e tohu ana tētahi hononga ki tētahi whatunga ā-roto</translation>
    </message>
    <message>
        <source>the statement reads harder than the house target</source>
        <translation>he uaua ake te pānui i te tauākī i te whāinga o ngā tikanga tuhi</translation>
    </message>
    <message>
        <source>sentences are longer on average than the house target</source>
        <translation>he roa ake ngā rerenga kōrero i te toharite i te whāinga o ngā tikanga tuhi</translation>
    </message>
    <message>
        <source>a sentence is over the house limit</source>
        <translation>kua hipa tētahi rerenga kōrero i te rohe o ngā tikanga tuhi</translation>
    </message>
    <message>
        <source>a word the house style replaces</source>
        <translation>he kupu ka whakakapia e ngā tikanga tuhi</translation>
    </message>
    <message>
        <source>a word the house style bans</source>
        <translation>he kupu e aukatia ana e ngā tikanga tuhi</translation>
    </message>
    <message>
        <source>a date written in the other order</source>
        <translation>he rā kua tuhia ki tērā atu raupapa</translation>
    </message>
    <message>
        <source>a small number written in figures</source>
        <translation>he tau iti kua tuhia hei mati</translation>
    </message>
    <message>
        <source>a sensitive matter&apos;s safeguard is not confirmed</source>
        <translation>kāore anō kia whakaūngia tētahi tiakitanga o tētahi take tapu</translation>
    </message>
    <message>
        <source>the text speaks of a sensitive matter the release is not marked as concerning</source>
        <translation>e kōrero ana te tuhinga mō tētahi take tapu kāore i tohua mō te pānui</translation>
    </message>
    <message>
        <source>Media contact %1</source>
        <translation>Hoa whakapā pāpāho %1</translation>
    </message>
    <message>
        <source>Give %1 a phone number or an e-mail address, so that reporters can reach them.</source>
        <translation>Hoatu he nama waea, he wāhitau īmēra rānei ki %1, e taea ai e ngā kairīpoata te whakapā atu.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: check it for spaces, a missing @ or a missing domain.</source>
        <translation>Ehara a “%1” i te wāhitau īmēra: tirohia mēnā he mokowā, kei te ngaro rānei te @, te rohe ipurangi rānei.</translation>
    </message>
    <message>
        <source>“%1” has no phone number in it.</source>
        <translation>Kāore he nama waea i roto i a “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number that can be dialled; write it with its country code, such as +64.</source>
        <translation>Ehara a “%1” i te nama waea e taea te waea atu; tuhia me tōna waehere whenua, pērā i te +64.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number of %2: check its digits, or write it with its country code (+%3 for %2).</source>
        <translation>Ehara a “%1” i te nama waea o %2: tirohia ōna mati, tuhia rānei me tōna waehere whenua (+%3 mō %2).</translation>
    </message>
    <message>
        <source>“%1” will be wrong when the embargo lifts or the release is read later: give the weekday and date.</source>
        <translation>Ka hē a “%1” ina tangohia te aukati, ina pānuitia rānei te pānui ā muri ake: tuhia te rā o te wiki me te rā.</translation>
    </message>
    <message>
        <source>“%1” is wrong as soon as the release is read on another day: give the weekday and date.</source>
        <translation>Ka hē a “%1” ina pānuitia te pānui i tētahi atu rā: tuhia te rā o te wiki me te rā.</translation>
    </message>
    <message>
        <source>Give the date and time the embargo lifts.</source>
        <translation>Tuhia te rā me te wā ka tangohia te aukati.</translation>
    </message>
    <message>
        <source>Give the embargo&apos;s time zone: a lift time without one means different moments to different newsrooms.</source>
        <translation>Tuhia te rohe wā o te aukati: ki te kore he rohe wā, he rerekē te wā tuku ki ia whare pāpāho.</translation>
    </message>
    <message>
        <source>%1 does not happen on %2 in %3: the clocks go forward over it. Choose another time.</source>
        <translation>Kāore a %1 i te %2 ki %3: ka neke whakamua ngā karaka i taua wā. Kōwhiria he wā kē.</translation>
    </message>
    <message>
        <source>%1 happens twice on %2 in %3: the clocks go back over it. Choose another time, so that nobody publishes an hour early.</source>
        <translation>E rua ngā putanga o %1 i te %2 ki %3: ka neke whakamuri ngā karaka i taua wā. Kōwhiria he wā kē, kei whakaputaina e tētahi kia kotahi hāora i mua.</translation>
    </message>
    <message>
        <source>The embargo lifted at %1, before now: move it to the future, or release the statement for immediate release.</source>
        <translation>I tangohia te aukati i te %1, i mua i tēnei wā: nekehia ki tētahi wā ā muri, tukuna rānei te tauākī hei pānui tonu.</translation>
    </message>
    <message>
        <source>The release is embargoed, but the text says “%1”.</source>
        <translation>Kei raro te pānui i te aukati, engari e kī ana te tuhinga “%1”.</translation>
    </message>
    <message>
        <source>The text says “%1”, but the release is for immediate release: set the embargo, or take the words out.</source>
        <translation>E kī ana te tuhinga “%1”, engari he pānui tonu te pānui: whakaritea te aukati, tangohia rānei aua kupu.</translation>
    </message>
    <message>
        <source>Take the full stop off the end of the headline.</source>
        <translation>Tangohia te kopi i te mutunga o te upoko kōrero.</translation>
    </message>
    <message>
        <source>The headline is in capitals; write it in sentence case, which reads faster and is not shouted.</source>
        <translation>Kei ngā pū matua katoa te upoko kōrero; tuhia ki te pū matua tuatahi anake, he tere ake te pānui, ā, kāore e hāparangi ana.</translation>
    </message>
    <message>
        <source>The first paragraph should say who did what: name the agency, person or group, and what happened, in a full sentence.</source>
        <translation>Me kī te kōwae tuatahi ko wai i mahi i te aha: whakaingoatia te tari, te tangata, te rōpū rānei, me te mea i puta, i roto i tētahi rerenga kōrero katoa.</translation>
    </message>
    <message>
        <source>“%1” is on the agency&apos;s own network, which readers cannot reach: link to the public address.</source>
        <translation>Kei te whatunga ake o te tari a “%1”, kāore e taea e te hunga pānui: honoa ki te wāhitau tūmatanui.</translation>
    </message>
    <message>
        <source>“%1” is not a web address readers can open: use a full https://, mailto: or tel: address.</source>
        <translation>Ehara a “%1” i te wāhitau ipurangi e taea e te hunga pānui te huaki: whakamahia he wāhitau https://, mailto:, tel: katoa rānei.</translation>
    </message>
    <message>
        <source>Write numbers below %1 in words: “%2”.</source>
        <translation>Tuhia ngā tau iti iho i te %1 hei kupu: “%2”.</translation>
    </message>
    <message>
        <source>The house writes the day before the month: “%1”.</source>
        <translation>Ka tuhia e ngā tikanga te rā i mua i te marama: “%1”.</translation>
    </message>
    <message>
        <source>The house writes the month before the day: “%1”.</source>
        <translation>Ka tuhia e ngā tikanga te marama i mua i te rā: “%1”.</translation>
    </message>
    <message>
        <source>Quote %1 has no speaker; name who said it, since a quote is never anonymous.</source>
        <translation>Kāore he kaikōrero o te kōrero whakahua %1; whakaingoatia te tangata nāna i kōrero, nā te mea kāore he kōrero whakahua e huna ana i tōna kaikōrero.</translation>
    </message>
    <message>
        <source>Give %1&apos;s title or role, so that readers know why they speak.</source>
        <translation>Tuhia te taitara, te tūranga rānei o %1, e mōhio ai te hunga pānui he aha i kōrero ai.</translation>
    </message>
    <message>
        <source>Quote %1&apos;s agency is not one of this release&apos;s agencies; choose one that is.</source>
        <translation>Ehara te tari o te kōrero whakahua %1 i tētahi o ngā tari o tēnei pānui; kōwhiria tētahi o rātou.</translation>
    </message>
    <message>
        <source>Say which agency %1 speaks for: this release has %2.</source>
        <translation>Kīia mō tēhea tari a %1 e kōrero ana: e %2 ngā tari o tēnei pānui.</translation>
    </message>
    <message>
        <source>This quotation mark has no partner: close or open the quotation.</source>
        <translation>Kāore he hoa o tēnei tohu kōrero: katia, huakina rānei te kōrero whakahua.</translation>
    </message>
    <message>
        <source>The statement&apos;s reading ease is %1; the house target is at least %2. Use shorter sentences and everyday words.</source>
        <translation>Ko te māmā o te pānui i te tauākī ko %1; ko te whāinga o ngā tikanga ko te %2 neke atu. Whakamahia he rerenga poto ake me ngā kupu o ia rā.</translation>
    </message>
    <message>
        <source>The statement&apos;s sentences average %1 words; the house target is at most %2.</source>
        <translation>Ko te toharite o ngā kupu i ia rerenga o te tauākī ko %1; ko te whāinga o ngā tikanga ko te %2 iti iho rānei.</translation>
    </message>
    <message>
        <source>Add the issuing agency.</source>
        <translation>Tāpiritia te tari e tuku ana.</translation>
    </message>
    <message>
        <source>Agency %1 has no name.</source>
        <translation>Kāore he ingoa o te tari %1.</translation>
    </message>
    <message>
        <source>Choose the document language.</source>
        <translation>Kōwhiria te reo o te tuhinga.</translation>
    </message>
    <message>
        <source>Write the headline.</source>
        <translation>Tuhia te upoko kōrero.</translation>
    </message>
    <message>
        <source>Give the dateline&apos;s place.</source>
        <translation>Tuhia te wāhi o te rārangi rā.</translation>
    </message>
    <message>
        <source>Give the dateline&apos;s date.</source>
        <translation>Tuhia te rā o te rārangi rā.</translation>
    </message>
    <message>
        <source>Write the statement.</source>
        <translation>Tuhia te tauākī.</translation>
    </message>
    <message>
        <source>Quote %1 is empty: write it or remove it.</source>
        <translation>Kei te takoto kau te kōrero whakahua %1: tuhia, tangohia rānei.</translation>
    </message>
    <message>
        <source>Add a media contact; distributors refuse releases without one.</source>
        <translation>Tāpiritia he hoa whakapā pāpāho; ka whakakāhoretia e ngā kaitohatoha ngā pānui kāore he hoa whakapā.</translation>
    </message>
    <message>
        <source>Media contact %1 has no name.</source>
        <translation>Kāore he ingoa o te hoa whakapā pāpāho %1.</translation>
    </message>
    <message>
        <source>Name the media unit in the “Issued by” line.</source>
        <translation>Whakaingoatia te wāhanga pāpāho ki te rārangi “Nā wai i tuku”.</translation>
    </message>
    <message>
        <source>Replace the template&apos;s prompt %1 with the real text.</source>
        <translation>Whakakapia te tohu tauira %1 ki te tuhinga tūturu.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 me %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The release concerns %1: confirm &quot;%2&quot; before it is approved.</source>
        <translation>E pā ana te pānui ki %1: whakaūngia te “%2” i mua i te whakaaetanga.</translation>
    </message>
    <message>
        <source>This speaks of %1 (&quot;%2&quot;): mark the release as concerning %1 on the Review &amp; Export step, so that its safeguards are confirmed before approval.</source>
        <translation>E kōrero ana tēnei mō %1 (“%2”): tohua e pā ana te pānui ki %1 i te hipanga Arotake me te Kaweake, kia whakaūngia ōna tiakitanga i mua i te whakaaetanga.</translation>
    </message>
    <message>
        <source>Write “%1” rather than “%2”.</source>
        <translation>Tuhia a “%1”, kaua ko “%2”.</translation>
    </message>
    <message>
        <source>The house style does not use “%1”: rephrase it.</source>
        <translation>Kāore ngā tikanga tuhi e whakamahi ana i a “%1”: tuhia anōtia.</translation>
    </message>
    <message>
        <source>“%1”: there is no such date.</source>
        <translation>“%1”: kāore he rā pērā.</translation>
    </message>
    <message>
        <source>“%1”: that date is a %2.</source>
        <translation>“%1”: he %2 taua rā.</translation>
    </message>
    <message numerus="yes">
        <source>The dateline is %n days ago; give the day the release goes out.</source>
        <translation>
            <numerusform>E %n rā ki muri te rārangi rā; tuhia te rā ka tukuna te pānui.</numerusform>
            <numerusform>E %n rā ki muri te rārangi rā; tuhia te rā ka tukuna te pānui.</numerusform>
            <numerusform>E %n rā ki muri te rārangi rā; tuhia te rā ka tukuna te pānui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dateline is %n days ahead; give the day the release goes out.</source>
        <translation>
            <numerusform>E %n rā ki mua te rārangi rā; tuhia te rā ka tukuna te pānui.</numerusform>
            <numerusform>E %n rā ki mua te rārangi rā; tuhia te rā ka tukuna te pānui.</numerusform>
            <numerusform>E %n rā ki mua te rārangi rā; tuhia te rā ka tukuna te pānui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The headline has %n words; the house limit is %1. Keep what a reader must know and move the rest into the first paragraph.</source>
        <translation>
            <numerusform>E %n ngā kupu o te upoko kōrero; ko te rohe o ngā tikanga ko te %1. Puritia ngā mea me mōhio te kaipānui, ā, nekehia ērā atu ki te kōwae tuatahi.</numerusform>
            <numerusform>E %n ngā kupu o te upoko kōrero; ko te rohe o ngā tikanga ko te %1. Puritia ngā mea me mōhio te kaipānui, ā, nekehia ērā atu ki te kōwae tuatahi.</numerusform>
            <numerusform>E %n ngā kupu o te upoko kōrero; ko te rohe o ngā tikanga ko te %1. Puritia ngā mea me mōhio te kaipānui, ā, nekehia ērā atu ki te kōwae tuatahi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The headline has %n characters; the house limit is %1, so that it fits news wires and search results.</source>
        <translation>
            <numerusform>E %n ngā pū o te upoko kōrero; ko te rohe o ngā tikanga ko te %1, kia uru ai ki ngā waea pāpāho me ngā hua rapu.</numerusform>
            <numerusform>E %n ngā pū o te upoko kōrero; ko te rohe o ngā tikanga ko te %1, kia uru ai ki ngā waea pāpāho me ngā hua rapu.</numerusform>
            <numerusform>E %n ngā pū o te upoko kōrero; ko te rohe o ngā tikanga ko te %1, kia uru ai ki ngā waea pāpāho me ngā hua rapu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first paragraph has %n words; the house limit is %1. Say who did what, where and when, and leave the detail to the next paragraphs.</source>
        <translation>
            <numerusform>E %n ngā kupu o te kōwae tuatahi; ko te rohe o ngā tikanga ko te %1. Kīia ko wai i mahi i te aha, i hea, i āhea, ā, waiho ngā taipitopito mō ngā kōwae e whai ake ana.</numerusform>
            <numerusform>E %n ngā kupu o te kōwae tuatahi; ko te rohe o ngā tikanga ko te %1. Kīia ko wai i mahi i te aha, i hea, i āhea, ā, waiho ngā taipitopito mō ngā kōwae e whai ake ana.</numerusform>
            <numerusform>E %n ngā kupu o te kōwae tuatahi; ko te rohe o ngā tikanga ko te %1. Kīia ko wai i mahi i te aha, i hea, i āhea, ā, waiho ngā taipitopito mō ngā kōwae e whai ake ana.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quote %1 has %n words; the house limit is %2. Keep the words that only this speaker could say, and give the facts in the statement.</source>
        <translation>
            <numerusform>E %n ngā kupu o te kōrero whakahua %1; ko te rohe o ngā tikanga ko te %2. Puritia ngā kupu ka taea e tēnei kaikōrero anake te kī, ā, hoatu ngā meka ki te tauākī.</numerusform>
            <numerusform>E %n ngā kupu o te kōrero whakahua %1; ko te rohe o ngā tikanga ko te %2. Puritia ngā kupu ka taea e tēnei kaikōrero anake te kī, ā, hoatu ngā meka ki te tauākī.</numerusform>
            <numerusform>E %n ngā kupu o te kōrero whakahua %1; ko te rohe o ngā tikanga ko te %2. Puritia ngā kupu ka taea e tēnei kaikōrero anake te kī, ā, hoatu ngā meka ki te tauākī.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This sentence has %n words; the house limit is %1. Split it.</source>
        <translation>
            <numerusform>E %n ngā kupu o tēnei rerenga; ko te rohe o ngā tikanga ko te %1. Wehea.</numerusform>
            <numerusform>E %n ngā kupu o tēnei rerenga; ko te rohe o ngā tikanga ko te %1. Wehea.</numerusform>
            <numerusform>E %n ngā kupu o tēnei rerenga; ko te rohe o ngā tikanga ko te %1. Wehea.</numerusform>
        </translation>
    </message>
    <message>
        <source>a field of a bilingual release has no second language version</source>
        <translation>kāore he putanga reo tuarua o tētahi āpure o tētahi pānui reo rua</translation>
    </message>
    <message>
        <source>a field was changed after its second language version was written</source>
        <translation>i whakarerekētia tētahi āpure i muri i te tuhinga o tōna putanga reo tuarua</translation>
    </message>
    <message>
        <source>The %1 has no %2 version yet.</source>
        <translation>Kāore anō te %1 kia whai putanga i te %2.</translation>
    </message>
    <message>
        <source>The %1 was changed after its %2 version was written: bring the translation up to date.</source>
        <translation>I whakarerekētia te %1 i muri i te tuhinga o tōna putanga i te %2: whakahoutia te whakawhitinga reo.</translation>
    </message>
    <message>
        <source>a field holds a control character or a direction override, which no export carries</source>
        <translation>kei tētahi āpure he pūāhua whakahaere, he tohu huri ahunga rānei, kāore e kawea e tētahi kaweake</translation>
    </message>
    <message>
        <source>This holds a character that no export carries (a control character, a direction override or a noncharacter, often from a paste): it is left out of the release. Retype the text around it if anything looks wrong.</source>
        <translation>Kei konei tētahi pūāhua kāore e kawea e tētahi kaweake (he pūāhua whakahaere, he tohu huri ahunga, he pūāhua-kore rānei, nā te whakapiri pea): ka waiho ki waho o te pānui. Patohia anō te kuputuhi e karapoti ana mēnā he hē te āhua.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Commands (run without a display):</source>
        <translation>Ngā tono (ka rere me te kore mata):</translation>
    </message>
    <message>
        <source>Run &apos;releasedesk COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Whakahaerehia te “releasedesk TONO --help” mō ngā kōwhiringa o tētahi tono.</translation>
    </message>
    <message>
        <source>Release Desk: draft, review and export media releases and joint statements.</source>
        <translation>Release Desk: tuhia, arotakehia, kaweakehia hoki ngā pānui pāpāho me ngā tauākī ngātahi.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Whakaaturia tēnei āwhina, ka puta ai.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Whakaaturia te putanga, ka puta ai.</translation>
    </message>
    <message>
        <source>Open FILE as a new, untitled release: FILE itself is never written, and saving asks where (for the example release and files on read-only media).</source>
        <translation>Huakina te KŌNAE hei pānui hou kāore anō kia whai ingoa: kāore rawa te KŌNAE ake e tuhia, ā, ka pātai te tiaki ki hea (mō te pānui tauira me ngā kōnae kei runga i te pātaka pānui-anake).</translation>
    </message>
    <message>
        <source>A .releasedesk project to open in the editor.</source>
        <translation>He kaupapa .releasedesk hei huaki ki te ētita.</translation>
    </message>
    <message>
        <source>releasedesk: %1 (see releasedesk --help)</source>
        <translation>releasedesk: %1 (tirohia te releasedesk --help)</translation>
    </message>
    <message>
        <source>releasedesk: one file at a time, please (got %1)</source>
        <translation>releasedesk: kotahi kōnae i te wā kotahi, koa (%1 i tae mai)</translation>
    </message>
    <message>
        <source>releasedesk: --as-new needs a FILE (see releasedesk --help)</source>
        <translation>releasedesk: me whai KŌNAE a --as-new (tirohia te releasedesk --help)</translation>
    </message>
    <message>
        <source>Export a release as PDF, PDF/A, DOCX, ODT, HTML, Markdown, text or a media kit</source>
        <translation>Kaweakehia he pānui hei PDF, PDF/A, DOCX, ODT, HTML, Markdown, kuputuhi, kete pāpāho rānei</translation>
    </message>
    <message>
        <source>Check releases against the house style and print what is found</source>
        <translation>Arotakehia ngā pānui ki ngā tikanga tuhi, ka tā ai i ngā kitenga</translation>
    </message>
    <message>
        <source>FILE</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>KŌNAE</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>[KŌNAE]</translation>
    </message>
    <message>
        <source>Compare two versions of a release and print what changed, field by field</source>
        <translation>Whakatauritea ngā putanga e rua o tētahi pānui, ā, tāngia ngā mea i huri, ia āpure, ia āpure</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a paper size (a4 or letter)</source>
        <translation>Ehara a &apos;%1&apos; i te rahi pepa (a4, letter rānei)</translation>
    </message>
</context>
<context>
    <name>CommentsCommand</name>
    <message>
        <source>Add comment</source>
        <translation>Tāpiri kōrero</translation>
    </message>
    <message>
        <source>Reply to comment</source>
        <translation>Whakautu ki te kōrero</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>Whakatau i te kōrero</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>Whakatuwhera anō i te kōrero</translation>
    </message>
    <message>
        <source>Remove comment</source>
        <translation>Tango i te kōrero</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>Compares two versions of a release and prints one line for each changed field, paragraph or item, with the words removed and added. Exits 0 when the contents are the same, 1 when they differ, 2 when a file cannot be read.</source>
        <translation>Ka whakatauritea ngā putanga e rua o tētahi pānui, ā, ka tāngia he rārangi mō ia āpure, kōwae, tūemi rānei i huri, me ngā kupu i tangohia, i tāpiritia hoki. Ka puta ko 0 ina ōrite ngā ihirangi, ko 1 ina rerekē, ko 2 ina kāore e taea tētahi kōnae te pānui.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Whakaaturia tēnei āwhina, ka puta.</translation>
    </message>
    <message>
        <source>The earlier version.</source>
        <translation>Te putanga o mua.</translation>
    </message>
    <message>
        <source>OLD.releasedesk</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>TAWHITO.releasedesk</translation>
    </message>
    <message>
        <source>The later version.</source>
        <translation>Te putanga o muri.</translation>
    </message>
    <message>
        <source>NEW.releasedesk</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>HOU.releasedesk</translation>
    </message>
    <message>
        <source>name two .releasedesk files, the earlier version first (see releasedesk compare --help)</source>
        <translation>tohua kia rua ngā kōnae .releasedesk, ko te putanga o mua i te tuatahi (tirohia releasedesk compare --help)</translation>
    </message>
    <message>
        <source>Also write the changes to FILE: a redline PDF (the later version with insertions underlined and deletions struck through) for .pdf, the list of changes for .txt.</source>
        <translation>Tuhia anō ngā panonitanga ki te KŌNAE: he PDF whakaatu panonitanga (te putanga hou, kua rārangi-raro ngā tāpiritanga, kua rārangi-whiti ngā mea i mukua) mō te .pdf, te rārangi panonitanga mō te .txt.</translation>
    </message>
    <message>
        <source>FILE</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>KŌNAE</translation>
    </message>
    <message>
        <source>a4 or letter, for the redline (default: the locale&apos;s paper).</source>
        <translation>a4, letter rānei, mō te PDF whakaatu panonitanga (taunoa: te pepa o te rohe).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>RAHI</translation>
    </message>
    <message>
        <source>%1: the redline is a .pdf file, the list of changes a .txt file</source>
        <translation>%1: he kōnae .pdf te whakaatu panonitanga, he kōnae .txt te rārangi panonitanga</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>removed %1</source>
        <translation>i tangohia %1</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>i tāpiritia %1</translation>
    </message>
    <message>
        <source>formatting changed</source>
        <translation>i huri te whakahōputu</translation>
    </message>
    <message>
        <source>spacing changed</source>
        <translation>i huri te mokowā</translation>
    </message>
    <message>
        <source>%1: added: %2</source>
        <translation>%1: i tāpiritia: %2</translation>
    </message>
    <message>
        <source>%1: removed: %2</source>
        <translation>%1: i tangohia: %2</translation>
    </message>
    <message>
        <source>%1: moved from %2; formatting changed</source>
        <translation>%1: i nekehia mai i %2; i huri te whakahōputu</translation>
    </message>
    <message>
        <source>%1: moved from %2</source>
        <translation>%1: i nekehia mai i %2</translation>
    </message>
    <message>
        <source>%1: changed: %2</source>
        <translation>%1: i huri: %2</translation>
    </message>
    <message>
        <source>%1: changed: was %2; now %3</source>
        <translation>%1: i huri: i mua %2; ināianei %3</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation>%1, SHA-256 %2</translation>
    </message>
    <message>
        <source>not embargoed</source>
        <translation>kāore he aukati</translation>
    </message>
    <message>
        <source>embargoed until %1 %2 (%3)</source>
        <translation>he aukati tae noa ki %1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 confirmed by %2</source>
        <translation>%1 i whakaūngia e %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>kore</translation>
    </message>
    <message>
        <source>side by side</source>
        <translation>taha ki te taha</translation>
    </message>
    <message>
        <source>one after the other</source>
        <translation>tētahi i muri i tētahi</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>kāore he moko</translation>
    </message>
    <message>
        <source>the default house style</source>
        <translation>te kāhua taunoa</translation>
    </message>
    <message>
        <source>after paragraph %1</source>
        <translation>i muri i te kōwae %1</translation>
    </message>
    <message>
        <source>after the statement</source>
        <translation>i muri i te tauākī</translation>
    </message>
    <message>
        <source>no agency</source>
        <translation>kāore he tari</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Media contacts</source>
        <translation>Ngā hoa whakapā pāpāho</translation>
    </message>
    <message>
        <source>After the statement</source>
        <translation>I muri i te tauākī</translation>
    </message>
    <message>
        <source>ENDS (UK, New Zealand, Australia)</source>
        <translation>ENDS (Piritana, Aotearoa, Ahitereiria)</translation>
    </message>
    <message>
        <source>### (United States)</source>
        <translation>### (Amerika)</translation>
    </message>
    <message>
        <source>-30- (North America, traditional)</source>
        <translation>-30- (Amerika ki te Raki, tūturu)</translation>
    </message>
    <message>
        <source>The media unit, such as Kestrel Bay Police Media Centre</source>
        <translation>Te wāhanga pāpāho, pērā i te Pokapū Pāpāho o ngā Pirihimana o Kestrel Bay</translation>
    </message>
    <message>
        <source>Background for journalists, below the end marker.</source>
        <translation>He kōrero tāhuhu mō ngā kairīpoata, i raro i te tohu mutunga.</translation>
    </message>
    <message>
        <source>&amp;End marker:</source>
        <translation>Tohu &amp;mutunga:</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>Nā &amp;wai i tuku:</translation>
    </message>
    <message>
        <source>&amp;Notes to editors:</source>
        <translation>Ngā &amp;kōrero ki ngā ētita:</translation>
    </message>
</context>
<context>
    <name>ContentCommand</name>
    <message>
        <source>Remove %1</source>
        <translation>Tangohia %1</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Whakahokia te putanga</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>Release Desk projects (*.%1)</source>
        <translation>Ngā kaupapa Release Desk (*.%1)</translation>
    </message>
    <message>
        <source>Default House Style</source>
        <translation>Tikanga Tuhi Taunoa</translation>
    </message>
    <message>
        <source>%1

The new release is checked against the built-in style until its lead agency is given one. File ▸ Preferences chooses the default style.</source>
        <translation>%1

Ka arotakehia te pānui hou ki ngā tikanga tuhi o roto, kia hoatu rā anō he tikanga ki tōna tari matua. Mā Kōnae ▸ Ngā Manakohanga e kōwhiri ngā tikanga taunoa.</translation>
    </message>
</context>
<context>
    <name>DocumentLanguages</name>
    <message>
        <source>English (New Zealand)</source>
        <translation>Reo Pākehā (Aotearoa)</translation>
    </message>
    <message>
        <source>English (Australia)</source>
        <translation>Reo Pākehā (Ahitereiria)</translation>
    </message>
    <message>
        <source>English (United Kingdom)</source>
        <translation>Reo Pākehā (Piritana)</translation>
    </message>
    <message>
        <source>English (Ireland)</source>
        <translation>Reo Pākehā (Airangi)</translation>
    </message>
    <message>
        <source>English (United States)</source>
        <translation>Reo Pākehā (Amerika)</translation>
    </message>
    <message>
        <source>English (Canada)</source>
        <translation>Reo Pākehā (Kānata)</translation>
    </message>
    <message>
        <source>te reo Māori (Aotearoa New Zealand)</source>
        <translation>Te reo Māori (Aotearoa)</translation>
    </message>
    <message>
        <source>French (France)</source>
        <translation>Reo Wīwī (Wīwī)</translation>
    </message>
    <message>
        <source>French (Canada)</source>
        <translation>Reo Wīwī (Kānata)</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation>Reo Pāniora (Pāniora)</translation>
    </message>
    <message>
        <source>German (Germany)</source>
        <translation>Reo Tiamana (Tiamana)</translation>
    </message>
    <message>
        <source>Arabic (United Arab Emirates)</source>
        <translation>Reo Arapi (Kotahitanga o ngā Emirate Arapi)</translation>
    </message>
    <message>
        <source>Hebrew (Israel)</source>
        <translation>Reo Hiperu (Iharaira)</translation>
    </message>
    <message>
        <source>Korean (South Korea)</source>
        <translation>Reo Kōreana (Kōrea ki te Tonga)</translation>
    </message>
    <message>
        <source>%1 (%2, no region)</source>
        <translation>%1 (%2, kāore he rohe)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>te reo Pākehā</translation>
    </message>
    <message>
        <source>te reo Māori</source>
        <translation>te reo Māori</translation>
    </message>
    <message>
        <source>French</source>
        <translation>te reo Wīwī</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>te reo Pāniora</translation>
    </message>
    <message>
        <source>German</source>
        <translation>te reo Tiamana</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>te reo Arapi</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>te reo Hiperu</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>te reo Kōreana</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Exports a release without a display. The format follows OUT&apos;s extension (.pdf, .docx, .odt, .html, .md, .txt; a name without one, or .zip, makes a media kit) unless --format says otherwise.</source>
        <translation>Ka kaweakehia he pānui me te kore mata. Ka whai te hōputu i te kūmuri o te PUTA (.pdf, .docx, .odt, .html, .md, .txt; ko tētahi ingoa kāore he kūmuri, ko te .zip rānei, ka puta he kete pāpāho) ki te kore a --format e kī kē.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Whakaaturia tēnei āwhina, ka puta ai.</translation>
    </message>
    <message>
        <source>The file (or media kit folder) to write.</source>
        <translation>Te kōnae (te kōpaki kete pāpāho rānei) hei tuhi.</translation>
    </message>
    <message>
        <source>pdf, pdfa, docx, odt, html, md, txt or kit.</source>
        <translation>pdf, pdfa, docx, odt, html, md, txt, kit rānei.</translation>
    </message>
    <message>
        <source>a4 or letter (default: the locale&apos;s paper).</source>
        <translation>a4, letter rānei (taunoa: te pepa o te rohe).</translation>
    </message>
    <message>
        <source>Append attached PDFs as pages and attached images as figures after the release (PDF only).</source>
        <translation>Āpitihia ngā PDF kua tāpiritia hei whārangi, ngā whakaahua kua tāpiritia hei hoahoa, i muri i te pānui (PDF anake).</translation>
    </message>
    <message>
        <source>Who issues an approved release, as the project&apos;s issue log records it (default: your user name). Exporting an approved release records the issue in the project.</source>
        <translation>Ko wai e tuku ana i tētahi pānui kua whakaaetia, ka tuhia ki te rārangi tuku o te kaupapa (taunoa: tō ingoa kaiwhakamahi). Ka tuhia te tukunga ki te kaupapa ina kaweakehia tētahi pānui kua whakaaetia.</translation>
    </message>
    <message>
        <source>The .releasedesk project.</source>
        <translation>Te kaupapa .releasedesk.</translation>
    </message>
    <message>
        <source>name one .releasedesk file to export (see releasedesk export --help)</source>
        <translation>tohua kia kotahi te kōnae .releasedesk hei kaweake (tirohia te releasedesk export --help)</translation>
    </message>
    <message>
        <source>say where to write the export with -o OUT</source>
        <translation>kīia ki hea tuhi ai i te kaweake, mā te -o PUTA</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an export format (pdf, pdfa, docx, odt, html, md, txt or kit)</source>
        <translation>Ehara a “%1” i te hōputu kaweake (pdf, pdfa, docx, odt, html, md, txt, kit rānei)</translation>
    </message>
    <message>
        <source>%1: the format cannot be told from the extension; add --format</source>
        <translation>%1: kāore e mōhiotia te hōputu i te kūmuri; tāpiritia te --format</translation>
    </message>
    <message>
        <source>OUT</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>PUTA</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>HŌPUTU</translation>
    </message>
    <message>
        <source>PAPER</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>PEPA</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>INGOA</translation>
    </message>
    <message>
        <source>FILE</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>KŌNAE</translation>
    </message>
    <message>
        <source>Of a bilingual release, export only the version in this language (its tag, such as mi-NZ, or the language alone, such as mi). By default both languages are exported together.</source>
        <translation>O tētahi pānui reo rua, kaweake ko te putanga i tēnei reo anake (tōna tohu, pērā i te mi-NZ, ko te reo anake rānei, pērā i te mi). Ko te tikanga, ka kaweakehia ngā reo e rua tahi.</translation>
    </message>
    <message>
        <source>TAG</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>TOHU</translation>
    </message>
    <message>
        <source>Of a bilingual release, export one release per language, each in a file named with its language (OUT.en-NZ.pdf, OUT.mi-NZ.pdf).</source>
        <translation>O tētahi pānui reo rua, kaweake kia kotahi te pānui mō ia reo, kei tōna ake kōnae e mau ana te ingoa o tōna reo (PUTA.en-NZ.pdf, PUTA.mi-NZ.pdf).</translation>
    </message>
    <message>
        <source>Of a bilingual release exported with both languages: one-after-the-other or side-by-side (default: as the release is set).</source>
        <translation>O tētahi pānui reo rua ka kaweakehia me ōna reo e rua: one-after-the-other (tētahi i muri i tētahi) side-by-side (taha ki te taha) rānei (ko te tikanga: kia rite ki tā te pānui whakatakoto).</translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <comment>a placeholder in the command line&apos;s help</comment>
        <translation>TAKOTORANGA</translation>
    </message>
    <message>
        <source>--language and --each-language cannot be used together</source>
        <translation>kāore e taea te whakamahi tahi i te --language me te --each-language</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a layout (one-after-the-other or side-by-side)</source>
        <translation>Ehara a &apos;%1&apos; i te takotoranga (one-after-the-other, side-by-side rānei)</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>the release has no version in &apos;%1&apos; (it is in %2)</source>
        <translation>kāore he putanga o te pānui i te &apos;%1&apos; (kei te %2 kē)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 me %2</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>release type</source>
        <translation>momo pānui</translation>
    </message>
    <message>
        <source>reference number</source>
        <translation>tau tohutoro</translation>
    </message>
    <message>
        <source>earlier release</source>
        <translation>pānui o mua</translation>
    </message>
    <message>
        <source>language</source>
        <translation>reo</translation>
    </message>
    <message>
        <source>embargo</source>
        <translation>aukati</translation>
    </message>
    <message>
        <source>dateline place</source>
        <translation>wāhi o te rārangi rā</translation>
    </message>
    <message>
        <source>dateline date</source>
        <translation>rā o te rārangi rā</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>upoko kōrero</translation>
    </message>
    <message>
        <source>subheadline</source>
        <translation>upoko tuarua</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>tauākī</translation>
    </message>
    <message>
        <source>notes to editors</source>
        <translation>kōrero ki ngā ētita</translation>
    </message>
    <message>
        <source>end marker</source>
        <translation>tohu mutunga</translation>
    </message>
    <message>
        <source>issued by</source>
        <translation>nā wai i tuku</translation>
    </message>
    <message>
        <source>sensitive content</source>
        <translation>kai tapu</translation>
    </message>
    <message>
        <source>agency name</source>
        <translation>ingoa o te tari</translation>
    </message>
    <message>
        <source>agency short name</source>
        <translation>ingoa poto o te tari</translation>
    </message>
    <message>
        <source>agency logo</source>
        <translation>waitohu o te tari</translation>
    </message>
    <message>
        <source>agency website</source>
        <translation>paetukutuku o te tari</translation>
    </message>
    <message>
        <source>About paragraph</source>
        <translation>kōwae whakamārama</translation>
    </message>
    <message>
        <source>agency house style</source>
        <translation>tikanga tuhi o te tari</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>kōrero whakahua</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>kaikōrero</translation>
    </message>
    <message>
        <source>speaker&apos;s title</source>
        <translation>taitara o te kaikōrero</translation>
    </message>
    <message>
        <source>speaker&apos;s agency</source>
        <translation>tari o te kaikōrero</translation>
    </message>
    <message>
        <source>quote&apos;s place</source>
        <translation>wāhi o te kōrero whakahua</translation>
    </message>
    <message>
        <source>attachment caption</source>
        <translation>kupu whakamārama o te tāpiritanga</translation>
    </message>
    <message>
        <source>attachment file name</source>
        <translation>ingoa kōnae o te tāpiritanga</translation>
    </message>
    <message>
        <source>contact&apos;s agency</source>
        <translation>tari o te hoa whakapā</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>ingoa o te hoa whakapā</translation>
    </message>
    <message>
        <source>contact role</source>
        <translation>tūranga o te hoa whakapā</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>waea o te hoa whakapā</translation>
    </message>
    <message>
        <source>contact e-mail</source>
        <translation>īmēra o te hoa whakapā</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>tari</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>tāpiritanga</translation>
    </message>
    <message>
        <source>media contact</source>
        <translation>hoa whakapā pāpāho</translation>
    </message>
    <message>
        <source>second language</source>
        <translation>reo tuarua</translation>
    </message>
    <message>
        <source>layout of the two languages</source>
        <translation>takotoranga o ngā reo e rua</translation>
    </message>
    <message>
        <source>Add agency</source>
        <translation>Tāpiri tari</translation>
    </message>
    <message>
        <source>Add quote</source>
        <translation>Tāpiri kōrero whakahua</translation>
    </message>
    <message>
        <source>Add attachment</source>
        <translation>Tāpiri tāpiritanga</translation>
    </message>
    <message>
        <source>Add media contact</source>
        <translation>Tāpiri hoa whakapā pāpāho</translation>
    </message>
</context>
<context>
    <name>FileSource</name>
    <message>
        <source>could not be opened (%1)</source>
        <translation>kāore i taea te huaki (%1)</translation>
    </message>
    <message>
        <source>is too large to attach (%1; the limit is %2)</source>
        <translation>he rahi rawa hei tāpiri (%1; ko te rohe ko %2)</translation>
    </message>
    <message>
        <source>is too large to attach (the limit is %1)</source>
        <translation>he rahi rawa hei tāpiri (ko te rohe ko %1)</translation>
    </message>
    <message>
        <source>could not be read (%1)</source>
        <translation>kāore i taea te pānui (%1)</translation>
    </message>
    <message>
        <source>is not a PNG or JPEG image, so it cannot be used as a logo</source>
        <translation>ehara i te whakaahua PNG, JPEG rānei, nō reira kāore e taea hei waitohu</translation>
    </message>
</context>
<context>
    <name>HeadlinePage</name>
    <message>
        <source>Document language</source>
        <translation>Te reo o te tuhinga</translation>
    </message>
    <message>
        <source>Dateline as it prints: %1</source>
        <translation>Te rārangi rā ka tāia: %1</translation>
    </message>
    <message>
        <source>“%1” names no region, so dates may print the American way.</source>
        <translation>Kāore a “%1” e tohu ana i tētahi rohe, nō reira tērā pea ka tāia ngā rā ki te tikanga o Amerika.</translation>
    </message>
    <message>
        <source>Wharf 3 closed after chemical spill</source>
        <translation>Kua katia te Wāpu 3 i muri i te maringi matū</translation>
    </message>
    <message>
        <source>Optional summary, under about 160 characters</source>
        <translation>He whakarāpopototanga kōwhiri, kia iti iho i te 160 pū</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Upoko kōrero</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Upoko kōrero:</translation>
    </message>
    <message>
        <source>&amp;Subheadline:</source>
        <translation>Upoko &amp;tuarua:</translation>
    </message>
    <message>
        <source>Status and dateline</source>
        <translation>Te tūnga me te rārangi rā</translation>
    </message>
    <message>
        <source>WELLINGTON</source>
        <translation>TE WHANGANUI-A-TARA</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kāore he rā</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Tūnga:</translation>
    </message>
    <message>
        <source>Dateline &amp;place:</source>
        <translation>&amp;Wāhi:</translation>
    </message>
    <message>
        <source>Dateline &amp;date:</source>
        <translation>&amp;Rā:</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Pānui</translation>
    </message>
    <message>
        <source>KBP-2026-0412</source>
        <translation>PKB-2026-0412</translation>
    </message>
    <message>
        <source>Reference of the statement this one updates, if any</source>
        <translation>Te tohutoro o te tauākī e whakahoutia ana e tēnei, mēnā he pērā</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Momo:</translation>
    </message>
    <message>
        <source>&amp;Reference number:</source>
        <translation>Tau &amp;tohutoro:</translation>
    </message>
    <message>
        <source>&amp;Updates:</source>
        <translation>Ka &amp;whakahou i:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Reo:</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Aratohu Kaiwhakamahi</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Aratohu Kaiwhakamahi</translation>
    </message>
    <message>
        <source>The user guide is not installed. It was looked for in:
%1</source>
        <translation>Kāore te aratohu kaiwhakamahi i tāutaina. I rapua ki:
%1</translation>
    </message>
    <message>
        <source>Show the &amp;Tour</source>
        <translation>Whakaaturia te &amp;Haerenga</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Ngā &amp;Pokatata Papapātuhi</translation>
    </message>
    <message>
        <source>&amp;About Release Desk</source>
        <translation>&amp;Mō Release Desk</translation>
    </message>
</context>
<context>
    <name>HouseStyle</name>
    <message>
        <source>must be an object</source>
        <translation>me noho hei ahanoa</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>me noho hei tau tōpū mai i te %1 ki te %2</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>me noho hei tau mai i te %1 ki te %2</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>me noho hei aho kupu</translation>
    </message>
    <message>
        <source>must be a list of words</source>
        <translation>me noho hei rārangi kupu</translation>
    </message>
    <message>
        <source>must map each word to the word to use instead</source>
        <translation>me hono ia kupu ki te kupu hei whakamahi hei whakakapi</translation>
    </message>
    <message>
        <source>must be &quot;locale&quot;, &quot;day-month-year&quot; or &quot;month-day-year&quot;</source>
        <translation>me noho hei &quot;locale&quot;, &quot;day-month-year&quot;, &quot;month-day-year&quot; rānei</translation>
    </message>
    <message>
        <source>is not a house-style setting (see docs/house-style.md)</source>
        <translation>ehara i te tautuhinga tikanga tuhi (tirohia te docs/house-style.md)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2</source>
        <translation>“%1” %2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; %3</source>
        <translation>%1: “%2” %3</translation>
    </message>
    <message>
        <source>Release Desk default</source>
        <translation>Ngā tikanga taunoa a Release Desk</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kāore e taea te pānui (%2)</translation>
    </message>
    <message>
        <source>%1: is too large for a house-style file</source>
        <translation>%1: he rahi rawa mō tētahi kōnae tikanga tuhi</translation>
    </message>
    <message>
        <source>%1: is not JSON (%2 at character %3)</source>
        <translation>%1: ehara i te JSON (%2 i te pū %3)</translation>
    </message>
    <message>
        <source>%1: a house-style file holds one JSON object</source>
        <translation>%1: kotahi anake te ahanoa JSON o tētahi kōnae tikanga tuhi</translation>
    </message>
</context>
<context>
    <name>IssueLogCommand</name>
    <message>
        <source>Record issue</source>
        <translation>Tuhia te tukunga</translation>
    </message>
</context>
<context>
    <name>ManifestReader</name>
    <message>
        <source>must be a UTC time such as 2026-11-26T03:00:00Z</source>
        <translation>me noho hei wā UTC pērā i te 2026-11-26T03:00:00Z</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>me noho hei ahanoa</translation>
    </message>
    <message>
        <source>in manifest.json, %1 %2</source>
        <translation>i roto i te manifest.json, %1 %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>kei te ngaro</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>me noho hei %1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>aho kupu</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true, false rānei</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>tau tōpū</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>me noho hei tau tōpū</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ahanoa</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>rārangi</translation>
    </message>
    <message>
        <source>The release was changed after it was approved, so it is a draft again and needs a new approval.</source>
        <translation>I whakarerekētia te pānui i muri i tōna whakaaetanga, nō reira he hukihuki anō, ā, me whakaae anō.</translation>
    </message>
    <message>
        <source>made by a newer Release Desk (file format %1); this version reads format %2 and older, so update Release Desk to open it</source>
        <translation>nā tētahi Release Desk hou ake i hanga (hōputu kōnae %1); ka pānuitia e tēnei putanga te hōputu %2 me ērā o mua, nō reira whakahoutia a Release Desk kia huaki ai</translation>
    </message>
    <message>
        <source>damaged: its format version (%1, readable from %2) is impossible</source>
        <translation>kua pakaru: e kore e taea tōna putanga hōputu (%1, ka taea te pānui mai i te %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a release type (one of %2)</source>
        <translation>Ehara a “%1” i te momo pānui (ko tētahi o %2)</translation>
    </message>
    <message>
        <source>must name the document language</source>
        <translation>me whakaingoa te reo o te tuhinga</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an end marker (ENDS, ### or -30-)</source>
        <translation>Ehara a “%1” i te tohu mutunga (ENDS, ###, -30- rānei)</translation>
    </message>
    <message>
        <source>must be a local date and time such as 2027-01-15T09:00, without a time zone offset</source>
        <translation>me noho hei rā, hei wā ā-rohe pērā i te 2027-01-15T09:00, kāore he whakawhiti rohe wā</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known time zone (such as Pacific/Auckland)</source>
        <translation>Ehara a “%1” i te rohe wā e mōhiotia ana (pērā i te Pacific/Auckland)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date such as 2026-11-26</source>
        <translation>Ehara a “%1” i te rā pērā i te 2026-11-26</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of paragraph (paragraph, bullet or numbered)</source>
        <translation>Ehara a “%1” i te momo kōwae (paragraph, bullet, numbered rānei)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web, e-mail or telephone link</source>
        <translation>Ehara a “%1” i te hononga ipurangi, īmēra, waea rānei</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a workflow state (draft, in-review or approved)</source>
        <translation>Ehara a “%1” i te tūnga rere mahi (draft, in-review, approved rānei)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a workflow event</source>
        <translation>Ehara a “%1” i te takahanga rere mahi</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>kaua e takoto kau</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used twice in %2</source>
        <translation>E rua ngā whakamahinga o “%1” i roto i %2</translation>
    </message>
    <message>
        <source>the logo of agency &apos;%1&apos;</source>
        <translation>te waitohu o te tari “%1”</translation>
    </message>
    <message>
        <source>must be image/png or image/jpeg, not &apos;%1&apos;</source>
        <translation>me noho hei image/png, image/jpeg rānei, kaua ko “%1”</translation>
    </message>
    <message>
        <source>names agency &apos;%1&apos;, which is not among the release&apos;s agencies</source>
        <translation>e whakaingoa ana i te tari “%1”, ehara nei i tētahi o ngā tari o te pānui</translation>
    </message>
    <message>
        <source>must be the number of a paragraph of the statement, not %1</source>
        <translation>me noho hei tau o tētahi kōwae o te tauākī, kaua ko %1</translation>
    </message>
    <message>
        <source>must be a file name without any folder, not &apos;%1&apos;</source>
        <translation>me noho hei ingoa kōnae kāore he kōpaki, kaua ko “%1”</translation>
    </message>
    <message>
        <source>attachment &apos;%1&apos;</source>
        <translation>tāpiritanga “%1”</translation>
    </message>
    <message>
        <source>must be 64 lower-case hexadecimal digits, not &apos;%1&apos;</source>
        <translation>me 64 ngā mati ā-tekau-mā-ono pū iti, kaua ko “%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sensitive matter (death, victim, young-person, court-case or arrest)</source>
        <translation>Ehara a “%1” i te take tapu (death, victim, young-person, court-case, arrest rānei)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is named twice</source>
        <translation>E rua ngā whakaingoatanga o “%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a safeguard (next-of-kin-told, consent-or-legal-basis, no-suppression-order or name-release-cleared)</source>
        <translation>Ehara a “%1” i te tiakitanga (next-of-kin-told, consent-or-legal-basis, no-suppression-order, name-release-cleared rānei)</translation>
    </message>
    <message>
        <source>must name who confirmed it</source>
        <translation>me whakaingoa ko wai i whakaū</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is confirmed twice</source>
        <translation>E rua ngā whakaūnga o “%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field (such as body or quoteTitle)</source>
        <translation>Ehara a “%1” i te āpure (pērā i te body, te quoteTitle rānei)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field with a second language version (such as headline or quoteText)</source>
        <translation>Ehara a “%1” i te āpure he putanga tōna i te reo tuarua (pērā i te headline, te quoteText rānei)</translation>
    </message>
    <message>
        <source>names %1 &apos;%2&apos;, which the release does not have</source>
        <translation>e whakaingoa ana i te %1 “%2”, kāore nei i te pānui</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is translated twice</source>
        <translation>E rua ngā whakawhitinga reo o “%1”</translation>
    </message>
    <message>
        <source>must name the second language</source>
        <translation>me whakaingoa te reo tuarua</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a layout (one-after-the-other or side-by-side)</source>
        <translation>ehara a &apos;%1&apos; i te takotoranga (one-after-the-other, side-by-side rānei)</translation>
    </message>
    <message>
        <source>must be the number of pages of the attached PDF, not %1</source>
        <translation>me noho hei tau o ngā whārangi o te PDF kua tāpiritia, kaua ko %1</translation>
    </message>
    <message>
        <source>a version cannot hold versions of its own</source>
        <translation>kāore e taea e tētahi putanga te pupuri i ōna ake putanga</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a step a version is kept at (saved, review-requested, approved or issued)</source>
        <translation>ehara a ‘%1’ i tētahi hipanga e tiakina ai he putanga (saved, review-requested, approved, issued rānei)</translation>
    </message>
</context>
<context>
    <name>MediaKit</name>
    <message>
        <source>already exists; choose a new name for the media kit</source>
        <translation>kei reira kē; kōwhiria he ingoa hou mō te kete pāpāho</translation>
    </message>
    <message>
        <source>could not be written (the folder %1 does not exist)</source>
        <translation>kāore i taea te tuhi (kāore te kōpaki %1 i te tīari)</translation>
    </message>
    <message>
        <source>could not be written (%1)</source>
        <translation>kāore i taea te tuhi (%1)</translation>
    </message>
    <message>
        <source>could not be written (a folder could not be made)</source>
        <translation>kāore i taea te tuhi (kāore i taea te hanga kōpaki)</translation>
    </message>
    <message>
        <source>could not be written (the finished kit could not be moved into place)</source>
        <translation>kāore i taea te tuhi (kāore i taea te neke i te kete kua oti ki tōna wāhi)</translation>
    </message>
</context>
<context>
    <name>MoveItemCommand</name>
    <message>
        <source>Move %1</source>
        <translation>Nekehia %1</translation>
    </message>
</context>
<context>
    <name>OdtExporter</name>
    <message>
        <source>Logo of %1</source>
        <translation>Te waitohu o %1</translation>
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
        <translation>Tuhinga Word (*.docx)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Kuputuhi OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Whārangi ipurangi (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Plain text for e-mail (*.txt)</source>
        <translation>Kuputuhi noa mō te īmēra (*.txt)</translation>
    </message>
    <message>
        <source>Media kit (*.zip)</source>
        <translation>Kete pāpāho (*.zip)</translation>
    </message>
    <message>
        <source>PDF/A-3a for archives (*.pdf)</source>
        <translation>PDF/A-3a mō ngā pūranga (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>the PDF could not be written: %1</source>
        <translation>kāore i taea te tuhi i te PDF: %1</translation>
    </message>
</context>
<context>
    <name>PdfFonts</name>
    <message>
        <source>the font %1 could not be embedded</source>
        <translation>kāore i taea te tāmau i te momotuhi %1</translation>
    </message>
</context>
<context>
    <name>PdfWriter</name>
    <message>
        <source>the colour profile that PDF/A needs is missing</source>
        <translation>kua ngaro te kōtaha tae e hiahiatia ana e te PDF/A</translation>
    </message>
</context>
<context>
    <name>PeopleSections</name>
    <message>
        <source>Quote %1 (no speaker yet)</source>
        <translation>Kōrero whakahua %1 (kāore anō he kaikōrero)</translation>
    </message>
    <message>
        <source>Anna Whitlock</source>
        <translation>Anna Whitlock</translation>
    </message>
    <message>
        <source>Detective Inspector</source>
        <translation>Kaitirotiro Matua</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Kōrero whakahua:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>Kai&amp;kōrero:</translation>
    </message>
    <message>
        <source>&amp;Title or role:</source>
        <translation>&amp;Taitara, tūranga rānei:</translation>
    </message>
    <message>
        <source>Spea&amp;ks for:</source>
        <translation>Ka kōrero &amp;mō:</translation>
    </message>
    <message>
        <source>&amp;Placed:</source>
        <translation>&amp;Wāhi:</translation>
    </message>
    <message>
        <source>Contact %1 (no name yet)</source>
        <translation>Hoa whakapā %1 (kāore anō he ingoa)</translation>
    </message>
    <message>
        <source>Duty media officer</source>
        <translation>Āpiha pāpāho e mahi ana</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Tari:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ingoa:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Tū&amp;ranga:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Waea:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Ī&amp;mēra:</translation>
    </message>
</context>
<context>
    <name>ProjectExport</name>
    <message>
        <source>the release is approved: say who issues it (--issued-by)</source>
        <translation>kua whakaaetia te pānui: kīia ko wai e tuku ana (--issued-by)</translation>
    </message>
    <message>
        <source>is open in Release Desk (%1 on %2): export it from there, or close it first, so that the issue is recorded in the project</source>
        <translation>kei te tuwhera i Release Desk (%1 i runga i %2): kaweakehia mai i reira, katia rānei i te tuatahi, kia tuhia ai te tukunga ki te kaupapa</translation>
    </message>
    <message>
        <source>the issue cannot be recorded: the project&apos;s folder cannot be written</source>
        <translation>kāore e taea te tuhi i te tukunga: kāore e taea te tuhi ki te kōpaki o te kaupapa</translation>
    </message>
    <message>
        <source>%1 was written, but the issue could not be recorded: %2</source>
        <translation>I tuhia a %1, engari kāore i taea te tuhi i te tukunga: %2</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>the file does not exist</source>
        <translation>kāore te kōnae i te tīari</translation>
    </message>
    <message>
        <source>this is a folder, not a project file</source>
        <translation>he kōpaki tēnei, ehara i te kōnae kaupapa</translation>
    </message>
    <message>
        <source>could not be opened (%1)</source>
        <translation>kāore i taea te huaki (%1)</translation>
    </message>
    <message>
        <source>could not be written (%1)</source>
        <translation>kāore i taea te tuhi (%1)</translation>
    </message>
    <message>
        <source>%1; the previous version is unchanged</source>
        <translation>%1; kāore i rerekē te putanga o mua</translation>
    </message>
    <message>
        <source>could not be written (%1); the previous version is unchanged</source>
        <translation>kāore i taea te tuhi (%1); kāore i rerekē te putanga o mua</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>tērā pea kua kī te kōpae</translation>
    </message>
    <message>
        <source>write failed</source>
        <translation>i rahua te tuhi</translation>
    </message>
</context>
<context>
    <name>ProjectReader</name>
    <message>
        <source>not a Release Desk project (it is a ZIP file of another kind)</source>
        <translation>ehara i te kaupapa Release Desk (he kōnae ZIP o tētahi atu momo)</translation>
    </message>
    <message>
        <source>damaged: its &apos;mimetype&apos; entry is compressed</source>
        <translation>kua pakaru: kua kōpekehia tōna urunga “mimetype”</translation>
    </message>
    <message>
        <source>not a Release Desk project (it is a ZIP file of type &apos;%1&apos;)</source>
        <translation>ehara i te kaupapa Release Desk (he kōnae ZIP o te momo “%1”)</translation>
    </message>
    <message>
        <source>damaged: manifest.json is not valid JSON (%1 at byte %2)</source>
        <translation>kua pakaru: ehara te manifest.json i te JSON tika (%1 i te paita %2)</translation>
    </message>
    <message>
        <source>damaged: manifest.json is not a JSON object</source>
        <translation>kua pakaru: ehara te manifest.json i te ahanoa JSON</translation>
    </message>
    <message>
        <source>%1 is missing from the project</source>
        <translation>kei te ngaro a %1 i te kaupapa</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (checksum mismatch)</source>
        <translation>kua pakaru a %1 (kāore te tātai arowhai e ōrite)</translation>
    </message>
    <message>
        <source>%1 is damaged (it has %2 bytes instead of %3)</source>
        <translation>kua pakaru a %1 (e %2 ōna paita, kaua e %3)</translation>
    </message>
    <message>
        <source>refused: it is larger than %1 MiB</source>
        <translation>kua whakakāhoretia: he nui ake i te %1 MiB</translation>
    </message>
    <message>
        <source>could not be read (%1)</source>
        <translation>kāore i taea te pānui (%1)</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ngā panonitanga kāore anō kia tiakina</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Me tiaki ngā panonitanga ki “%1” i mua i te kati?</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>Whakahokia mai ngā mahi kāore i tiakina</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Whakahokia mai</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Whakarerea</translation>
    </message>
    <message>
        <source>Edit an approved release</source>
        <translation>Whakatika i tētahi pānui kua whakaaetia</translation>
    </message>
    <message>
        <source>Return to Draft and Edit</source>
        <translation>Hoki ki te Hukihuki ka Whakatika</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Kua kaweakehia</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>Huakina te Kōnae</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Whakaaturia i te Kōpaki</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>Kei te whakamahia te kaupapa</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Huakina hei Pānui-anake</translation>
    </message>
    <message>
        <source>Open a Copy</source>
        <translation>Huakina he Tārua</translation>
    </message>
    <message>
        <source>Break Lock</source>
        <translation>Wāwāhia te Raka</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Kua rerekē te kōnae i te kōpae</translation>
    </message>
    <message>
        <source>“%1” was changed on disk since you opened it, perhaps by a colleague. Saving now would overwrite those changes.</source>
        <translation>Kua whakarerekētia a “%1” i te kōpae mai i tō huakitanga, nā tētahi hoa mahi pea. Ki te tiaki ināianei, ka tuhirua ērā panonitanga.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Tiaki Hei…</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Tuhiruatia</translation>
    </message>
</context>
<context>
    <name>Redline</name>
    <message>
        <source>Changes</source>
        <translation>Ngā panonitanga</translation>
    </message>
    <message>
        <source>inserted text is underlined, deleted text is struck through. Not for release.</source>
        <translation>kua rārangi-raro ngā kupu i tāpirihia, kua rārangi-whiti ngā kupu i mukua. Kaua e tukuna.</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Ngā panonitanga: %1</translation>
    </message>
    <message>
        <source>Changes since %1: %2</source>
        <translation>Ngā panonitanga mai i %1: %2</translation>
    </message>
    <message>
        <source>Changes from %1 to %2: %3</source>
        <translation>Ngā panonitanga mai i %1 ki %2: %3</translation>
    </message>
</context>
<context>
    <name>Release</name>
    <message>
        <source>Media release</source>
        <translation>Pānui pāpāho</translation>
    </message>
    <message>
        <source>Joint statement</source>
        <translation>Tauākī ngātahi</translation>
    </message>
    <message>
        <source>Holding statement</source>
        <translation>Tauākī taupua</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Whakahōu</translation>
    </message>
    <message>
        <source>Appeal for information</source>
        <translation>Karanga mō ngā kōrero</translation>
    </message>
    <message>
        <source>Media advisory</source>
        <translation>Pānui ki te hunga pāpāho</translation>
    </message>
</context>
<context>
    <name>RemoveItemCommand</name>
    <message>
        <source>Remove %1</source>
        <translation>Tangohia %1</translation>
    </message>
</context>
<context>
    <name>ReplaceItemCommand</name>
    <message>
        <source>Replace %1</source>
        <translation>Whakakapia %1</translation>
    </message>
</context>
<context>
    <name>ReviewCopy</name>
    <message>
        <source>On deleted text: “%1”</source>
        <translation>Mō ngā kupu kua mukua: “%1”</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1, %2:</translation>
    </message>
    <message>
        <source>Review copy</source>
        <translation>Tānga arotake</translation>
    </message>
</context>
<context>
    <name>Sensitivity</name>
    <message>
        <source>a death</source>
        <translation>he mate</translation>
    </message>
    <message>
        <source>a victim</source>
        <translation>he pārurenga</translation>
    </message>
    <message>
        <source>a young person</source>
        <translation>he taiohi</translation>
    </message>
    <message>
        <source>a court case</source>
        <translation>he kēhi kōti</translation>
    </message>
    <message>
        <source>an arrest</source>
        <translation>he hopukanga</translation>
    </message>
    <message>
        <source>next of kin told</source>
        <translation>kua whakamōhiotia te whānau</translation>
    </message>
    <message>
        <source>consent or legal basis</source>
        <translation>whakaaetanga, take ā-ture rānei</translation>
    </message>
    <message>
        <source>no suppression order applies</source>
        <translation>kāore he ōta aukati whakaputa</translation>
    </message>
    <message>
        <source>name release cleared</source>
        <translation>kua whakaaetia te whakaputa ingoa</translation>
    </message>
    <message>
        <source>The next of kin have been told.</source>
        <translation>Kua whakamōhiotia te whānau tata.</translation>
    </message>
    <message>
        <source>Each person the release identifies, or their guardian, has consented, or the law allows it without consent.</source>
        <translation>Kua whakaae ia tangata ka tautohua e te pānui, tōna kaitiaki rānei, kāore rānei te ture e hiahia ana kia whakaae.</translation>
    </message>
    <message>
        <source>No suppression order applies to any name or detail the release gives.</source>
        <translation>Kāore he ōta aukati whakaputa e pā ana ki tētahi ingoa, taipitopito rānei o te pānui.</translation>
    </message>
    <message>
        <source>Releasing each name in the release has been cleared.</source>
        <translation>Kua whakaaetia te whakaputa o ia ingoa kei roto i te pānui.</translation>
    </message>
</context>
<context>
    <name>SetFieldCommand</name>
    <message>
        <source>Change %1</source>
        <translation>Whakarerekē %1</translation>
    </message>
</context>
<context>
    <name>SpellMenus</name>
    <message>
        <source>No suggestions</source>
        <translation>Kāore he marohi</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Tāpiritia a “%1” ki te Papakupu</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Agencies</source>
        <translation>Ngā tari</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Upoko kōrero</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Tauākī</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Kōrero whakahua</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Tāpiritanga</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Hoa whakapā</translation>
    </message>
    <message>
        <source>Review &amp; Export</source>
        <translation>Arotake me te Kaweake</translation>
    </message>
    <message>
        <source>Who issues it: the lead agency first, then every partner of a joint statement.</source>
        <translation>Ko wai e tuku ana: ko te tari matua i te tuatahi, kātahi ko ia hoa o te tauākī ngātahi.</translation>
    </message>
    <message>
        <source>Headline: one plain, specific sentence, under 12 words. Status and dateline say when and where.</source>
        <translation>Upoko kōrero: kotahi te rerenga māmā, tōtika, kia iti iho i te 12 kupu. Mā te tūnga me te rārangi rā e kī āhea, ā, i hea.</translation>
    </message>
    <message>
        <source>The first paragraph answers who, what, when, where and why; the rest follows in falling importance. Short paragraphs.</source>
        <translation>Ka whakautu te kōwae tuatahi i te ko wai, he aha, āhea, kei hea, he aha ai; ka whai mai ērā atu i te mea nui ki te mea iti. Kia poto ngā kōwae.</translation>
    </message>
    <message>
        <source>Every quote is named and titled, three or four sentences the speaker has signed off.</source>
        <translation>Ka whai ingoa, taitara hoki ia kōrero whakahua: e toru, e whā rānei ngā rerenga kua whakaaetia e te kaikōrero.</translation>
    </message>
    <message>
        <source>The full statement as a PDF, photos at full size: each travels inside the project and goes out with the release.</source>
        <translation>Te tauākī katoa hei PDF, ngā whakaahua i tō rātou rahi katoa: ka haere ia mea i roto i te kaupapa, ka tukuna tahitia me te pānui.</translation>
    </message>
    <message>
        <source>Name, role, phone and e-mail: distributors refuse releases without a media contact. Background goes in the notes to editors.</source>
        <translation>Ingoa, tūranga, waea, īmēra: ka whakakāhoretia e ngā kaitohatoha ngā pānui kāore he hoa whakapā pāpāho. Ka haere ngā kōrero tāhuhu ki ngā kōrero ki ngā ētita.</translation>
    </message>
    <message>
        <source>Check what is missing, have it approved, then export or print it.</source>
        <translation>Tirohia ngā mea e ngaro ana, tonoa kia whakaaetia, kātahi ka kaweake, ka tā rānei.</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Whakawhitinga reo</translation>
    </message>
    <message>
        <source>A release in two languages: each field beside its translation. A mark shows a translation that is missing, or older than a change to its source.</source>
        <translation>He pānui i ngā reo e rua: kei te taha o ia āpure tōna whakawhitinga reo. Mā tētahi tohu e whakaatu he whakawhitinga reo e ngaro ana, he tawhito ake rānei i tētahi panoni o tōna pūtake.</translation>
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
            <numerusform>%n kupu</numerusform>
            <numerusform>%n kupu</numerusform>
            <numerusform>%n kupu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n pū</numerusform>
            <numerusform>%n pū</numerusform>
            <numerusform>%n pū</numerusform>
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
            <numerusform>tata ki te %n meneti te pānui</numerusform>
            <numerusform>tata ki te %n meneti te pānui</numerusform>
            <numerusform>tata ki te %n meneti te pānui</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>[What the spokesperson says: a view, a feeling or a call to act, not the facts, which belong in the statement.]</source>
        <translation>[Ngā kupu a te māngai: he whakaaro, he kare ā-roto, he karanga kia mahi rānei; kaua ko ngā meka, nō te tauākī kē ērā.]</translation>
    </message>
    <message>
        <source>[Name]</source>
        <translation>[Ingoa]</translation>
    </message>
    <message>
        <source>[Title or role]</source>
        <translation>[Taitara, tūranga rānei]</translation>
    </message>
    <message>
        <source>[Lede: who did what, where and when, in one or two sentences of about 30 words.]</source>
        <translation>[Kōwae matua: ko wai i mahi i te aha, i hea, i āhea, i roto i te kotahi, te rua rānei o ngā rerenga, tata ki te 30 kupu.]</translation>
    </message>
    <message>
        <source>[The next most important fact: what it means for the public, and what they should do.]</source>
        <translation>[Te meka nui e whai ake ana: te tikanga mō te marea, me ngā mea me mahi e rātou.]</translation>
    </message>
    <message>
        <source>[Background and further detail, the most important first.]</source>
        <translation>[Ngā kōrero tāhuhu me ētahi atu taipitopito, ko te mea nui i te tuatahi.]</translation>
    </message>
    <message>
        <source>[Agency] and [partner agency] today [what they did or announced together], [where and when].</source>
        <translation>I tēnei rā, i [te mea i mahia, i pānuitia tahitia rānei] e [Tari] me [tari hoa], [i hea, i āhea].</translation>
    </message>
    <message>
        <source>[What each agency did, and what it means for the public.]</source>
        <translation>[Ngā mahi a ia tari, me te tikanga mō te marea.]</translation>
    </message>
    <message>
        <source>[Background: how the agencies worked together, and what happens next.]</source>
        <translation>[Kōrero tāhuhu: i pēhea ngā tari i mahi tahi ai, ā, he aha kei te haere ake.]</translation>
    </message>
    <message>
        <source>[Agency] is appealing for information about [what happened] in [place] on [day and date] at about [time].</source>
        <translation>Kei te karanga a [Tari] mō ngā kōrero mō [te mea i puta] ki [wāhi] i te [rā o te wiki me te rā] tata ki te [wā].</translation>
    </message>
    <message>
        <source>[What is known so far, and what is not yet known.]</source>
        <translation>[Ngā mea e mōhiotia ana ināianei, me ngā mea kāore anō kia mōhiotia.]</translation>
    </message>
    <message>
        <source>Police would like to hear from anyone who:</source>
        <translation>E hiahia ana ngā Pirihimana kia kōrero mai te hunga katoa:</translation>
    </message>
    <message>
        <source>[saw or heard something]</source>
        <translation>[i kite, i rongo rānei i tētahi mea]</translation>
    </message>
    <message>
        <source>[has dash-camera or CCTV footage of the area]</source>
        <translation>[he ataata kāmera waka, CCTV rānei ō rātou o taua takiwā]</translation>
    </message>
    <message>
        <source>Anyone with information is asked to call [105, or the local non-emergency number], quoting reference [reference number].</source>
        <translation>Ko te hunga katoa he kōrero ā rātou, tēnā waea mai ki [105, ki te nama ā-rohe ehara i te ohotata rānei], me te whakahua i te tohutoro [tau tohutoro].</translation>
    </message>
    <message>
        <source>Information can also be given anonymously to Crimestoppers on [0800 555 111] or at [crimestoppers website].</source>
        <translation>Ka taea hoki te tuku kōrero ingoamuna ki Crimestoppers mā [0800 555 111], mā [paetukutuku Crimestoppers] rānei.</translation>
    </message>
    <message>
        <source>What: [the event, in a sentence]</source>
        <translation>He aha: [te kaupapa, i roto i te rerenga kotahi]</translation>
    </message>
    <message>
        <source>When: [day, date and time]</source>
        <translation>Āhea: [rā o te wiki, rā me te wā]</translation>
    </message>
    <message>
        <source>Where: [address, and where media should go]</source>
        <translation>Kei hea: [wāhitau, me te wāhi me haere te hunga pāpāho]</translation>
    </message>
    <message>
        <source>Who: [who will speak, with their titles]</source>
        <translation>Ko wai: [ko wai ka kōrero, me ō rātou taitara]</translation>
    </message>
    <message>
        <source>[How media can attend: RSVP by when and to whom, identification, parking, and whether the event will be streamed.]</source>
        <translation>[Me pēhea te hunga pāpāho e tae ai: whakautu ā mohoa, ki a wai, tuakiri, tūranga waka, ā, mēnā ka pāhotia mataora te kaupapa.]</translation>
    </message>
    <message>
        <source>Media Release</source>
        <translation>Pānui Pāpāho</translation>
    </message>
    <message>
        <source>Joint Statement</source>
        <translation>Tauākī Ngātahi</translation>
    </message>
    <message>
        <source>Appeal for Information</source>
        <translation>Karanga mō ngā Kōrero</translation>
    </message>
    <message>
        <source>Media Advisory</source>
        <translation>Pānui ki te Hunga Pāpāho</translation>
    </message>
</context>
<context>
    <name>UsersTime</name>
    <message>
        <source>an unknown time</source>
        <translation>he wā kāore e mōhiotia</translation>
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
        <translation>Tuhia te pānui i ōna hipanga</translation>
    </message>
    <message>
        <source>See it as it will print</source>
        <translation>Tirohia kia rite ki tōna āhua ka tāia</translation>
    </message>
    <message>
        <source>The preview on the right is the release exactly as it prints and as its PDF will look, page by page, as you type. Click on any part of it to go to the field that holds that text.</source>
        <translation>Ko te arokite kei te taha matau te pānui ka tāia, kia rite tonu ki tōna PDF, ia whārangi, i a koe e patopato ana. Pāwhiria tētahi wāhanga kia haere ai ki te āpure e mau ana i taua kuputuhi.</translation>
    </message>
    <message>
        <source>Review, approve, export</source>
        <translation>Arotake, whakaae, kaweake</translation>
    </message>
    <message>
        <source>Review &amp; Export lists what is missing or doubtful, with a double-click to each. Ask a colleague to review, have it approved, and export it as PDF, Word, OpenDocument, a web page or text for e-mail. Until it is approved, every export says DRAFT; an edit after approval asks first.</source>
        <translation>Ka whakarārangihia e te Arotake me te Kaweake ngā mea e ngaro ana, e rangirua ana rānei; pāwhiria-rua kia tae atu ai ki ia mea. Tonoa tētahi hoa mahi kia arotake, tonoa kia whakaaetia, kātahi ka kaweake hei PDF, Word, OpenDocument, whārangi ipurangi, kuputuhi mō te īmēra rānei. Kia whakaaetia rā anō, ka kī ia kaweake he HUKIHUKI; ka pātai tuatahi tētahi whakatikatika i muri i te whakaaetanga.</translation>
    </message>
    <message>
        <source>Nothing is lost</source>
        <translation>Kāore he mea e ngaro</translation>
    </message>
    <message>
        <source>Release Desk works without a network and keeps a copy of unsaved work, which it offers back if it stops. Undo goes back a few words at a time, across every field. Help ▸ Keyboard Shortcuts (Ctrl+/) lists every key.</source>
        <translation>Ka mahi a Release Desk me te kore whatunga, ā, ka puritia he tārua o ngā mahi kāore anō kia tiakina, ka tukuna anō ki a koe mēnā ka mutu ohorere. Ka hoki whakamuri te Wetekia i ētahi kupu i ia wā, puta noa i ngā āpure katoa. Kei Āwhina ▸ Ngā Pokatata Papapātuhi (Ctrl+/) ngā pātuhi katoa.</translation>
    </message>
    <message>
        <source>The steps down the left take you through a release in the order it is written: the agencies, the headline and dateline, the statement, quotes, attachments, media contacts and a second language. Each step&apos;s mark shows whether it is done, still missing something, has a problem, or is optional. Alt+1 to Alt+8 go straight to a step.</source>
        <translation>Mā ngā hipanga kei te taha mauī koe e ārahi i te pānui i te raupapa e tuhia ai: ngā tari, te upoko kōrero me te rārangi rā, te tauākī, ngā kōrero whakahua, ngā tāpiritanga, ngā hoa whakapā pāpāho me tētahi reo tuarua. Mā te tohu o ia hipanga e whakaatu mēnā kua oti, mēnā kei te ngaro tētahi mea, mēnā he raru, mēnā rānei he kōwhiringa noa. Mā Alt+1 ki Alt+8 koe e kawe tōtika ki tētahi hipanga.</translation>
    </message>
</context>
<context>
    <name>WorkflowCommand</name>
    <message>
        <source>Request review</source>
        <translation>Tono arotake</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Whakaae</translation>
    </message>
    <message>
        <source>Return to draft</source>
        <translation>Hoki ki te hukihuki</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>not a Release Desk project (the file is empty)</source>
        <translation>ehara i te kaupapa Release Desk (kei te takoto kau te kōnae)</translation>
    </message>
    <message>
        <source>could not be read (%1)</source>
        <translation>kāore i taea te pānui (%1)</translation>
    </message>
    <message>
        <source>not a Release Desk project (it is not a ZIP container)</source>
        <translation>ehara i te kaupapa Release Desk (ehara i te ipu ZIP)</translation>
    </message>
    <message>
        <source>damaged: the ZIP container is incomplete (the file may have been cut short)</source>
        <translation>kua pakaru: kāore i oti te ipu ZIP (tērā pea kua poroa te kōnae)</translation>
    </message>
    <message>
        <source>damaged: the ZIP container is incomplete or inconsistent (%1)</source>
        <translation>kua pakaru: kāore i oti, kāore rānei e hāngai te ipu ZIP (%1)</translation>
    </message>
    <message>
        <source>damaged: entry %1 of the ZIP container cannot be read</source>
        <translation>kua pakaru: kāore e taea te pānui i te urunga %1 o te ipu ZIP</translation>
    </message>
    <message>
        <source>refused as unsafe: it holds an entry named &apos;%1&apos;, which points outside the project</source>
        <translation>kua whakakāhoretia nā te mōrearea: kei roto he urunga ko “%1” te ingoa, e tohu ana ki waho o te kaupapa</translation>
    </message>
    <message>
        <source>damaged: the entry &apos;%1&apos; appears twice</source>
        <translation>kua pakaru: e rua ngā putanga o te urunga “%1”</translation>
    </message>
    <message>
        <source>damaged: the entry &apos;%1&apos; is missing</source>
        <translation>kua pakaru: kei te ngaro te urunga “%1”</translation>
    </message>
    <message>
        <source>damaged: the entry &apos;%1&apos; cannot be opened (%2)</source>
        <translation>kua pakaru: kāore e taea te huaki i te urunga “%1” (%2)</translation>
    </message>
    <message>
        <source>damaged: the entry &apos;%1&apos; cannot be decompressed (%2)</source>
        <translation>kua pakaru: kāore e taea te wetekōpeke i te urunga “%1” (%2)</translation>
    </message>
    <message>
        <source>refused: the entry &apos;%1&apos; expands to more than %2 MiB</source>
        <translation>kua whakakāhoretia: ka nui ake te urunga “%1” i te %2 MiB ina wetekōpekehia</translation>
    </message>
    <message>
        <source>damaged: the entry &apos;%1&apos; fails its check (%2)</source>
        <translation>kua pakaru: kāore te urunga “%1” i tutuki i tōna arowhai (%2)</translation>
    </message>
    <message>
        <source>the ZIP container could not be created</source>
        <translation>kāore i taea te hanga i te ipu ZIP</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; could not be added (%2)</source>
        <translation>kāore i taea te tāpiri i te urunga “%1” (%2)</translation>
    </message>
    <message>
        <source>the ZIP container could not be written (%1)</source>
        <translation>kāore i taea te tuhi i te ipu ZIP (%1)</translation>
    </message>
    <message>
        <source>the ZIP container could not be read back</source>
        <translation>kāore i taea te pānui anō i te ipu ZIP</translation>
    </message>
</context>
<context>
    <name>rd::AboutDialog</name>
    <message>
        <source>The text is missing from this build of Release Desk: %1</source>
        <translation>Kei te ngaro tēnei kuputuhi i tēnei hanga o Release Desk: %1</translation>
    </message>
    <message>
        <source>Version %1, %2</source>
        <translation>Putanga %1, %2</translation>
    </message>
    <message>
        <source>Draft, review and export media releases and joint statements.</source>
        <translation>Tuhia, arotakehia, kaweakehia hoki ngā pānui pāpāho me ngā tauākī ngātahi.</translation>
    </message>
    <message>
        <source>Copyright © 2026 Release Desk developers</source>
        <translation>Manatārua © 2026 ngā kaiwhakawhanake o Release Desk</translation>
    </message>
    <message>
        <source>Release Desk is free software: you may share and change it under the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
        <translation>He pūmanawa wātea a Release Desk: ka taea e koe te tuari, te whakarerekē hoki i raro i te Raihana Tūmatanui Whānui GNU, putanga 3, tētahi putanga o muri mai rānei. Kāore he pūtāhui.</translation>
    </message>
    <message>
        <source>Releases are set in Release Desk Sans, which is Google&apos;s Noto Sans, under the SIL Open Font License, version 1.1.</source>
        <translation>Ka tātuhia ngā pānui ki Release Desk Sans, arā, ko Noto Sans a Google, i raro i te SIL Open Font License, putanga 1.1.</translation>
    </message>
    <message>
        <source>Built with Qt %1; running on Qt %2.</source>
        <translation>I hangaia ki Qt %1; e rere ana ki Qt %2.</translation>
    </message>
    <message>
        <source>About Release Desk</source>
        <translation>Mō Release Desk</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Mō</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Raihana</translation>
    </message>
    <message>
        <source>Typeface Licence</source>
        <translation>Raihana Momotuhi</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Mō &amp;Qt</translation>
    </message>
</context>
<context>
    <name>rd::AgencyComboBox</name>
    <message>
        <source>(no agency)</source>
        <translation>(kāore he tari)</translation>
    </message>
    <message>
        <source>Agency %1</source>
        <translation>Tari %1</translation>
    </message>
</context>
<context>
    <name>rd::ApprovalBanner</name>
    <message>
        <source>Approval withdrawn</source>
        <translation>Kua tangohia te whakaaetanga</translation>
    </message>
    <message>
        <source>%1 approved this release on %2. Editing it returns it to draft, and it will need approving again before it goes out.</source>
        <translation>I whakaaetia tēnei pānui e %1 i te %2. Ki te whakatikaina, ka hoki ki te hukihuki, ā, me whakaae anō i mua i tōna tukunga.</translation>
    </message>
    <message>
        <source>Approved by %1 — withdrawn by your edit at %2.</source>
        <translation>I whakaaetia e %1 — kua tangohia e tō whakatikatika i te %2.</translation>
    </message>
    <message>
        <source>Approved by %1 — withdrawn by an edit by %2 at %3.</source>
        <translation>I whakaaetia e %1 — kua tangohia e tētahi whakatikatika a %2 i te %3.</translation>
    </message>
    <message>
        <source>It is a draft again: approve it before it goes out.</source>
        <translation>He hukihuki anō: me whakaae i mua i tōna tukunga.</translation>
    </message>
    <message>
        <source>Show &amp;Changes</source>
        <translation>Whakaaturia ngā &amp;panonitanga</translation>
    </message>
    <message>
        <source>What changed since the approval: all the approver needs to re-read</source>
        <translation>Ngā mea kua panoni mai i te whakaaetanga: ko ēnei anake me pānui anō e te kaiwhakaae</translation>
    </message>
</context>
<context>
    <name>rd::BodyEditor</name>
    <message>
        <source>Statement</source>
        <translation>Tauākī</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Taekaha</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Tītaha</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Rārangi matā</translation>
    </message>
    <message>
        <source>Ctrl+Shift+8</source>
        <translation>Ctrl+Shift+8</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Rārangi tau</translation>
    </message>
    <message>
        <source>Ctrl+Shift+7</source>
        <translation>Ctrl+Shift+7</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Hononga…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Hononga</translation>
    </message>
    <message>
        <source>Web address, mailto: or tel: link (empty to remove the link):</source>
        <translation>Wāhitau ipurangi, hononga mailto:, tel: rānei (waiho kau hei tango i te hononga):</translation>
    </message>
    <message>
        <source>“%1” is not a web, e-mail or telephone link.</source>
        <translation>Ehara a “%1” i te hononga ipurangi, īmēra, waea rānei.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Whakapiri</translation>
    </message>
    <message>
        <source>What is on the clipboard is too long to paste into the statement: %L1 characters, where a statement takes at most %L2. Copy the part that belongs in the release.</source>
        <translation>He roa rawa te mea kei te papatopenga hei whakapiri ki te tauākī: %L1 ngā pūāhua, engari ko te nui rawa mō te tauākī ko %L2. Tāruatia te wāhanga e tika ana mō te pānui.</translation>
    </message>
</context>
<context>
    <name>rd::Checklist</name>
    <message>
        <source>Let Stand…</source>
        <translation>Tukua kia Tū…</translation>
    </message>
    <message>
        <source>Withdraw Acknowledgement</source>
        <translation>Tangohia te Whakaaetanga</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Rārangi arotake</translation>
    </message>
    <message>
        <source>Keep the selected warning as it is, with a reason the approver reads</source>
        <translation>Waiho te whakatūpato kua tohua kia pērā tonu, me tētahi take ka pānuitia e te kaiwhakaae</translation>
    </message>
    <message>
        <source>Let stand by %1, %2: %3</source>
        <translation>I tukuna e %1, %2: %3</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the text in its field</source>
        <translation>Pāwhiria-rua, pēhia rānei te Tāuru kia tae atu ki te kuputuhi i tōna āpure</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Kāore he mea e ngaro ana.</translation>
    </message>
    <message>
        <source>Let the Warning Stand</source>
        <translation>Tukua te Whakatūpato kia Tū</translation>
    </message>
    <message>
        <source>Why may it stand? The approver reads your reason:</source>
        <translation>He aha e tika ai kia tū? Ka pānuitia e te kaiwhakaae tō take:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Tō ingoa:</translation>
    </message>
    <message>
        <source>Errors: fix these before approval (%1)</source>
        <translation>Ngā hapa: whakatikahia i mua i te whakaaetanga (%1)</translation>
    </message>
    <message>
        <source>Warnings: fix, or let stand with a reason (%1)</source>
        <translation>Ngā whakatūpato: whakatikahia, tukua rānei kia tū me tētahi take (%1)</translation>
    </message>
    <message>
        <source>Warnings let stand, for the approver (%1)</source>
        <translation>Ngā whakatūpato kua tukuna kia tū, mō te kaiwhakaae (%1)</translation>
    </message>
    <message>
        <source>Advice (%1)</source>
        <translation>Ngā tohutohu (%1)</translation>
    </message>
</context>
<context>
    <name>rd::CollectionEditor</name>
    <message>
        <source>Remove</source>
        <translation>Tangohia</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nekehia ake</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nekehia iho</translation>
    </message>
    <message>
        <source>List of %1 items</source>
        <translation>Rārangi o ngā %1</translation>
    </message>
</context>
<context>
    <name>rd::CommentMarkers</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rd::CommentsPanel</name>
    <message>
        <source>%1 (second language)</source>
        <translation>%1 (reo tuarua)</translation>
    </message>
    <message>
        <source>%1, deleted text “%2”</source>
        <translation>%1, kupu kua mukua “%2”</translation>
    </message>
    <message>
        <source>%1, “%2”</source>
        <translation>%1, “%2”</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>Whakaaturia ērā kua oti</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Whakautu</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Whakaoti</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Muku</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Ngā tākupu</translation>
    </message>
    <message>
        <source>Comment and replies</source>
        <translation>Tākupu me ngā whakautu</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Whakautu</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Tuhia he whakautu…</translation>
    </message>
    <message>
        <source>No comments. To comment on a field, select its text and choose Review ▸ Add Comment.</source>
        <translation>Kāore he tākupu. Hei tākupu i tētahi āpure, tīpakohia ōna kupu, ka kōwhiri i Arotake ▸ Tāpiri Tākupu.</translation>
    </message>
    <message numerus="yes">
        <source>%n open comments</source>
        <translation>
            <numerusform>%n ngā tākupu tuwhera</numerusform>
            <numerusform>%n ngā tākupu tuwhera</numerusform>
            <numerusform>%n ngā tākupu tuwhera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n resolved</source>
        <translation>
            <numerusform>, %n kua oti</numerusform>
            <numerusform>, %n kua oti</numerusform>
            <numerusform>, %n kua oti</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Whakatuwhera &amp;anō</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1, %2:</translation>
    </message>
    <message>
        <source>Resolved by %1, %2.</source>
        <translation>I whakaotia e %1, %2.</translation>
    </message>
</context>
<context>
    <name>rd::ComparisonPanel</name>
    <message>
        <source>formatting changed</source>
        <translation>kua panoni te whakahōputu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>kua panoni</translation>
    </message>
    <message>
        <source>added</source>
        <translation>kua tāpirihia</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>kua tangohia</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>kua nekehia</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Tangohia tā rātou</translation>
    </message>
    <message>
        <source>Take &amp;All Theirs</source>
        <translation>Tangohia ā rātou &amp;katoa</translation>
    </message>
    <message>
        <source>Show &amp;Redline</source>
        <translation>Whakaaturia ngā &amp;panonitanga</translation>
    </message>
    <message>
        <source>Export Redline &amp;PDF…</source>
        <translation>Kaweake &amp;PDF panonitanga…</translation>
    </message>
    <message>
        <source>Export &amp;List of Changes…</source>
        <translation>Kaweake te &amp;rārangi panonitanga…</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Ngā rerekētanga</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ngā mea kua panoni</translation>
    </message>
    <message>
        <source>Make the release say what the other version says here</source>
        <translation>Kia ōrite te pānui ki tā te putanga kē i konei</translation>
    </message>
    <message>
        <source>Nothing compared. Compare a version (Versions) or another copy of this release (Review ▸ Compare with File…).</source>
        <translation>Kāore he mea i whakatauritea. Whakatauritea tētahi putanga (Ngā putanga) tētahi tānga kē rānei o tēnei pānui (Arotake ▸ Whakatairite ki te Kōnae…).</translation>
    </message>
    <message>
        <source>Changes since %1</source>
        <translation>Ngā panonitanga mai i %1</translation>
    </message>
    <message>
        <source>Changes from this release to %1</source>
        <translation>Ngā panonitanga mai i tēnei pānui ki %1</translation>
    </message>
    <message>
        <source>this release</source>
        <translation>tēnei pānui</translation>
    </message>
    <message>
        <source>The same as %1: nothing differs.</source>
        <translation>He ōrite ki %1: kāore he rerekētanga.</translation>
    </message>
    <message numerus="yes">
        <source>Since %1: %n differences.</source>
        <translation>
            <numerusform>Mai i %1: %n ngā rerekētanga.</numerusform>
            <numerusform>Mai i %1: %n ngā rerekētanga.</numerusform>
            <numerusform>Mai i %1: %n ngā rerekētanga.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This release against %1: %n differences.</source>
        <translation>
            <numerusform>Tēnei pānui me %1: %n ngā rerekētanga.</numerusform>
            <numerusform>Tēnei pānui me %1: %n ngā rerekētanga.</numerusform>
            <numerusform>Tēnei pānui me %1: %n ngā rerekētanga.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Statement, paragraph %1 (was %2)</source>
        <translation>Tauākī, kōwae %1 (i mua %2)</translation>
    </message>
    <message>
        <source>Statement, paragraph %1</source>
        <translation>Tauākī, kōwae %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>%1 (second language)</source>
        <translation>%1 (reo tuarua)</translation>
    </message>
    <message>
        <source>Its bold, italics, links or list style changed.</source>
        <translation>Kua panoni tōna taumaha, tōna tītaha, ōna hononga, tōna momo rārangi rānei.</translation>
    </message>
    <message>
        <source>Take all changes from %1</source>
        <translation>Tangohia ngā panonitanga katoa mai i %1</translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>Ngā panonitanga mai i %1 ki %2</translation>
    </message>
    <message>
        <source>%1 and %2 say the same.</source>
        <translation>He ōrite tā %1 me tā %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n differences.</source>
        <translation>
            <numerusform>%1: %n ngā rerekētanga.</numerusform>
            <numerusform>%1: %n ngā rerekētanga.</numerusform>
            <numerusform>%1: %n ngā rerekētanga.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::DocumentController</name>
    <message>
        <source>an untitled release</source>
        <translation>he pānui kāore he ingoa</translation>
    </message>
    <message>
        <source>Release Desk stopped before the changes to %1 were saved. Restore the work as it was at %2?</source>
        <translation>I mutu a Release Desk i mua i te tiakitanga o ngā panonitanga ki %1. Me whakahoki mai ngā mahi pērā i a rātou i te %2?</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>Whakahokia mai ngā mahi kāore i tiakina</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Tāpiritia he kōnae</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Kāore he ingoa</translation>
    </message>
    <message>
        <source>Open release</source>
        <translation>Huakina he pānui</translation>
    </message>
    <message>
        <source>Use Save As to keep your changes under another name.</source>
        <translation>Whakamahia te Tiaki Hei kia puritia ō panonitanga ki tētahi atu ingoa.</translation>
    </message>
    <message>
        <source>%1 is read-only: its folder or the medium it is on cannot be written to. %2</source>
        <translation>He pānui-anake a %1: kāore e taea te tuhi ki tōna kōpaki, ki tōna pātaka rānei. %2</translation>
    </message>
    <message>
        <source>%1 is read-only: no lock could be taken in its folder, so a colleague&apos;s changes could be overwritten. %2</source>
        <translation>He pānui-anake a %1: kāore i taea te raka i tōna kōpaki, ā, tērā pea ka tuhiruatia ngā panonitanga a tētahi hoa mahi. %2</translation>
    </message>
    <message>
        <source>%1 is open in Release Desk by %2 on %3 since %4. You can open it read-only, open a copy to save under another name%5.</source>
        <translation>Kei te tuwhera a %1 i Release Desk e %2 i runga i %3 mai i %4. Ka taea e koe te huaki hei pānui-anake, te huaki rānei i tētahi tārua hei tiaki ki tētahi atu ingoa%5.</translation>
    </message>
    <message>
        <source>, or break the lock if that Release Desk is no longer running</source>
        <translation>, te wāwāhi rānei i te raka mēnā kua mutu taua Release Desk</translation>
    </message>
    <message>
        <source>%1 is read-only: %2 has it open on %3. %4</source>
        <translation>He pānui-anake a %1: kei te tuwhera i a %2 i runga i %3. %4</translation>
    </message>
    <message>
        <source>%1: the lock could not be broken</source>
        <translation>%1: kāore i taea te wāwāhi i te raka</translation>
    </message>
    <message>
        <source>release</source>
        <translation>panui</translation>
    </message>
    <message>
        <source>Save release as</source>
        <translation>Tiaki i te pānui hei</translation>
    </message>
    <message>
        <source>Save release</source>
        <translation>Tiaki i te pānui</translation>
    </message>
    <message>
        <source>%1: another Release Desk has this file open; choose another name</source>
        <translation>%1: kei te tuwhera tēnei kōnae i tētahi atu Release Desk; kōwhiria he ingoa kē</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Tāpiri kōnae</translation>
    </message>
    <message>
        <source>%L1 files cannot be attached at once: a release takes at most %L2 at a time. Choose the files that go with the release.</source>
        <translation>Kāore e taea te tāpiri %L1 ngā kōnae i te wā kotahi: ko te nui rawa mō te pānui ko %L2 i te wā kotahi. Kōwhiria ngā kōnae e haere tahi ana me te pānui.</translation>
    </message>
</context>
<context>
    <name>rd::DocumentStatus</name>
    <message>
        <source>Read-only</source>
        <translation>Pānui-anake</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Kāore anō kia tiakina</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ngā panonitanga kāore anō kia tiakina</translation>
    </message>
    <message>
        <source>Saved just now</source>
        <translation>Kātahi anō ka tiakina</translation>
    </message>
    <message>
        <source>Saved a minute ago</source>
        <translation>I tiakina i te meneti kua hipa</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>I tiakina %1</translation>
    </message>
    <message>
        <source>No changes since it was opened</source>
        <translation>Kāore he panonitanga mai i te huakitanga</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Hukihuki</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Kei te arotakehia</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Kua whakaaetia</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n minutes ago</source>
        <translation>
            <numerusform>I tiakina %n meneti ki muri</numerusform>
            <numerusform>I tiakina %n meneti ki muri</numerusform>
            <numerusform>I tiakina %n meneti ki muri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words in the statement</source>
        <translation>
            <numerusform>%n kupu kei te tauākī</numerusform>
            <numerusform>%n kupu kei te tauākī</numerusform>
            <numerusform>%n kupu kei te tauākī</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::EmbargoEditor</name>
    <message>
        <source>For immediate release</source>
        <translation>Hei pānui tonu</translation>
    </message>
    <message>
        <source>Embargoed until</source>
        <translation>E aukatia ana kia tae rā anō ki</translation>
    </message>
    <message>
        <source>Embargo lifts at (local time)</source>
        <translation>Ka tangohia te aukati i te (wā ā-rohe)</translation>
    </message>
    <message>
        <source>Embargo time zone</source>
        <translation>Rohe wā o te aukati</translation>
    </message>
    <message>
        <source>Lifts at %1 UTC (%2)</source>
        <translation>Ka tangohia i te %1 UTC (%2)</translation>
    </message>
    <message>
        <source>Choose the time zone of the lift time.</source>
        <translation>Kōwhiria te rohe wā o te wā tuku.</translation>
    </message>
</context>
<context>
    <name>rd::FindController</name>
    <message>
        <source>Find</source>
        <translation>Kimi</translation>
    </message>
    <message>
        <source>Find in the release:</source>
        <translation>Kimihia i te pānui:</translation>
    </message>
    <message>
        <source>“%1” is not in the release.</source>
        <translation>Kāore a “%1” i te pānui.</translation>
    </message>
</context>
<context>
    <name>rd::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Kōnae</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Hou</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Hou mai i te &amp;Tauira</translation>
    </message>
    <message>
        <source>New &amp;Update to This Release</source>
        <translation>&amp;Whakahōu Hou mō tēnei Pānui</translation>
    </message>
    <message>
        <source>A new release that updates this one, under the same reference number</source>
        <translation>He pānui hou hei whakahou i tēnei, i raro i te tau tohutoro kotahi</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Huaki…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Huaki &amp;Tata Nei</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tiaki</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Tiaki &amp;Hei…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Kaweake…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Arokite Tā…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>T&amp;ā…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>K&amp;ati</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Puta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Whakatika</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Wetekia</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Mahia Anō</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;otia</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Tāruatia</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Whaka&amp;piri</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>K&amp;imi…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Kimi te &amp;Mea Panuku</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Haere</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>Hipanga &amp;Panuku</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>Hipanga &amp;O Mua</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ā&amp;whina</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Matua</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Hou</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Huaki</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tiaki</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Wetekia</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Mahia anō</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Kaweake</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Tā</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Arotake</translation>
    </message>
    <message>
        <source>Check what is missing, approve and export</source>
        <translation>Tirohia ngā mea e ngaro ana, whakaaetia, kaweakehia</translation>
    </message>
    <message>
        <source>Release Desk</source>
        <translation>Release Desk</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (pānui-anake)</translation>
    </message>
    <message>
        <source>%1[*] — Release Desk</source>
        <translation>%1[*] — Release Desk</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Ngā &amp;Manakohanga…</translation>
    </message>
    <message>
        <source>Save &amp;Version…</source>
        <translation>Tiaki &amp;Putanga…</translation>
    </message>
    <message>
        <source>Keep the release as it stands as a version you can return to</source>
        <translation>Puritia te pānui i tōna āhua ināianei hei putanga e hoki atu ai koe</translation>
    </message>
</context>
<context>
    <name>rd::OutputController</name>
    <message>
        <source>Export release</source>
        <translation>Kaweake i te pānui</translation>
    </message>
    <message>
        <source>Issue release</source>
        <translation>Tuku i te pānui</translation>
    </message>
    <message>
        <source>This approved release goes out now. Who is issuing it?</source>
        <translation>Ka tukuna tēnei pānui kua whakaaetia ināianei. Ko wai e tuku ana?</translation>
    </message>
    <message>
        <source>The release was exported to %1.</source>
        <translation>I kaweakehia te pānui ki %1.</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Arokite Tā</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kati</translation>
    </message>
    <message>
        <source>Print release</source>
        <translation>Tā i te pānui</translation>
    </message>
    <message>
        <source>The release was exported to %1 and %2.</source>
        <translation>Kua kaweakehia te pānui ki %1 me %2.</translation>
    </message>
    <message>
        <source>Both languages, one after the other</source>
        <translation>Ngā reo e rua, tētahi i muri i tētahi</translation>
    </message>
    <message>
        <source>Both languages, side by side in two columns</source>
        <translation>Ngā reo e rua, taha ki te taha i ngā tīwae e rua</translation>
    </message>
    <message>
        <source>Each language in a file of its own</source>
        <translation>Kia kotahi te kōnae mō ia reo</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>%1 anake</translation>
    </message>
    <message>
        <source>This release is in two languages. Export:</source>
        <translation>Kei ngā reo e rua tēnei pānui. Kaweake:</translation>
    </message>
</context>
<context>
    <name>rd::PagesViewer</name>
    <message>
        <source>&amp;Print…</source>
        <translation>T&amp;ā…</translation>
    </message>
</context>
<context>
    <name>rd::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Ngā manakohanga</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Kia rite ki te pūnaha (%1)</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Te &amp;reo o te atanga:</translation>
    </message>
    <message>
        <source>Menus, dialogs and messages use this language from the next start. A release&apos;s own words follow its document language, chosen on the Headline step.</source>
        <translation>Ka whakamahia tēnei reo e ngā tahua, ngā pouaka kōrero me ngā karere i te tīmatanga ā muri ake. Ko ngā kupu ake o te pānui ka whai i te reo o te tuhinga, ka kōwhiria i te hipanga Upoko Kōrero.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Tō &amp;ingoa:</translation>
    </message>
    <message>
        <source>As the locale (%1)</source>
        <translation>Kia rite ki te rohe (%1)</translation>
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
        <translation>&amp;Pepa:</translation>
    </message>
    <message>
        <source>The built-in style</source>
        <translation>Ngā tikanga o roto</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after the autosave interval</comment>
        <translation> hēk</translation>
    </message>
    <message>
        <source>Default &amp;house style:</source>
        <translation>Ngā &amp;tikanga tuhi taunoa:</translation>
    </message>
    <message>
        <source>Choose the Default House Style</source>
        <translation>Kōwhiria ngā Tikanga Tuhi Taunoa</translation>
    </message>
    <message>
        <source>New releases&apos; lead agency starts with this style. An agency&apos;s own style, chosen on the Agencies step, takes its place.</source>
        <translation>Ka tīmata te tari matua o ngā pānui hou ki ēnei tikanga. Ko ngā tikanga ake o tētahi tari, i kōwhiria i te hipanga Ngā Tari, ka whakakapi.</translation>
    </message>
    <message>
        <source>A&amp;gency profiles:</source>
        <translation>Ngā kōtaha &amp;tari:</translation>
    </message>
    <message>
        <source>Choose the Agency Profiles Folder</source>
        <translation>Kōwhiria te Kōpaki Kōtaha Tari</translation>
    </message>
    <message>
        <source>A shared folder gives everyone in the unit the same profiles.</source>
        <translation>Mā tētahi kōpaki tiritahi e whiwhi ai te katoa o te rōpū i ngā kōtaha ōrite.</translation>
    </message>
    <message>
        <source>&amp;Keep unsaved work after:</source>
        <translation>&amp;Puritia ngā mahi kāore anō kia tiakina ā muri i:</translation>
    </message>
    <message>
        <source>How soon after an edit it is kept in the recovery file, which a restart after a crash offers back.</source>
        <translation>Te roa i muri i tētahi whakatika ka puritia ki te kōnae whakaora, ka tukuna anō ina tīmata anō i muri i te hinganga.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kōwhiria…</translation>
    </message>
    <message>
        <source>House styles (*.json)</source>
        <translation>Ngā tikanga tuhi (*.json)</translation>
    </message>
    <message>
        <source>Default House Style</source>
        <translation>Tikanga Tuhi Taunoa</translation>
    </message>
    <message>
        <source>Agency Profiles</source>
        <translation>Ngā Kōtaha Tari</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made or written.</source>
        <translation>Kāore e taea te hanga, te tuhi rānei ki te kōpaki %1.</translation>
    </message>
</context>
<context>
    <name>rd::PreviewPane</name>
    <message>
        <source>Zoom out</source>
        <translation>Topa atu</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Topa atu (Ctrl+wīra)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Topa mai</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Topa mai (Ctrl+wīra)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Kia rite ki te whānui</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Arokite</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n whārangi</numerusform>
            <numerusform>%n whārangi</numerusform>
            <numerusform>%n whārangi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::PreviewWidget</name>
    <message>
        <source>Preview of the formatted release</source>
        <translation>Arokite o te pānui kua whakahōputuhia</translation>
    </message>
</context>
<context>
    <name>rd::QuotePlacementComboBox</name>
    <message>
        <source>Where the quote is set in the release. You can also drag a quote in the preview to another paragraph.</source>
        <translation>Te wāhi ka whakatakotoria te kōrero whakahua ki te pānui. Ka taea hoki te tō i tētahi kōrero whakahua i te arokite ki tētahi atu kōwae.</translation>
    </message>
    <message>
        <source>At the end of the statement</source>
        <translation>I te mutunga o te tauākī</translation>
    </message>
    <message>
        <source>After paragraph %1: “%2”</source>
        <translation>I muri i te kōwae %1: “%2”</translation>
    </message>
</context>
<context>
    <name>rd::ReadOnlyBanner</name>
    <message>
        <source>Read-only</source>
        <translation>Pānui-anake</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Tiaki &amp;Hei…</translation>
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
        <translation>Kāore he pānui tata nei</translation>
    </message>
</context>
<context>
    <name>rd::ReviewController</name>
    <message>
        <source>Review</source>
        <translation>Arotake</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Arotake</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Ngā tākupu</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Ngā putanga</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ngā panonitanga</translation>
    </message>
    <message>
        <source>Add &amp;Comment…</source>
        <translation>Tāpiri &amp;Tākupu…</translation>
    </message>
    <message>
        <source>Comment on the field with the cursor, or on the text selected in it</source>
        <translation>Tākupu ki te āpure kei reira te pehu, ki ngā kupu kua tīpakohia rānei</translation>
    </message>
    <message>
        <source>Show C&amp;omments</source>
        <translation>Whakaaturia ngā t&amp;ākupu</translation>
    </message>
    <message>
        <source>Save &amp;Version…</source>
        <translation>Tiaki &amp;Putanga…</translation>
    </message>
    <message>
        <source>Show V&amp;ersions</source>
        <translation>Whakaaturia ngā p&amp;utanga</translation>
    </message>
    <message>
        <source>Changes Since &amp;Approval</source>
        <translation>Ngā panonitanga mai i te &amp;whakaaetanga</translation>
    </message>
    <message>
        <source>Compare with &amp;File…</source>
        <translation>Whakatairite ki te &amp;Kōnae…</translation>
    </message>
    <message>
        <source>Export &amp;Review Copy (PDF)…</source>
        <translation>Kaweake &amp;Tānga Arotake (PDF)…</translation>
    </message>
    <message>
        <source>Review &amp;Panel</source>
        <translation>&amp;Papa arotake</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tōu ingoa</translation>
    </message>
    <message>
        <source>Comments and versions carry the name of who made them. Your name:</source>
        <translation>Kei ngā tākupu me ngā putanga te ingoa o te tangata nāna i hanga. Tōu ingoa:</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Tāpiri tākupu</translation>
    </message>
    <message>
        <source>Put the cursor in the field to comment on, or select the words in it, then add the comment.</source>
        <translation>Whakatakotoria te pehu ki te āpure hei tākupu, tīpakohia rānei ngā kupu o roto, kātahi ka tāpiri i te tākupu.</translation>
    </message>
    <message>
        <source>Your comment on “%1” in the %2:</source>
        <translation>Tō tākupu mō “%1” i te %2:</translation>
    </message>
    <message>
        <source>Your comment on the %1:</source>
        <translation>Tō tākupu mō te %1:</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Tiaki putanga</translation>
    </message>
    <message>
        <source>Keep the release as it stands as a version, called:</source>
        <translation>Puritia te pānui i tōna āhua ināianei hei putanga, ko tōna ingoa:</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Putanga: %1</translation>
    </message>
    <message>
        <source>Compare with a copy</source>
        <translation>Whakatairite ki tētahi tānga</translation>
    </message>
    <message>
        <source>Release Desk projects (*.releasedesk)</source>
        <translation>Ngā kaupapa Release Desk (*.releasedesk)</translation>
    </message>
    <message>
        <source>the approval by %1 (%2)</source>
        <translation>te whakaaetanga a %1 (%2)</translation>
    </message>
    <message>
        <source>Changes since approval</source>
        <translation>Ngā panonitanga mai i te whakaaetanga</translation>
    </message>
    <message>
        <source>This release has not been approved yet, so there is no approved version to compare it with.</source>
        <translation>Kāore anō tēnei pānui kia whakaaetia, nō reira kāore he putanga kua whakaaetia hei whakatairite.</translation>
    </message>
    <message>
        <source>Export redline</source>
        <translation>Kaweake i ngā panonitanga</translation>
    </message>
    <message>
        <source> - changes</source>
        <translation> - panonitanga</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export list of changes</source>
        <translation>Kaweake i te rārangi panonitanga</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Kuputuhi noa (*.txt)</translation>
    </message>
    <message>
        <source>Export review copy</source>
        <translation>Kaweake i te tānga arotake</translation>
    </message>
    <message>
        <source> - review copy</source>
        <translation> - tānga arotake</translation>
    </message>
    <message>
        <source>Show the comments (F9 shows or hides the review panel)</source>
        <translation>Whakaaturia ngā tākupu (ka whakaatu, ka huna rānei a F9 i te papa arotake)</translation>
    </message>
    <message numerus="yes">
        <source>%n open comments</source>
        <translation>
            <numerusform>%n ngā tākupu tuwhera</numerusform>
            <numerusform>%n ngā tākupu tuwhera</numerusform>
            <numerusform>%n ngā tākupu tuwhera</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ReviewPage</name>
    <message>
        <source>Checklist</source>
        <translation>Rārangi arotake</translation>
    </message>
    <message>
        <source>Sensitive content</source>
        <translation>Kai tapu</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Whakaaetanga</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Kaweake</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Kaweake…</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>Arokite Tā…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tā…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Hītori</translation>
    </message>
    <message>
        <source>History of review, approval and issue</source>
        <translation>Te hītori o te arotake, o te whakaaetanga me te tukunga</translation>
    </message>
    <message>
        <source>The statement&apos;s sentences average %1 words (house target: at most %2).</source>
        <translation>Ko te toharite o ngā kupu i ia rerenga o te tauākī ko %1 (te whāinga o ngā tikanga: %2 iti iho rānei).</translation>
    </message>
    <message>
        <source>Reading ease %1 (house target: at least %2). </source>
        <translation>Te māmā o te pānui %1 (te whāinga o ngā tikanga: %2 neke atu rānei). </translation>
    </message>
    <message>
        <source>someone who gave no name</source>
        <translation>tētahi kāore i hoatu i tōna ingoa</translation>
    </message>
    <message>
        <source>Review requested by %1</source>
        <translation>I tonoa te arotake e %1</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>I whakaaetia e %1</translation>
    </message>
    <message>
        <source>Returned to draft by %1</source>
        <translation>I whakahokia ki te hukihuki e %1</translation>
    </message>
    <message>
        <source>Review withdrawn by an edit by %1</source>
        <translation>I tangohia te arotake e tētahi whakatikatika a %1</translation>
    </message>
    <message>
        <source>Approval by %1 withdrawn by an edit by %2</source>
        <translation>I tangohia te whakaaetanga a %1 e tētahi whakatikatika a %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; confirmed by %2</source>
        <translation>I whakaūngia te “%1” e %2</translation>
    </message>
    <message>
        <source>Warning let stand by %1 (%2, in %3): %4</source>
        <translation>I tukuna te whakatūpato kia tū e %1 (%2, i %3): %4</translation>
    </message>
    <message>
        <source>%1 issued by %2 as %3 (content %4)</source>
        <translation>%1 i tukuna e %2 hei %3 (ihirangi %4)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not reviewed or issued yet. Review, approval and every export of the approved release are recorded here.</source>
        <translation>Kāore anō kia arotakehia, kia tukuna rānei. Ka tuhia ki konei te arotake, te whakaaetanga me ia kaweake o te pānui kua whakaaetia.</translation>
    </message>
</context>
<context>
    <name>rd::SensitivityPanel</name>
    <message>
        <source>The release concerns:</source>
        <translation>E pā ana te pānui ki:</translation>
    </message>
    <message>
        <source>Mark what the release concerns: each needs safeguards confirmed before it can be approved.</source>
        <translation>Tohua ngā mea e pā ana ki te pānui: me whakaū ngā tiakitanga o ia mea i mua i te whakaaetanga.</translation>
    </message>
    <message>
        <source>Confirmed by %1, %2</source>
        <translation>I whakaūngia e %1, %2</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Tangohia</translation>
    </message>
    <message>
        <source>Withdraw &quot;%1&quot;</source>
        <translation>Tangohia te “%1”</translation>
    </message>
    <message>
        <source>Not confirmed: approval waits for it.</source>
        <translation>Kāore anō kia whakaūngia: kei te tatari te whakaaetanga.</translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation>Whakaū…</translation>
    </message>
    <message>
        <source>Confirm &quot;%1&quot;</source>
        <translation>Whakaūngia te “%1”</translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation>Whakaū: %1</translation>
    </message>
    <message>
        <source>Your name, recorded with the confirmation:</source>
        <translation>Tō ingoa, ka tuhia me te whakaūnga:</translation>
    </message>
</context>
<context>
    <name>rd::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Ngā Pokatata Papapātuhi</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Tono</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Ngā pātuhi</translation>
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
        <translation>Kāore he pānui e tuwhera ana. Tīmatahia tētahi, huakina rānei tētahi i tiakina e koe, e tētahi hoa mahi rānei.</translation>
    </message>
    <message>
        <source>&amp;New Release</source>
        <translation>&amp;Pānui Hou</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Hou mai i te &amp;Tauira</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Huaki…</translation>
    </message>
    <message>
        <source>&amp;Recent releases:</source>
        <translation>Ngā pānui &amp;tata nei:</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Kāore anō.</translation>
    </message>
</context>
<context>
    <name>rd::StepNavigator</name>
    <message>
        <source>complete</source>
        <translation>kua oti</translation>
    </message>
    <message>
        <source>has a problem</source>
        <translation>he raru</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>kōwhiringa noa</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>kāore anō kia oti</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Ngā hipanga</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (kōwhiringa noa)</translation>
    </message>
</context>
<context>
    <name>rd::TranslationPage</name>
    <message>
        <source>Agency %1</source>
        <translation>Tari %1</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Kōrero whakahua %1</translation>
    </message>
    <message>
        <source>Media contact %1</source>
        <translation>Hoa whakapā pāpāho %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an item of a list, then one of its fields</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>One after the other, the second from a new page</source>
        <translation>Tētahi i muri i tētahi, ko te tuarua i tētahi whārangi hou</translation>
    </message>
    <message>
        <source>Side by side, in two columns</source>
        <translation>Taha ki te taha, i ngā tīwae e rua</translation>
    </message>
    <message>
        <source>This release is in one language. Choose a second language to write it in two, such as te reo Māori beside English or French beside English: each field then has its translation beside it, and the release prints both.</source>
        <translation>Kei te reo kotahi tēnei pānui. Kōwhiria he reo tuarua kia tuhia ai ki ngā reo e rua, pērā i te reo Māori i te taha o te reo Pākehā, i te reo Wīwī rānei i te taha o te reo Pākehā: ka noho te whakawhitinga reo o ia āpure ki tōna taha, ā, ka tāia ngā reo e rua.</translation>
    </message>
    <message>
        <source>Second &amp;language:</source>
        <translation>&amp;Reo tuarua:</translation>
    </message>
    <message>
        <source>Set the &amp;two languages:</source>
        <translation>Whakatakotoria ngā reo e &amp;rua:</translation>
    </message>
    <message>
        <source>None: the release is in one language</source>
        <translation>Kore: kei te reo kotahi te pānui</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kau)</translation>
    </message>
    <message>
        <source>Nothing to translate</source>
        <translation>Kāore he mea hei whakawhiti</translation>
    </message>
    <message>
        <source>● Not translated yet</source>
        <translation>● Kāore anō kia whakawhitia</translation>
    </message>
    <message>
        <source>▲ Source changed since it was translated</source>
        <translation>▲ Kua panoni te pūtake mai i tōna whakawhitinga</translation>
    </message>
    <message>
        <source>✓ Up to date</source>
        <translation>✓ Kua tika</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Tāpiritanga %1</translation>
    </message>
</context>
<context>
    <name>rd::UserGuideWindow</name>
    <message>
        <source>Release Desk User Guide</source>
        <translation>Aratohu Kaiwhakamahi o Release Desk</translation>
    </message>
</context>
<context>
    <name>rd::VersionsPanel</name>
    <message>
        <source>Saved</source>
        <translation>Kua tiakina</translation>
    </message>
    <message>
        <source>Review requested</source>
        <translation>Kua tonoa he arotake</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Kua whakaaetia</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Kua tukuna</translation>
    </message>
    <message>
        <source>Save &amp;Version…</source>
        <translation>Tiaki &amp;Putanga…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tirohia</translation>
    </message>
    <message>
        <source>&amp;Compare with Current</source>
        <translation>&amp;Whakatairite ki tō nāianei</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>&amp;Whakahoki</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Ngā putanga</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Putanga</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Nā</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Āhea</translation>
    </message>
    <message>
        <source>Bring back this version&apos;s content (Undo takes it back again)</source>
        <translation>Whakahokia mai ngā kōrero o tēnei putanga (ka whakakore anō a Wetekia)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Compare the Two</source>
        <translation>&amp;Whakatairite i ngā mea e rua</translation>
    </message>
    <message>
        <source>Choose one version to compare with the release as it stands, or two (Ctrl+click) to compare with each other</source>
        <translation>Kōwhiria tētahi putanga hei whakatairite ki te pānui o nāianei, e rua rānei (Ctrl+pāwhiri) hei whakatairite ki a rāua anō</translation>
    </message>
</context>
<context>
    <name>rd::WelcomeTour</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Hoki</translation>
    </message>
    <message>
        <source>Welcome to Release Desk</source>
        <translation>Nau mai ki Release Desk</translation>
    </message>
    <message>
        <source>&amp;Skip the Tour</source>
        <translation>&amp;Peke i te Haerenga</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Panuku</translation>
    </message>
    <message>
        <source>&amp;Start Writing</source>
        <translation>&amp;Tīmata te Tuhi</translation>
    </message>
</context>
<context>
    <name>rd::WorkflowPanel</name>
    <message>
        <source>Request review…</source>
        <translation>Tono arotake…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Whakaae…</translation>
    </message>
    <message>
        <source>Return to draft</source>
        <translation>Hoki ki te hukihuki</translation>
    </message>
    <message>
        <source>Workflow state</source>
        <translation>Tūnga rere mahi</translation>
    </message>
    <message>
        <source>Request review</source>
        <translation>Tono arotake</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Tō ingoa:</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Whakaae</translation>
    </message>
    <message>
        <source>Approver&apos;s name:</source>
        <translation>Ingoa o te kaiwhakaae:</translation>
    </message>
    <message>
        <source>These warnings were let stand and go out as they are:
%1

%2</source>
        <translation>I tukuna ēnei whakatūpato kia tū, ā, ka tukuna pērā tonu:
%1

%2</translation>
    </message>
    <message>
        <source>%1 asked for the review and is now approving the release. A second person&apos;s approval is what most media units expect.</source>
        <translation>Nā %1 i tono te arotake, ā, ko ia anō e whakaae ana i te pānui ināianei. Ko te tikanga o te nuinga o ngā wāhanga pāpāho, mā tētahi atu tangata e whakaae.</translation>
    </message>
    <message>
        <source>Draft: not yet reviewed or approved. Exports carry a DRAFT mark.</source>
        <translation>Hukihuki: kāore anō kia arotakehia, kia whakaaetia rānei. Ka mau te tohu HUKIHUKI ki ngā kaweake.</translation>
    </message>
    <message>
        <source>In review, requested by %1 on %2. Any edit returns it to draft.</source>
        <translation>Kei te arotakehia, i tonoa e %1 i te %2. Ka hoki ki te hukihuki ina whakatikaina.</translation>
    </message>
    <message>
        <source>Approved by %1 on %2.</source>
        <translation>I whakaaetia e %1 i te %2.</translation>
    </message>
    <message>
        <source>Approved by %1 on %2; review requested by %3 on %4.</source>
        <translation>I whakaaetia e %1 i te %2; i tonoa te arotake e %3 i te %4.</translation>
    </message>
    <message>
        <source>An edit asks before it returns the release to draft.</source>
        <translation>Ka pātai tētahi whakatikatika i mua i tana whakahoki i te pānui ki te hukihuki.</translation>
    </message>
    <message numerus="yes">
        <source>%n comments on this release are still open. Approve it anyway, or read and resolve them first (Review ▸ Comments)?</source>
        <translation>
            <numerusform>E %n ngā tākupu o tēnei pānui e tuwhera tonu ana. Me whakaae tonu, me pānui me whakaoti rānei i a rātou i te tuatahi (Arotake ▸ Ngā tākupu)?</numerusform>
            <numerusform>E %n ngā tākupu o tēnei pānui e tuwhera tonu ana. Me whakaae tonu, me pānui me whakaoti rānei i a rātou i te tuatahi (Arotake ▸ Ngā tākupu)?</numerusform>
            <numerusform>E %n ngā tākupu o tēnei pānui e tuwhera tonu ana. Me whakaae tonu, me pānui me whakaoti rānei i a rātou i te tuatahi (Arotake ▸ Ngā tākupu)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve Anyway</source>
        <translation>Whakaae tonu</translation>
    </message>
    <message numerus="yes">
        <source>%n comments still open.</source>
        <translation>
            <numerusform>E %n ngā tākupu e tuwhera tonu ana.</numerusform>
            <numerusform>E %n ngā tākupu e tuwhera tonu ana.</numerusform>
            <numerusform>E %n ngā tākupu e tuwhera tonu ana.</numerusform>
        </translation>
    </message>
</context>
</TS>
