## Wonen

housing-title = Wonen
housing-situation = Wat is uw vraag over wonen?
housing-situation-need-place = Ik heb een plek nodig om te wonen
housing-situation-host-ending = Mijn verblijf bij een gastgezin stopt
housing-situation-own-home = Ik wil zelf een woning huren
housing-situation-moving = Ik verhuis naar een andere gemeente
housing-situation-pets = Ik heb een huisdier
housing-registered = Staat u ingeschreven bij een gemeente (BRP)?
housing-registered-hint = Heeft u een BSN? Dan staat u ingeschreven.
housing-registered-yes = Ja
housing-registered-no = Nee, nog niet

housing-need-place = Vraag uw gemeente om een plek in de opvang
housing-need-place-intro = Tot en met { $tp-end } regelt de gemeente de opvang van mensen uit Oekraïne.
housing-host-ending = Neem contact op met de gemeente voordat u weg moet
housing-host-ending-intro = Tot en met { $tp-end } heeft u recht op een plek in de gemeentelijke opvang. Die is vaak vol, dus misschien krijgt u een plek in een andere gemeente.
housing-own-home = Zelf een woning huren: let eerst hierop
housing-own-home-intro = Huren is vaak duur. Verhuurders vragen om een contract en een bewijs van inkomen.
housing-pets = Hulp voor uw huisdier

housing-step-contact-municipality = Bel of bezoek uw gemeente. Zeg dat u een plek nodig heeft. De website en het telefoonnummer staan hieronder.
housing-step-say-who-comes = Zeg wie er bij u woont: hoeveel volwassenen en kinderen.
housing-step-ask-about-pets-and-needs = Vertel over een huisdier, een ziekte, een beperking of trappen die u niet kunt lopen.
housing-step-contact-municipality-early = Neem contact op met de gemeente zodra u weet dat uw verblijf stopt.
housing-step-you-keep-reception-right = Tot en met { $tp-end } houdt u recht op een plek in de gemeentelijke opvang. U hoeft nergens te blijven waar u niet wilt zijn.
housing-step-register-if-moving = Verhuist u naar een andere gemeente? Schrijf u daar in. Uw gastgezin kan dit niet voor u doen.
housing-step-know-the-costs = Tel alle kosten per maand: huur, energie, water, internet en gemeentelijke belastingen.
housing-step-ask-municipality-before-signing = Vraag het de gemeente voordat u tekent. Een eigen woning kan gevolgen hebben voor uw leefgeld.
housing-step-read-the-contract = Teken geen contract dat u niet begrijpt. Vraag een social hub of VluchtelingenWerk om het samen te lezen.
housing-step-register-new-address = Schrijf u na de verhuizing in op uw nieuwe adres bij de gemeente.
housing-step-pets-tell-municipality = Vertel de gemeente over uw huisdier als u om een plek vraagt.
housing-step-pets-look-for-help = Voor hulp met voer, een dierenarts of tijdelijke opvang voor uw dier: zie de organisatie hieronder.

## Geld

money-title = Geld en leefgeld
money-topic = Wat is uw vraag over geld?
money-topic-leefgeld = Geld om van te leven (leefgeld)
money-topic-start-work = Ik ga betaald werken
money-topic-own-contribution = Betalen voor mijn plek in de opvang
money-topic-letters = Een rekening of brief die ik niet begrijp
money-registered = Staat u ingeschreven bij de gemeente (BRP)?
money-registered-hint = Heeft u een BSN? Dan staat u ingeschreven.
money-registered-yes = Ja
money-registered-no = Nee, nog niet
money-bank = Heeft u een Nederlandse bankrekening?
money-bank-yes = Ja
money-bank-no = Nee

money-apply-leefgeld = Vraag leefgeld aan bij uw gemeente
money-apply-leefgeld-intro = Leefgeld is geld voor eten, kleding en andere dagelijkse kosten. Tot en met { $tp-end } betaalt de gemeente waar u ingeschreven staat het.
money-bank-first = Open eerst een bankrekening
money-bank-first-intro = Tot en met { $tp-end } betaalt de gemeente leefgeld op een Nederlandse bankrekening.
money-work-and-leefgeld = Werken: wat verandert er aan uw geld
money-work-and-leefgeld-intro = Met betaald werk leeft u van uw loon. Tot en met { $tp-end } geldt: gaat u betaald werken, dan stopt het leefgeld voor uw hele gezin.
money-own-contribution = Eigen bijdrage voor de gemeentelijke opvang
money-own-contribution-intro = Volwassenen met inkomen in de gemeentelijke opvang betalen mee aan de kosten. De bedragen hieronder gelden vanaf { $own-contribution-start }.

money-step-ask-municipality-leefgeld = Vraag uw gemeente hoe u leefgeld aanvraagt. Woont u in de opvang? Vraag het de medewerkers.
money-step-bring-bank-details = Neem uw paspoort of ID-kaart, uw BSN en uw rekeningnummer (IBAN) mee.
money-step-report-changes = Geef veranderingen meteen door aan de gemeente: werk, verhuizen, of iemand die bij u komt wonen of weggaat.
money-step-open-account = Open een rekening bij een Nederlandse bank.
money-step-account-documents = Neem uw paspoort of ID-kaart en uw BSN mee.
money-step-then-apply = Vraag daarna leefgeld aan bij de gemeente.
money-step-tell-municipality-work = Meld het de gemeente zodra u begint met werken.
money-step-keep-payslips = Bewaar uw loonstroken.
money-step-contribution-if-reception = Woont u in de gemeentelijke opvang? Dan betaalt u tot en met { $tp-end } een eigen bijdrage.
money-step-contribution-operating = Voor de kosten van de locatie: { $own-contribution-operating } per volwassene per maand.
money-step-contribution-catering = Krijgt u eten op de locatie? Dan nog { $own-contribution-catering } per volwassene per maand.
money-step-contribution-maximum = Een huishouden met twee volwassenen op een locatie met eten betaalt maximaal { $own-contribution-max-two-adults } per maand.
money-step-cannot-pay = Kunt u niet betalen? Praat snel met de gemeente. Die kan het bedrag aanpassen.

## Gezondheid

health-title = Gezondheid en zorg
health-need = Wat heeft u nodig?
health-need-hint = Is er levensgevaar? Kies dan het eerste antwoord.
health-need-emergency = Nu hulp: er is levensgevaar
health-need-urgent-evening = Dringende zorg 's avonds, 's nachts of in het weekend
health-need-doctor = Een huisarts
health-need-mind = Stress, verdriet of slecht slapen
health-need-costs = Wie betaalt mijn zorg
health-has-bsn = Heeft u een BSN (burgerservicenummer)?
health-has-bsn-hint = U krijgt een BSN als u zich inschrijft bij de gemeente.
health-has-bsn-yes = Ja
health-has-bsn-no = Nee, nog niet
health-mind-urgent = Denkt u aan zelfdoding, of maakt u zich zorgen om iemand?
health-mind-urgent-yes = Ja
health-mind-urgent-no = Nee

health-emergency = Bel nu { $emergency-number }
health-emergency-intro = Dit is het alarmnummer voor ambulance, politie en brandweer.
health-out-of-hours = Bel de huisartsenpost
health-out-of-hours-intro = 's Avonds, 's nachts en in het weekend is uw huisarts dicht. De huisartsenpost helpt bij dringende problemen.
health-find-gp = Schrijf u in bij een huisarts
health-find-gp-intro = De huisarts is uw eerste stap voor bijna alle zorg. Tot en met { $tp-end } betaalt u niets voor het bezoek.
health-crisis = Praat nu met iemand
health-crisis-intro = U staat er niet alleen voor. De lijnen zijn anoniem en dag en nacht bereikbaar. 113 is gratis; vraag uw provider wat bellen naar De Luisterlijn kost. Wij vonden geen bron dat zij in het Oekraïens of Russisch antwoorden.
health-mental-support = Hulp bij stress, verdriet of slecht slapen
health-mental-support-intro = Na wat u heeft meegemaakt, komt dit veel voor. Er is hulp in het Oekraïens.
health-cover = Uw zorg wordt tot en met { $tp-end } betaald via de RMO
health-cover-intro = Tot en met { $tp-end } vallen mensen uit Oekraïne met een BSN onder de zorgregeling RMO.

health-step-call-112 = Bel { $emergency-number } en zeg dat u een ambulance nodig hebt.
health-step-say-address = Zeg waar u bent: straat, huisnummer en plaats.
health-step-call-huisartsenpost = Bel eerst de huisartsenpost. Ga alleen zonder te bellen bij levensgevaar.
health-step-save-number = Vraag uw huisarts of de gemeente om het nummer van de huisartsenpost bij u in de buurt. Zet het in uw telefoon.
health-step-112-if-danger = Is er levensgevaar? Bel { $emergency-number }.
health-step-register-with-gp = Schrijf u eerst in bij een huisarts bij u in de buurt: bel een praktijk en vraag of u zich kunt inschrijven als patiënt. Pas daarna kunt u afspraken maken.
health-step-ask-for-help-finding = Is er nergens plek? Vraag hulp aan de gemeente, de medewerkers van uw opvang of een social hub.
health-step-show-bsn = Laat bij elk bezoek uw BSN zien. Tot en met { $tp-end } rekent de arts of apotheek daarmee af via de RMO.
health-step-gp-first = Voor een psycholoog of een specialist in het ziekenhuis heeft u eerst een verwijzing van de huisarts nodig.
health-step-call-113 = Bel 113 Zelfmoordpreventie of chat op hun website. U kunt over alles praten.
health-step-call-113-free = U kunt ook { $zelfmoordpreventie-free-number } bellen. Dat is ook gratis.
health-step-luisterlijn = Wilt u gewoon met iemand praten? Bel De Luisterlijn, dag en nacht.
health-step-stress-is-normal = Stress, slecht slapen en zorgen komen veel voor na een oorlog. Hulp vragen is normaal.
health-step-empatia = Empatia geeft psychische hulp in het Oekraïens. Lees op hun website hoe het werkt.
health-step-no-premium = Tot en met { $tp-end } betaalt u geen premie en geen eigen risico.
health-step-ask-before-extra = Hebt u een bril, gehoorapparaat of andere extra zorg nodig? Vraag uw huisarts eerst hoe u dat regelt.
money-own-contribution-after-tp = Eigen bijdrage voor gemeentelijke opvang na { $tp-end }
money-own-contribution-after-tp-intro = De bedragen golden voor de tijdelijke bescherming, die liep tot en met { $tp-end }. Wij weten niet welke bedragen nu gelden.
money-step-ask-what-you-pay = Vraag uw gemeente wat u nu betaalt. Vraag om het antwoord op papier of per e-mail.
