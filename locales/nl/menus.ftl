## Startpagina en onderwerpen

start-title = Hulp voor mensen uit Oekraïne in Nederland
start-who = Wie bent u?
start-who-hint = Kies wat het best bij u past. U kunt altijd terug.
start-who-refugee = Ik ben gevlucht uit Oekraïne
start-who-host = Ik wil iemand opvangen of helpen

refugee-title = Hulp voor mensen die uit Oekraïne zijn gevlucht
refugee-topic = Waarmee wilt u hulp?
refugee-topic-registration = Inschrijven bij de gemeente (BRP) en een BSN
refugee-topic-other = Iets anders
refugee-general-help = Waar u uw vraag kunt stellen
refugee-general-help-intro = Deze organisaties antwoorden in het Oekraïens en Russisch, en ook in het Engels en Nederlands.
refugee-step-read-refugeehelp = Zoek uw onderwerp op refugeehelp.nl. De site is er in het Oekraïens, Russisch, Engels en Nederlands.
refugee-step-ask-municipality = Vraag het aan uw gemeente. De gemeente regelt uw inschrijving, leefgeld en opvang.

host-title = Opvangen en helpen
host-topic = Wat wilt u doen?
host-topic-hosting-now = Er woont al iemand uit Oekraïne bij mij
host-topic-other = Ik wil op een andere manier helpen
host-guest-registers = Uw gast moet zich inschrijven op uw adres
host-guest-registers-intro = Uw gast schrijft zich in bij uw gemeente. Dat is nodig voor een BSN, leefgeld, zorg en school.
host-step-guest-registers = Uw gast maakt een afspraak met de gemeente om zich in te schrijven op uw adres.
host-step-give-consent = Als hoofdbewoner geeft u schriftelijk toestemming voor de inschrijving. Vraag de gemeente hoe: met een formulier of door mee te gaan.
host-step-guest-registers-on-move = Verhuist uw gast naar een andere gemeente? Dan schrijft uw gast zich daar zelf in.
host-help-vluchtelingenwerk = Vrijwilligerswerk, spullen geven of werk aanbieden
host-step-offer-via-vluchtelingenwerk = VluchtelingenWerk laat zien wat u kunt doen. Uw gemeente kent de initiatieven in de buurt.
