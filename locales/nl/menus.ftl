## Startpagina en onderwerpen

start-title = Hulp voor mensen uit Oekraïne in Nederland
start-who = Wie bent u?
start-who-hint = Kies wat het best bij u past. U kunt altijd terug.
start-who-refugee = Ik ben gevlucht uit Oekraïne
start-who-host = Ik wil iemand opvangen of helpen

refugee-title = Hulp voor mensen die uit Oekraïne zijn gevlucht
refugee-topic = Waarmee wilt u hulp?
refugee-topic-start-here = Ik weet niet waar ik moet beginnen
refugee-topic-safety = Ik voel me niet veilig (geweld, bedreiging, uitbuiting)
refugee-topic-registration = Inschrijven bij de gemeente (BRP) en een BSN
refugee-topic-housing = Wonen
refugee-topic-money = Geld en leefgeld
refugee-topic-health = Gezondheid en de huisarts
refugee-topic-work = Werk
refugee-topic-school = School en kinderopvang
refugee-topic-dutch = Nederlands leren
refugee-topic-paperwork = Papieren, bank en DigiD
refugee-topic-status = Verblijfsstatus en tijdelijke bescherming
refugee-topic-return = Nadenken over teruggaan
refugee-topic-community = Andere Oekraïners ontmoeten
refugee-topic-other = Iets anders
refugee-general-help = Waar u uw vraag kunt stellen
refugee-general-help-intro = RefugeeHelp is er in het Oekraïens, Russisch, Engels en Nederlands. VluchtelingenWerk geeft advies over uw situatie.
refugee-step-read-refugeehelp = Zoek uw onderwerp op refugeehelp.nl. De site is er in het Oekraïens, Russisch, Engels en Nederlands.
refugee-step-ask-municipality = Vraag het aan uw gemeente. De gemeente regelt uw inschrijving, leefgeld en opvang.

host-title = Opvangen en helpen
host-topic = Wat wilt u doen?
host-topic-want-to-host = Ik wil iemand uit Oekraïne in huis opvangen
host-topic-hosting-now = Er woont al iemand uit Oekraïne bij mij
host-topic-large-location = Ik kan een grotere plek bieden: een bedrijf, vakantiepark of hotel
host-topic-volunteer = Ik wil vrijwilligerswerk doen, spullen geven, werk aanbieden of geld geven
