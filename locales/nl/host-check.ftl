## Check voordat u iemand opvangt (content/trees/hosting-check.toml)

hosting-check-title = Kan ik iemand uit Oekraïne opvangen?
hosting-check-room = Heeft u een aparte kamer met een deur voor uw gast?
hosting-check-room-hint = Uw gast heeft een plek nodig om te slapen en alleen te zijn. Een slaapbank in de woonkamer is niet genoeg.
hosting-check-room-yes = Ja, een eigen kamer
hosting-check-room-no = Nee
hosting-check-months = Kan uw gast een paar maanden bij u wonen?
hosting-check-months-hint = Gasten hebben een vaste plek nodig. Een paar weken is meestal te kort.
hosting-check-months-yes = Ja, een paar maanden
hosting-check-months-no = Nee, alleen een paar weken
hosting-check-unpaid = Kunt u iemand opvangen zonder geld van de gemeente?
hosting-check-unpaid-hint = Gastgezinnen krijgen geen vergoeding van de gemeente. Uw gast mag wel een klein deel van de kosten betalen.
hosting-check-unpaid-yes = Ja
hosting-check-unpaid-no = Nee, ik heb een vergoeding nodig
hosting-check-registration = Mag uw gast zich op uw adres inschrijven?
hosting-check-registration-hint = Uw gast moet zich inschrijven bij de gemeente waar hij of zij woont. Als hoofdbewoner geeft u daarvoor schriftelijk toestemming.
hosting-check-registration-yes = Ja
hosting-check-registration-no = Nee, of ik weet niet of dat mag
hosting-check-end-date = Spreekt u een einddatum af voordat uw gast komt?
hosting-check-end-date-hint = U kunt die later samen altijd verlengen.
hosting-check-end-date-yes = Ja
hosting-check-end-date-no = Nee, ik kijk liever hoe het gaat
hosting-check-no-guarantee = Vindt u het goed dat er misschien pas laat een gast komt, of helemaal niet?
hosting-check-no-guarantee-hint = De meeste gasten willen in een stad wonen. Er is geen landelijke koppeling van gastgezinnen en gasten meer.
hosting-check-no-guarantee-yes = Ja, dat begrijp ik
hosting-check-no-guarantee-no = Nee, ik wil zekerheid

hosting-check-no-room = Zonder eigen kamer is opvang erg zwaar
hosting-check-no-room-intro = Maandenlang samenwonen zonder eigen ruimte is voor u allebei te zwaar. U kunt op veel andere manieren helpen.
hosting-check-short-stay = Een kort verblijf helpt bijna nooit
hosting-check-short-stay-intro = Via RefugeeHomeNL werd een verblijf meestal voor { $rhnl-stay-months ->
    [one] { $rhnl-stay-months } maand
   *[other] { $rhnl-stay-months } maanden
} afgesproken. Na een paar weken opnieuw verhuizen is zwaar voor een gast.
hosting-check-needs-payment = Opvang is onbetaald
hosting-check-needs-payment-intro = De gemeente betaalt gastgezinnen niet. Is opvang daardoor te duur voor u? Dan is het prima om op een andere manier te helpen.
hosting-check-no-registration = Uw gast moet zich op uw adres kunnen inschrijven
hosting-check-no-registration-intro = Zonder inschrijving krijgt uw gast geen BSN, geen leefgeld en geen gewone zorg. Opvang kan dus alleen als uw gast zich bij u kan inschrijven.
hosting-check-plan-the-end = Spreek het einde af voor het begin
hosting-check-plan-the-end-intro = Een verblijf zonder einddatum wordt vaak zwaar voor gastgezin en gast. Denk er goed over na en doe deze check opnieuw als u er klaar voor bent.
hosting-check-wants-certainty = Niemand kan u een gast beloven
hosting-check-wants-certainty-intro = RefugeeHomeNL, de landelijke koppeling van gastgezinnen, is op { $rhnl-end } gestopt. Nu koppelt geen enkele organisatie in heel Nederland gastgezinnen aan gasten.
hosting-check-register-interest = Bied uw kamer aan bij uw gemeente
hosting-check-register-interest-intro = Uw gemeente beslist of zij gastgezinnen nodig heeft. Sinds RefugeeHomeNL op { $rhnl-end } stopte, is er geen landelijke koppeling meer.

hosting-check-step-help-otherwise = U kunt ook helpen met uw tijd, spullen, werk of geld. Die mogelijkheden staan hieronder.
hosting-check-step-why-own-room = Een gast heeft een kamer met een deur nodig om te rusten, te slapen en rustig naar huis te bellen. In 2022 werden mensen zonder aparte kamer niet toegelaten als gastgezin.
hosting-check-step-why-months = Uw gast moet zich inschrijven, een school voor de kinderen zoeken en vaak werk vinden. Dat kost weken. Een kort verblijf kost uw gast dus meer dan het oplevert.
hosting-check-step-no-host-payment = De gemeente betaalt gastgezinnen niet voor hun kosten.
hosting-check-step-guest-may-contribute = Tot en met { $tp-end } krijgt uw gast leefgeld van de gemeente en mag u een deel betalen voor wonen en energie. Daarvoor geldt een maximum: vraag het de gemeente. Teken geen huurcontract zonder advies.
hosting-check-step-why-registration = Uw gast schrijft zich in bij de gemeente waar hij of zij woont, ook bij een gastgezin. Als hoofdbewoner geeft u daarvoor schriftelijk toestemming.
hosting-check-step-check-rental-contract = Huurt u uw woning? Kijk in uw huurcontract of vraag uw verhuurder of er iemand bij u mag komen wonen.
hosting-check-step-why-end-date = Spreek een einddatum af voordat uw gast bij u komt wonen. U kunt die samen altijd verlengen.
hosting-check-step-guest-keeps-reception = Tot en met { $tp-end } geldt: stopt het verblijf, dan kan uw gast bij de gemeente terecht voor een plek in de gemeentelijke opvang.
hosting-check-step-why-no-guarantee = De meeste gasten zoeken een plek in of bij een grote stad. Woont u ergens anders? Dan kan het lang duren, of komt er misschien niemand.
hosting-check-step-send-details = Geef uw gegevens door aan de gemeente: met het formulier of via de contactgegevens op deze pagina.
hosting-check-step-municipality-contacts-you = Of uw gemeente gastgezinnen zoekt en contact met u opneemt, bepaalt de gemeente zelf. Vraag het haar rechtstreeks.
hosting-check-step-no-promise = Niemand krijgt een gast beloofd. In een dorp kan het lang duren, of gebeurt het helemaal niet.
hosting-check-step-agree-in-writing = Spreek op papier af wat de einddatum, de kosten en de huisregels zijn, voordat uw gast komt. Daarna schrijft uw gast zich met uw schriftelijke toestemming in op uw adres.
hosting-check-step-read-guide = Lees de handreiking van de overheid voor particuliere opvang. De link staat hieronder.
