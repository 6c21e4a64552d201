## Veelgestelde vragen (content-audit 2026-12-06 §6): reizen en autorijden, toeslagen als u werkt,
## de eigen uitkering van het gastgezin. Feiten en bronnen: content/registry/questions.toml.

refugee-topic-travel = Reizen en autorijden

travel-title = Reizen en autorijden
travel-topic = Waar gaat uw vraag over?
travel-topic-abroad = Naar het buitenland reizen en terugkomen
travel-topic-visit-ukraine = Een kort bezoek aan Oekraïne
travel-topic-driving = Autorijden: mijn rijbewijs en mijn auto

travel-abroad = Naar het buitenland: welke documenten u nodig heeft
travel-abroad-intro = U reist met uw paspoort en de sticker daarin. Kijk voor elke reis wat er geldt.
travel-step-passport-and-sticker = Neem een geldig biometrisch paspoort mee met de sticker van de IND, uw bewijs van verblijf. Daarmee mag u binnen de EU reizen, en naar Oekraïne en terug.
travel-step-card-not-enough = Heeft u een kaart gekregen in plaats van een sticker? Die kaart is geen reisdocument. U kunt er niet mee reizen.
travel-step-no-proof-yet = Heeft u nog geen bewijs van verblijf? Dan reist u op eigen risico. De IND geeft geen visum om terug te komen.
travel-step-tell-municipality = Meld het bij de gemeente voordat u vertrekt en als u terug bent. Tot en met { $tp-end } geldt: bent u te lang weg, dan kunt u uw plek in de opvang en uw leefgeld verliezen.
travel-step-check-before-going = De tijdelijke bescherming loopt tot en met { $tp-end }. De regels voor reizen horen daarbij. Kijk voordat u boekt op RefugeeHelp of vraag de IND wat er op uw reisdagen geldt.

travel-driving = Rijden met een Oekraïens rijbewijs, en uw Oekraïense auto
travel-driving-intro = Tot en met { $tp-end } mag u rijden met uw Oekraïense rijbewijs. Uw auto moet verzekerd zijn.
travel-step-licence-valid = Heeft u een geldig Oekraïens rijbewijs? Dan mag u in Nederland rijden zolang u tijdelijke bescherming heeft (tot en met { $tp-end }). U heeft geen Nederlands rijbewijs nodig.
travel-step-no-lessons-first = Tot en met { $tp-end } geldt: met tijdelijke bescherming krijgt u geen Nederlands rijbewijs, ook niet als u voor het theorie- en praktijkexamen slaagt. Kijk dit na voordat u rijlessen betaalt.
travel-step-insure-car = Een auto met een Oekraïens kenteken moet in Nederland verzekerd zijn. Oekraïense verzekeraars kunnen uw verzekering verlengen en een groene kaart geven. Vraag uw verzekeraar of uw verzekering in Nederland geldt.
travel-step-dutch-plates = U kunt bij de RDW een Nederlands kenteken aanvragen. Daarvoor staat u ingeschreven in de BRP en heeft u een geldig Oekraïens paspoort, en de auto wordt gekeurd. Met een Nederlands kenteken betaalt u motorrijtuigenbelasting en moet de auto APK-gekeurd worden.
travel-step-check-after-tp = De regel voor het rijbewijs is een EU-regel die bij de tijdelijke bescherming hoort. Die loopt tot en met { $tp-end }. Of u het Oekraïense kenteken lang mag houden, vraagt u aan de RDW.

money-topic-toeslagen = Toeslagen en zorgverzekering als ik werk
money-toeslagen = Toeslagen en zorgverzekering als u werkt
money-toeslagen-intro = Met tijdelijke bescherming (tot en met { $tp-end }) kunt u misschien toeslagen krijgen van de Belastingdienst. Elke toeslag heeft eigen voorwaarden.
money-step-huurtoeslag = Huurt u een woning en staat u op dat adres ingeschreven? Dan kunt u misschien huurtoeslag krijgen. U vraagt die zelf aan in Mijn toeslagen.
money-step-kinderbijslag = Kinderbijslag van de SVB is alleen voor ouders die in Nederland werken. Met kinderbijslag kunt u ook kindgebonden budget krijgen.
money-step-kinderopvangtoeslag = Gaan uw kinderen naar de kinderopvang terwijl u werkt? Dan kunt u misschien kinderopvangtoeslag krijgen. U vraagt die zelf aan in Mijn toeslagen.
money-step-zorgtoeslag = Zorgtoeslag is alleen voor mensen met een Nederlandse zorgverzekering. Tot en met { $tp-end } betaalt de overheid uw zorgkosten. Denkt u erover een zorgverzekering af te sluiten omdat u werkt? Vraag het eerst aan de gemeente.
money-step-test-first = Maak een proefberekening op de website van de Belastingdienst voordat u een toeslag aanvraagt. Een toeslagenservicepunt kan u helpen met de aanvraag.
money-step-check-current = De tijdelijke bescherming loopt tot en met { $tp-end }. Op de pagina van de Belastingdienst over toeslagen voor vluchtelingen uit Oekraïne staat wat nu geldt: lees die voordat u iets aanvraagt.

hosting-now-topic-own-benefits = Mijn eigen uitkering, melden en verzekering
hosting-now-own-benefits = Uw eigen uitkering, wat u moet melden en uw verzekering
hosting-now-own-benefits-intro = Een gast in huis kan gevolgen hebben voor uw pensioen, uitkering of verzekering. Meld het, en vraag wat er voor u verandert.
hosting-now-step-report-to-svb = Krijgt u AOW, Anw of AIO van de SVB? Geef dan binnen { $svb-report-weeks ->
    [one] { $svb-report-weeks } week
   *[other] { $svb-report-weeks } weken
    } aan de SVB door dat u gasten uit Oekraïne heeft, met hun naam en geboortedatum.
hosting-now-step-ask-svb-short-stay = Vraag de SVB of uw AOW, Anw of AIO gelijk blijft. In 2022 bleef die gelijk als gasten korter dan { $svb-short-stay-months ->
    [one] { $svb-short-stay-months } maand
   *[other] { $svb-short-stay-months } maanden
    } bleven; de SVB zou later bekijken of dat verlengd wordt.
hosting-now-step-bijstand-report = Heeft u een bijstandsuitkering? Meld dan bij de gemeente dat er een gast bij u woont, en meld ook geld dat uw gast u betaalt. Vraag of de gast meetelt voor uw bijstand (kostendelersnorm).
hosting-now-step-other-benefits = Krijgt u een andere uitkering, bijvoorbeeld van UWV, of toeslagen? Vraag die organisatie of een gast iets voor u verandert.
hosting-now-step-tell-insurer = Laat uw verzekeraar weten dat u een gast heeft. Meestal is een gast als logé meeverzekerd op uw aansprakelijkheidsverzekering, en schade aan uw huis loopt via uw woonhuis- of inboedelverzekering. Vraag het na om zeker te zijn.

fact-ua-licence-valid = Met een geldig Oekraïens rijbewijs en tijdelijke bescherming heeft u geen Nederlands rijbewijs nodig (CBR).
fact-no-dutch-licence-under-tp = Met tijdelijke bescherming laat de wet niet toe dat u een Nederlands rijbewijs aanvraagt, ook niet na geslaagde examens (CBR).
fact-licence-rule-tied-to-tp = De EU-regel die Oekraïense rijbewijzen erkent, geldt zolang de tijdelijke bescherming duurt. Rijbewijzen worden niet omgewisseld.
fact-driving-after-tp = De EU-regel voor Oekraïense rijbewijzen hoorde bij de tijdelijke bescherming. Vraag het CBR of de RDW wat nu geldt voordat u gaat rijden.
fact-ua-car-insurance = Oekraïense voertuigen in Nederland moeten verzekerd zijn. Oekraïense verzekeraars kunnen verzekeringen verlengen en groene kaarten geven (RDW).
fact-dutch-plates = Voor een Nederlands kenteken zijn nodig: inschrijving in de BRP, een geldig Oekraïens paspoort, een auto die aan de technische eisen voldoet en een keuring door de RDW. Daarna gelden verzekering, APK en motorrijtuigenbelasting.
fact-travel-passport-and-sticker = Met een geldig biometrisch paspoort en een bewijs van verblijf mag u binnen de EU reizen, en naar Oekraïne en terug (RefugeeHelp).
fact-card-not-travel-document = Een kaart in plaats van een sticker als bewijs van verblijf is geen reisdocument. U kunt er niet mee reizen (RefugeeHelp).
fact-travel-without-proof = Zonder bewijs van verblijf reist u op eigen risico. De IND geeft geen visum om terug te komen (RefugeeHelp).
fact-travel-after-tp = De regels voor reizen hoorden bij de tijdelijke bescherming. Of u met het transitiedocument kunt reizen, was nog niet bekend toen dit werd geschreven. Vraag het de IND voordat u reist.
fact-toeslagen-under-tp = Met tijdelijke bescherming heeft u geen verblijfsvergunning nodig voor huurtoeslag, kindgebonden budget of kinderopvangtoeslag. De andere voorwaarden gelden wel (Belastingdienst).
fact-kinderbijslag-needs-work = Voor kindgebonden budget is kinderbijslag van de SVB nodig, en kinderbijslag krijgt u alleen als u in Nederland werkt (Belastingdienst).
fact-zorgtoeslag-needs-policy = Alleen mensen met een Nederlandse zorgverzekering kunnen zorgtoeslag krijgen (Belastingdienst).
fact-toeslagen-help = U vraagt toeslagen aan bij de Belastingdienst. Een toeslagenservicepunt kan u helpen met de aanvraag (Juridisch Loket).
fact-toeslagen-after-tp = De regels voor toeslagen voor mensen uit Oekraïne hoorden bij de tijdelijke bescherming. Wat nu geldt, was nog niet bekend toen dit werd geschreven. Vraag het de Belastingdienst.
fact-svb-report-weeks = Krijgt u AOW, Anw of AIO en neemt u vluchtelingen uit Oekraïne in huis, dan moet u dat binnen { $value ->
    [one] { $value } week
   *[other] { $value } weken
    } aan de SVB doorgeven (SVB).
fact-svb-short-stay-months = In 2022 schreef de SVB: blijven gasten uit Oekraïne korter dan { $value ->
    [one] { $value } maand
   *[other] { $value } maanden
    }, dan blijft uw AOW, Anw of AIO gelijk. Later zou worden bekeken of dat verlengd wordt.
fact-bijstand-report-guest = Met een bijstandsuitkering meldt u bij de gemeente dat er een gast uit Oekraïne bij u woont, en ook geld dat de gast u betaalt (gemeente Elburg).
fact-guest-under-host-liability = Gasten uit Oekraïne zijn meestal als logé meeverzekerd op de aansprakelijkheidsverzekering van het gastgezin. Vraag het uw verzekeraar om zeker te zijn (RefugeeHelp).

link-cbr-ukraine-licence = CBR: rijbewijs voor Oekraïners met tijdelijke bescherming
link-rdw-ukraine-vehicle = RDW: gevlucht uit Oekraïne met uw voertuig (in het Engels)
link-refugeehelp-travel = RefugeeHelp: reizen van en naar Nederland (in het Engels)
link-belastingdienst-toeslagen-ukraine = Belastingdienst: toeslagen voor vluchtelingen uit Oekraïne
link-juridischloket-toeslagen = Juridisch Loket: toeslagen voor vluchtelingen uit Oekraïne
link-svb-hosting = SVB: vluchtelingen uit Oekraïne in huis nemen en uw pensioen of uitkering
link-refugeehelp-insurance = RefugeeHelp: verzekeringen (in het Engels)

school-step-diploma-valuation = Wilt u studeren aan een hogeschool of universiteit? Laat dan eerst uw diploma waarderen (diplomawaardering), bij Nuffic of via de school waar u wilt studeren. Daarna beslist de school of u kunt beginnen; soms moet u een toelatingsexamen of taaltoets doen.
school-step-tuition-ask = De hogeschool of universiteit bepaalt zelf het collegegeld. Vraag de school wat u gaat betalen.
school-step-no-student-finance = Tot en met { $tp-end } krijgen studenten uit Oekraïne geen studiefinanciering. Reiskosten en andere studiekosten worden ook niet vergoed.
fact-study-diploma-valuation = Om aan een hogeschool of universiteit te studeren laat u uw buitenlandse diploma waarderen bij Nuffic of via de school. De school beslist over toelating (Rijksoverheid).
fact-study-tuition-by-institution = De hogeschool of universiteit bepaalt zelf de hoogte van het collegegeld (Rijksoverheid).
fact-no-studiefinanciering = Studenten uit Oekraïne krijgen geen studiefinanciering; reiskosten en andere studiekosten vallen er niet onder (Rijksoverheid).
fact-study-after-tp = Of studenten uit Oekraïne na de tijdelijke bescherming studiefinanciering kunnen krijgen, was nog niet bekend toen dit werd geschreven. Vraag het DUO of de school.
link-rijksoverheid-higher-education = Rijksoverheid: hoger onderwijs voor vluchtelingen uit Oekraïne

housing-step-pets-vet = Is uw hond, kat of fret niet gechipt of niet ingeënt tegen rabiës? Maak zo snel mogelijk een afspraak bij een dierenarts.
hosting-now-step-pets-vet = Is de hond, kat of fret van uw gast niet gechipt of niet ingeënt tegen rabiës? Help uw gast zo snel mogelijk een afspraak te maken bij een dierenarts.
fact-pets-vet-rabies = Sinds 15 juni 2023 moeten honden, katten en fretten uit Oekraïne voldoen aan de EU-regels: een chip, een geldige inenting tegen rabiës en een bloedtest. Voldoet uw dier daar niet aan en bent u al in Nederland, maak dan zo snel mogelijk een afspraak bij een dierenarts (NVWA).

housing-step-huurtoeslag-maybe = Huurt u een woning en staat u op dat adres ingeschreven? Dan kunt u misschien huurtoeslag krijgen van de Belastingdienst, ook met tijdelijke bescherming (tot en met { $tp-end }). U vraagt die zelf aan in Mijn toeslagen.
