## Verblijfsstatus

status-title = Verblijfsstatus en tijdelijke bescherming
status-citizenship = Heeft u de Oekraïense nationaliteit?
status-citizenship-ukrainian = Ja
status-citizenship-other = Nee, ik heb een andere nationaliteit
status-question = Wat wilt u weten?
status-question-now = Wat mijn bescherming nu betekent
status-question-after = Wat er gebeurt als de tijdelijke bescherming stopt

status-protection-now = Uw tijdelijke bescherming nu
status-protection-now-intro = De tijdelijke bescherming voor mensen uit Oekraïne loopt tot en met { $tp-end }. Dat heeft de EU besloten.
status-after-protection = Na de tijdelijke bescherming: wat is besloten en wat is gepland
status-after-protection-intro = Besloten: de tijdelijke bescherming loopt tot en met { $tp-end }. Gepland, nog geen wet: een transitiedocument voor drie jaar vanaf { $residence-permit-plan }.
status-other-nationality = Vraag persoonlijk juridisch advies
status-other-nationality-intro = Voor mensen zonder Oekraïense nationaliteit gelden andere regels. Die zijn al vaak veranderd.

status-step-stay-registered = Blijf ingeschreven op het adres waar u woont, en geef elke verhuizing door.
status-step-keep-documents = Bewaar uw paspoort en uw bewijs van verblijf goed.
status-step-check-official = Lees nieuws op betrouwbare websites, zoals die van de IND en RefugeeHelp. Geruchten op sociale media kloppen vaak niet.
status-step-decided = Besloten: tot en met { $tp-end } blijft uw bescherming zoals die is.
status-step-planned = Het kabinet plant een transitiedocument voor drie jaar vanaf { $residence-permit-plan }. Volgens dat plan betalen mensen dan zelf huur en een deel van hun zorgkosten.
status-step-not-decided = Nog niet bekend (november 2026): de regels voor wonen, leefgeld en zorgkosten na { $tp-end }. Volgens het kabinet hoeft u het transitiedocument niet zelf aan te vragen.
status-step-no-answers-here = Wij geven hier geen antwoord voor uw situatie, omdat de regels afhangen van uw papieren.
status-step-get-legal-advice = Neem contact op met VluchtelingenWerk voor advies over uw eigen situatie.
status-step-do-not-wait = Wacht niet tot het laatste moment. Neem al uw papieren uit Oekraïne mee.

## Terug naar Oekraïne

return-title = Nadenken over teruggaan
return-plan = Waar denkt u over na?
return-plan-hint = Wat u ook kiest, het is uw eigen keuze.
return-plan-visit = Een kort bezoek aan Oekraïne
return-plan-for-good = Voorgoed teruggaan
return-plan-not-sure = Ik weet het nog niet
return-need-help = Heeft u hulp nodig bij de reis of reisdocumenten?
return-need-help-yes = Ja
return-need-help-no = Nee, ik regel het zelf

return-visit = Meld een kort bezoek eerst bij de gemeente
return-visit-intro = Tot en met { $tp-end } geldt: vertrekt u zonder het te melden, dan kunt u uw opvangplek en uw leefgeld verliezen.
return-return-with-help = Teruggaan met hulp van DT&V
return-return-with-help-intro = De overheidsdienst DT&V helpt mensen uit Oekraïne die terug willen en om hulp vragen.
return-return-on-own = Voorgoed teruggaan: dit regelt u
return-return-on-own-intro = Rond voor uw vertrek uw zaken in Nederland af.
return-not-sure = Neem de tijd
return-not-sure-intro = Niemand mag u dwingen terug te gaan. Lees en vraag eerst, voordat u beslist.

return-step-tell-before-leaving = Meld het bij de gemeente, of bij uw opvanglocatie, voordat u vertrekt.
return-step-say-how-long = Zeg hoe lang u weg bent. Bent u te lang weg, dan kan de gemeente uw opvang en leefgeld stoppen.
return-step-tell-when-back = Meld u bij de gemeente zodra u terug bent.
return-step-contact-dtv = Neem contact op met DT&V via hun website.
return-step-dtv-what = DT&V kan helpen met reisdocumenten en de reis, meestal naar een buurland van Oekraïne. Het regelen duurt minstens een week.
return-step-deregister = Schrijf u uit uit de BRP bij uw gemeente: geef uw vertrek naar het buitenland door.
return-step-stop-leefgeld = Vraag de gemeente om uw leefgeld te stoppen.
return-step-tell-others = Vertel ook uw werkgever, de school en uw bank dat u vertrekt.
return-step-your-choice = Teruggaan of blijven is uw eigen keuze.
return-step-read-first = Lees over de mogelijkheden op RefugeeHelp, in uw eigen taal.
return-step-talk-to-someone = Wilt u erover praten? VluchtelingenWerk kan u advies geven.

## Contact met anderen

community-title = Andere Oekraïners ontmoeten
community-looking-for = Wat zoekt u?
community-looking-for-meet-people = Een plek om mensen te ontmoeten
community-looking-for-information = Informatie in mijn eigen taal

community-meet-people = Oekraïense social hubs bij u in de buurt
community-meet-people-intro = Een social hub is een ontmoetingsplek van en voor Oekraïners. In onze lijst geven { $hubs-information } van de { $hubs-total } ook informatie bij praktische vragen.
community-information = Informatie in uw eigen taal
community-information-intro = Deze websites leggen het leven in Nederland uit in het Oekraïens en Russisch.

community-step-visit-hub = Bekijk de lijst met hubs hieronder. Hubs in uw provincie staan bovenaan.
community-step-bring-a-friend = U kunt gewoon binnenlopen. U mag een vriend of uw kinderen meenemen.
community-step-hub-help = In onze lijst hebben { $hubs-language-lessons } hubs taallessen en { $hubs-children } activiteiten voor kinderen. Vraag bij een hub in de buurt of iemand kan helpen met brieven.
community-step-read-refugeehelp = Lees RefugeeHelp: in het Oekraïens, Russisch, Engels en Nederlands.
community-step-ask-online = VluchtelingenWerk beantwoordt vragen online.

## Waar begin ik

start-here-title = Ik weet niet waar ik moet beginnen
start-here-registered = Staat u ingeschreven bij de gemeente (BRP)?
start-here-registered-hint = Heeft u een BSN? Dan staat u ingeschreven.
start-here-registered-yes = Ja
start-here-registered-no = Nee, nog niet
start-here-place-to-live = Heeft u een veilige plek om te slapen?
start-here-place-to-live-yes = Ja
start-here-place-to-live-no = Nee
start-here-money = Heeft u geld voor eten en dagelijkse kosten?
start-here-money-yes = Ja
start-here-money-no = Nee
start-here-health = Hebben u of uw kinderen binnenkort een dokter nodig?
start-here-health-no = Nee
start-here-health-yes = Ja

start-here-next-topics = De basis is geregeld: kies uw volgende stap
start-here-next-topics-intro = Goed zo. Kijk nu naar werk, school, taal of uw verblijfsstatus.
start-here-step-one-thing-at-a-time = Doe één ding tegelijk. Een social hub of uw gemeente kan helpen.
status-since-protection-ended = De tijdelijke bescherming is afgelopen: wat bekend is
status-since-protection-ended-intro = De tijdelijke bescherming van de EU liep tot en met { $tp-end }. Het kabinet plande daarna een transitiedocument.
status-step-ended = Besloten door de EU: de tijdelijke bescherming liep tot en met { $tp-end }.
status-step-transition-plan = Het plan van het kabinet van 28 november 2025: een transitiedocument voor drie jaar vanaf { $residence-permit-plan }, dat de IND zonder aanvraag geeft.
status-step-unknown-after = Wij weten niet of dit plan is ingegaan, en wat het betekent voor wonen, leefgeld en zorgkosten. Vertrouw voor die vragen niet op deze pagina.
status-step-check-monthly = Kijk minstens één keer per maand op de websites van de IND en RefugeeHelp, en meteen als u een brief krijgt van de IND of uw gemeente.
