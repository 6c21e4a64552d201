## Organisaties, links en feiten

contact-refugeehelp = RefugeeHelp (VluchtelingenWerk)
contact-refugeehelp-about = Antwoorden op veelgestelde vragen in het Oekraïens, Russisch, Engels en Nederlands.
contact-vluchtelingenwerk = VluchtelingenWerk Nederland
contact-vluchtelingenwerk-about = Advies, online spreekuren en vrijwilligerswerk.
contact-ukraine-embassy = Ambassade van Oekraïne, consulaire afdeling
contact-ukraine-embassy-about = Zeestraat 78, 2518 AD Den Haag. Bel of mail voordat u gaat.

link-refugeehelp = refugeehelp.nl: informatie in uw taal
link-ind-temporary-protection = IND: tijdelijke bescherming voor mensen uit Oekraïne

fact-tp-end = De tijdelijke bescherming voor mensen uit Oekraïne loopt tot en met { $value }.
fact-brp-duty = U schrijft zich in bij de gemeente waar u verblijft, ook als u bij een gastgezin woont.
fact-reception-registration = In de gemeentelijke opvang regelt de gemeente de inschrijving op de locatie.
fact-registration-needs = Voor de inschrijving hebt u een identiteitsbewijs en een adres in Nederland nodig.
fact-host-consent = Wie zich inschrijft op een adres waar anderen wonen, heeft toestemming van de hoofdbewoner nodig.
fact-bsn-unlocks = Met de inschrijving krijgt u toegang tot zorg, school en leefgeld; met een BSN kunt u een bankrekening openen.
fact-children-sworn-statement = Kinderen die met hun gezin zijn gekomen, worden ingeschreven op een verklaring onder eed van een ouder.
fact-embassy-certificate = Zonder identiteitsbewijs kan de Oekraïense ambassade een verklaring voor de inschrijving geven.
fact-third-country-registration = Mensen zonder Oekraïense nationaliteit kunnen alleen in bepaalde gevallen worden ingeschreven.
fact-register-after-moving = Verhuist u naar een andere gemeente? Schrijf u daar dan eerst in.
fact-tp-ended = De tijdelijke bescherming van de EU voor mensen uit Oekraïne liep tot en met { $value }.
fact-ind-proof-of-residence = Na de inschrijving bij de gemeente moet u binnen 4 weken naar de IND om uw bewijs van verblijf op te halen. U staat dan minstens 1 week ingeschreven.
fact-transition-document-after-tp = Volgens het plan van het kabinet van 28 november 2025 geeft de IND het transitiedocument zonder aanvraag aan mensen die tijdelijke bescherming hadden.
link-ind-proof-of-residence = IND: afspraak om uw bewijs van verblijf op te halen
