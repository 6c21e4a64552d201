## Inschrijven bij de gemeente

registration-title = Inschrijven bij de gemeente (BRP)
registration-where-staying = Waar woont u nu?
registration-where-staying-hint = Iedereen die uit Oekraïne is gevlucht, moet zich inschrijven bij de gemeente waar hij of zij verblijft.
registration-where-staying-reception = In een gemeentelijke opvanglocatie
registration-where-staying-host = Bij een gastgezin of bij bekenden
registration-where-staying-own-home = In een eigen huurhuis
registration-where-staying-moving = Ik verhuis naar een andere gemeente
registration-host-documents = Hebt u een paspoort of ID-kaart?
registration-host-documents-hint = Een Oekraïens binnenlands of biometrisch paspoort telt ook. Met een oud, handgeschreven binnenlands paspoort heeft u misschien een verklaring van de ambassade nodig.
registration-host-documents-yes = Ja
registration-host-documents-no = Nee, ik heb geen identiteitsbewijs
registration-home-documents = Hebt u een paspoort of ID-kaart?
registration-home-documents-hint = Een Oekraïens binnenlands of biometrisch paspoort telt ook. Met een oud, handgeschreven binnenlands paspoort heeft u misschien een verklaring van de ambassade nodig.
registration-home-documents-yes = Ja
registration-home-documents-no = Nee, ik heb geen identiteitsbewijs
registration-host-citizenship = Hebt u de Oekraïense nationaliteit?
registration-host-citizenship-ukrainian = Ja, ik ben Oekraïens staatsburger
registration-host-citizenship-other = Nee, ik heb een andere nationaliteit
registration-home-citizenship = Hebt u de Oekraïense nationaliteit?
registration-home-citizenship-ukrainian = Ja, ik ben Oekraïens staatsburger
registration-home-citizenship-other = Nee, ik heb een andere nationaliteit

registration-at-reception = De opvanglocatie regelt uw inschrijving
registration-at-reception-intro = In een gemeentelijke opvanglocatie schrijft de gemeente u in op de locatie.
registration-register-at-host = Schrijf u in bij de gemeente op het adres van uw gastgezin
registration-register-at-host-intro = U heeft deze inschrijving nodig voor een BSN.
registration-register-at-home = Schrijf u in bij de gemeente op uw adres
registration-register-at-home-intro = U heeft deze inschrijving nodig voor een BSN.
registration-no-documents = Zonder documenten: laat eerst vaststellen wie u bent
registration-no-documents-intro = De gemeente kan u pas inschrijven als zij weet wie u bent.
registration-other-nationality = Vraag advies voordat u zich inschrijft
registration-other-nationality-intro = Voor mensen zonder Oekraïense nationaliteit gelden andere regels. Die zijn al een paar keer veranderd.
registration-moving = Schrijf u in bij uw nieuwe gemeente
registration-moving-intro = U schrijft zich in bij de gemeente waar u gaat wonen.

registration-step-ask-reception-staff = Vraag de medewerkers op uw locatie wanneer de inschrijving is.
registration-step-keep-documents = Houd uw paspoort of ID-kaart en eventuele aktes bij de hand.
registration-step-what-bsn-gives = Na de inschrijving krijgt u een burgerservicenummer (BSN). Dat hebt u nodig voor leefgeld, zorg, werk, een bankrekening en school.
registration-step-make-appointment = Maak een afspraak met de gemeente. De website en het telefoonnummer van de gemeente staan hieronder.
registration-step-bring-id = Neem uw paspoort of ID-kaart mee.
registration-step-bring-host-consent = Neem schriftelijke toestemming mee van de hoofdbewoner van het huis (de huurder of eigenaar). Vraag de gemeente welk formulier zij gebruikt.
registration-step-bring-address = Neem uw adres mee, bijvoorbeeld uw huurcontract.
registration-step-bring-certificates = Hebt u een geboorte-, huwelijks- of echtscheidingsakte? Neem die dan mee.
registration-step-children-sworn-statement = Kinderen die met hun ouders zijn meegekomen, kunnen zonder documenten worden ingeschreven. Een ouder legt dan bij de gemeente een verklaring onder eed af.
registration-step-embassy-certificate = Volwassenen zonder documenten kunnen bij de Oekraïense ambassade in Den Haag een verklaring van identiteit en nationaliteit vragen.
registration-step-then-register = Maak met die verklaring een afspraak bij de gemeente om u in te schrijven.
registration-step-get-legal-advice = Vraag VluchtelingenWerk om advies over uw situatie voordat u een afspraak maakt.
registration-step-bring-residence-proof = Neem, als u dat hebt, bewijs mee van uw verblijfsstatus in Oekraïne van vóór 24 februari 2022.
registration-step-register-in-new-municipality = Maak een afspraak met uw nieuwe gemeente om u in te schrijven op uw nieuwe adres.
registration-step-only-you-can-move = Alleen u zelf kunt uw verhuizing doorgeven. Uw gastgezin kan dat niet voor u doen.
registration-step-tell-about-leefgeld = Krijgt u leefgeld? Meld de verhuizing dan bij beide gemeenten.
registration-step-ind-appointment = Maak binnen 4 weken na de inschrijving een afspraak bij de IND om uw bewijs van verblijf op te halen, meestal een sticker in uw paspoort.
registration-step-ind-after-tp = De tijdelijke bescherming is afgelopen. Volgens het plan van het kabinet geeft de IND het transitiedocument zonder aanvraag. Kijk op ind.nl of refugeehelp.nl wat voor u geldt als u zich nu inschrijft.

# What to bring to the desk: short items for the desk card.
registration-bring-passport = Paspoort of ID-kaart
registration-bring-host-consent = Schriftelijke toestemming van de hoofdbewoner
registration-bring-address-proof = Bewijs van het adres (bijvoorbeeld een huurcontract)
registration-bring-certificates = Geboorte-, huwelijks- of echtscheidingsakte (als u die heeft)
registration-bring-residence-proof = Bewijs van verblijfsstatus in Oekraïne van vóór 24 februari 2022 (als u dat hebt)
