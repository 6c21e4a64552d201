## Werk

work-title = Werk
work-topic = Wat is uw vraag over werk?
work-topic-allowed = Mag ik werken?
work-topic-find-job = Hoe vind ik werk?
work-topic-problem = Problemen op het werk: te weinig loon, geen contract of onveilig werk
work-topic-leefgeld = Wat gebeurt er met mijn leefgeld als ik werk?
work-contract = Hoe wilt u werken?
work-contract-employee = Voor een werkgever, met een contract
work-contract-own-business = Voor mezelf, met een eigen bedrijf (zzp)

work-employee = Ja, u mag werken voor een werkgever
work-employee-intro = U heeft geen werkvergunning nodig. { $work-start-after-notice ->
    [one] U mag beginnen { $work-start-after-notice } werkdag nadat uw werkgever u bij UWV heeft gemeld.
   *[other] U mag beginnen { $work-start-after-notice } werkdagen nadat uw werkgever u bij UWV heeft gemeld.
}
work-self-employed = Op deze vraag kunnen wij geen antwoord geven
work-self-employed-intro = De regels die wij kennen, gaan over werken voor een werkgever. Vraag advies voordat u voor uzelf begint.
work-find-job = Werk vinden
work-find-job-intro = De gemeente, social hubs en RefugeeHelp helpen u bij het zoeken naar werk.
work-report-abuse = Meld oneerlijk of onveilig werk
work-report-abuse-intro = U heeft op het werk dezelfde rechten als iedereen in Nederland.

work-step-no-permit = Voor werk bij een werkgever heeft u geen werkvergunning nodig.
work-step-employer-notifies = Uw werkgever moet u melden bij UWV voordat u begint. Vraag uw werkgever of dat gebeurd is.
work-step-need-bsn = U heeft een BSN nodig, een geldig bewijs van verblijf van de IND, en een bankrekening voor uw loon.
work-step-tell-municipality = Krijgt u leefgeld? Meld de gemeente dat u gaat werken.
work-step-cannot-answer = Wij weten niet zeker of u met tijdelijke bescherming (tot en met { $tp-end }) voor uzelf mag werken. Wij gaan niet gokken.
work-step-ask-vluchtelingenwerk = Vraag het VluchtelingenWerk of uw gemeente voordat u een bedrijf inschrijft.
work-step-ask-municipality-work = Vraag uw gemeente om hulp bij het zoeken naar werk, bijvoorbeeld of er een werkservicepunt is.
work-step-hub-job-help = Vraag bij een social hub of ze helpen met werk zoeken of een cv schrijven.
work-step-beware-offers = Pas op met werk waarvoor u moet betalen, of waarbij de werkgever ook uw woning regelt.
work-step-your-rights = U heeft recht op minstens het minimumloon, pauzes, vakantiedagen en een veilige werkplek.
work-step-call-inspectie = Bel gratis de Arbeidsinspectie of meld het online. De gegevens staan hieronder.
work-step-anonymous = U mag melden zonder uw naam te geven.

## School en kinderopvang

school-title = School en kinderopvang
school-age = Hoe oud is uw kind?
school-age-hint = Heeft u meer kinderen? Beantwoord de vragen per kind.
school-age-under-four = Jonger dan 4 jaar
school-age-school-age = 4 tot en met 17 jaar
school-age-adult = 18 jaar of ouder
school-at-school = Gaat uw kind al naar school in Nederland?
school-at-school-no = Nee
school-at-school-yes = Ja

school-childcare = Opvang voor jonge kinderen
school-childcare-intro = Vraag de gemeente welke kinderopvang mogelijk is en wat het kost.
school-enrol = Meld uw kind aan bij een school
school-enrol-intro = Kinderen in Nederland moeten naar school. Dat geldt ook voor kinderen uit Oekraïne.
school-school-help = Hulp voor uw kind op school
school-school-help-intro = Heeft u vragen over de school? U kunt hulp krijgen.
school-over-eighteen = Studeren vanaf 18 jaar
school-over-eighteen-intro = Voor volwassenen begint studeren meestal met Nederlands of Engels leren.

school-step-ask-municipality-childcare = Vraag de gemeente naar kinderopvang en de kosten.
school-step-ask-hub-childcare = Vraag het bij een social hub. Andere ouders weten vaak plekken en helpen elkaar.
school-step-school-from-four = Vanaf 4 jaar mag uw kind naar de basisschool.
school-step-choose-school = Kies een school dicht bij uw huis en vraag of er plek is.
school-step-municipality-helps = De gemeente kan helpen een school te vinden. Sommige kinderen gaan eerst naar een klas voor nieuwkomers.
school-step-bring-documents = Neem het paspoort of de geboorteakte van uw kind mee, en rapporten uit Oekraïne als u die heeft.
school-step-talk-to-teacher = Praat met de leraar of de contactpersoon van de school. U mag iemand meenemen die vertaalt.
school-step-hub-parents = Vraag bij een social hub of er een oudergroep is of hulp bij vragen over school.
school-step-weekend-school = Vraag bij een social hub of er een Oekraïense weekendschool bij u in de buurt is.
school-step-ask-municipality-study = Vraag de gemeente naar studeren en taalcursussen voor volwassenen.
school-step-learn-dutch-first = Voor de meeste opleidingen moet u goed Nederlands of Engels spreken.

## Nederlands leren

dutch-title = Nederlands leren
dutch-how = Hoe wilt u Nederlands leren?
dutch-how-course = In een cursus met een docent
dutch-how-practice = Gratis, door te oefenen met andere mensen

dutch-course = Cursussen Nederlands
dutch-course-intro = Tot en met { $tp-end } hoeft u met tijdelijke bescherming geen Nederlands te leren. Veel gemeenten bieden cursussen aan.
dutch-practice = Gratis Nederlands oefenen
dutch-practice-intro = Veel praten helpt het meest. Deze plekken zijn gratis of bijna gratis.

dutch-step-ask-municipality-course = Vraag uw gemeente welke cursussen Nederlands u kunt volgen, en of er een wachtlijst is.
dutch-step-no-inburgering-courses = Met tijdelijke bescherming (tot en met { $tp-end }) volgt u geen inburgering. De cursussen voor die groep zijn niet voor u.
dutch-step-ask-vluchtelingenwerk-lessons = Vraag VluchtelingenWerk of er taallessen bij u in de buurt zijn.
dutch-step-library-taalhuis = Ga naar de bibliotheek. Veel bibliotheken hebben een taalhuis met lessen en taalcafés.
dutch-step-taalmaatje = Vraag om een taalmaatje: een vrijwilliger die met u oefent.
dutch-step-hub-lessons = In onze lijst { $hubs-language-lessons ->
    [one] geeft
   *[other] geven
} { $hubs-language-lessons } van de { $hubs-total } social hubs les in Nederlands of Engels. Kijk in de lijst op deze pagina.

## Papieren

paperwork-title = Papieren, bank en DigiD
paperwork-topic = Waarmee heeft u hulp nodig?
paperwork-topic-bank = Een bankrekening openen
paperwork-topic-digid = DigiD aanvragen
paperwork-topic-letter = Een brief die ik niet begrijp
paperwork-topic-tax = Belastingaangifte of een brief van de Belastingdienst
paperwork-bank-bsn = Heeft u een BSN (burgerservicenummer)?
paperwork-bank-bsn-yes = Ja
paperwork-bank-bsn-no = Nee, nog niet
paperwork-digid-bsn = Heeft u een BSN (burgerservicenummer)?
paperwork-digid-bsn-yes = Ja
paperwork-digid-bsn-no = Nee, nog niet

paperwork-bank-account = Open een Nederlandse bankrekening
paperwork-bank-account-intro = U heeft een bankrekening nodig voor leefgeld, loon en de meeste betalingen.
paperwork-digid = Vraag DigiD aan
paperwork-digid-intro = Met DigiD logt u in bij de overheid, de Belastingdienst en veel zorgwebsites.
paperwork-letter-help = Krijg hulp bij de brief
paperwork-letter-help-intro = Veel brieven hebben een termijn. Vraag snel om hulp.
paperwork-tax = Belastingaangifte en brieven van de Belastingdienst
paperwork-tax-intro = Heeft u in Nederland gewerkt? Dan kunt u post krijgen van de Belastingdienst.

paperwork-step-choose-bank = Kies een bank. Kijk op de website hoe u een rekening opent.
paperwork-step-bring-passport-bsn = Houd uw paspoort of ID-kaart en uw BSN klaar.
paperwork-step-no-documents-embassy = Wordt uw paspoort niet geaccepteerd? Vraag de bank welke andere documenten goed zijn, bijvoorbeeld samen met een verklaring van de Oekraïense ambassade.
paperwork-step-apply-digid = Vraag DigiD aan op de website van DigiD, met uw BSN, geboortedatum en adres.
paperwork-step-activation-letter = U krijgt een brief met een activeringscode op uw adres. Met die code zet u DigiD aan op de website.
paperwork-step-keep-digid-private = Geef uw DigiD nooit aan iemand anders. Wil iemand helpen? Vraag diegene naast u te komen zitten.
paperwork-step-do-not-ignore = Leg de brief niet weg: lees hem of laat hem voorlezen, en reageer op tijd.
paperwork-step-photo-letter = Maak een foto van de brief, zodat u hem aan iemand kunt laten zien.
paperwork-step-check-deadline = Zoek de datum waarvoor u moet reageren of betalen.
paperwork-step-ask-hub = Neem de brief mee naar een social hub en vraag of iemand u daar kan helpen.
paperwork-step-ask-vluchtelingenwerk = U kunt het ook online vragen aan VluchtelingenWerk.
work-employee-after-tp = Werken bij een werkgever na { $tp-end }
work-employee-after-tp-intro = De vrijstelling van de tewerkstellingsvergunning gold voor de tijdelijke bescherming tot en met { $tp-end }. Kijk wat nu geldt voordat u een contract tekent.
work-step-permit-after-tp = Het kabinet plande dat u met het transitiedocument zonder tewerkstellingsvergunning mag werken. Vraag uw werkgever dit na te gaan bij UWV of de IND.
