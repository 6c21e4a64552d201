## Ik voel me niet veilig (content/trees/safety.toml)

safety-title = Niet veilig: geweld, bedreiging, uitbuiting
safety-danger-now = Bent u of is iemand anders nu in gevaar?
safety-danger-now-hint = Bijvoorbeeld geweld, bedreiging, of iemand laat u het huis niet uit.
safety-danger-now-yes = Ja, nu
safety-danger-now-no = Nee, maar ik voel me niet veilig
safety-what-happens = Wat is er aan de hand?
safety-what-happens-hint = Kies wat het best past. Bij elk antwoord staat wie kan helpen.
safety-what-happens-home = Geweld of bedreiging thuis, door een partner of familie
safety-what-happens-host = Mijn gastgezin bedreigt me, doet me pijn of misbruikt me
safety-what-happens-exploited = Ik moet werken of seks hebben tegen mijn wil, of mijn papieren zijn afgepakt

safety-emergency = Bel nu 112
safety-emergency-intro = 112 is de politie, ambulance en brandweer als iemand nu in gevaar is.
safety-at-home = Bel Veilig Thuis: hulp bij geweld thuis
safety-at-home-intro = Geweld thuis is niet uw schuld. Veilig Thuis geeft advies en regelt hulp als u dat wilt, zoals een veilige plek voor u en uw kinderen.
safety-unsafe-host = U hoeft niet te blijven bij een gastgezin waar u niet veilig bent
safety-unsafe-host-intro = Bedreigt uw gastgezin u, doet het u pijn, of vraagt het seks, geld of werk voor de kamer? Dan mag u weggaan. Er is hulp.
safety-exploitation = Hulp bij uitbuiting en mensenhandel
safety-exploitation-intro = Moet u werken of seks hebben tegen uw wil, een schuld "afwerken", of zijn uw papieren afgepakt? Dat is uitbuiting. Het is strafbaar, en er is hulp.

safety-step-call-112 = Bel 112. Zeg waar u bent en wat er gebeurt.
safety-step-say-where = Noem de straat, het huisnummer en de plaats.
safety-step-when-safe = Bent u veilig? Bel dan Veilig Thuis voor advies en hulp. Bellen is gratis en u hoeft uw naam niet te zeggen.
safety-step-call-veilig-thuis = Bel Veilig Thuis op het nummer hieronder. Noem uw woonplaats als daarom wordt gevraagd: u komt dan bij Veilig Thuis in uw regio.
safety-step-anonymous = U hoeft uw naam niet te zeggen. Veilig Thuis heeft uw toestemming nodig om uw gegevens door te geven aan andere hulpverleners of de politie.
safety-step-112-if-danger = Bent u of zijn uw kinderen nu in gevaar? Bel 112.
safety-step-report-to-police = U kunt aangifte doen bij de politie. Bel daarvoor het algemene nummer van de politie hieronder.
safety-step-victim-support = Slachtofferhulp Nederland geeft slachtoffers van een misdrijf gratis hulp, advies en informatie. Bellen kost het lokale tarief.
safety-step-leave-host = Tot en met { $tp-end } kunt u altijd naar de gemeentelijke opvang als u niet meer bij uw gastgezin wilt wonen. Neem contact op met uw gemeente (gegevens hieronder).
safety-step-keep-papers = Houd uw paspoort en andere papieren zelf. Geef ze niet af aan een gastgezin of een werkgever.
safety-step-call-comensha = Bel of mail CoMensha, de landelijke helpdesk over mensenhandel. Zij adviseren over hulp en een veilige verblijfplaats en beantwoorden vragen over uw rechten.
safety-step-work-inspectie = Gaat het om uw werk? Meld het bij de Nederlandse Arbeidsinspectie. Dat kan ook anoniem.

contact-comensha = CoMensha (helpdesk mensenhandel)
contact-comensha-about = Voor iedereen die met mensenhandel te maken heeft: advies over hulp, opvang en juridische vragen.
contact-slachtofferhulp = Slachtofferhulp Nederland
contact-slachtofferhulp-about = Gratis hulp, advies en informatie voor slachtoffers van een misdrijf. Bellen kost het lokale tarief.
fact-veilig-thuis-free = Veilig Thuis (0800-2000) is gratis en elke dag, dag en nacht bereikbaar. U hoeft uw naam niet te zeggen.
