## Contacten, links en feiten voor gastgezinnen en helpers (content/registry/host-hosting.toml)

contact-giro555 = Giro555
contact-giro555-about = Gezamenlijke inzameling van Nederlandse hulporganisaties, alleen tijdens landelijke acties.
contact-police-non-emergency = Politie, algemeen nummer
contact-police-non-emergency-about = Voor onveilige situaties en zorgelijke signalen zonder spoed.
contact-emergency-112 = Alarmnummer 112
contact-emergency-112-about = Politie, ambulance of brandweer als iemand nu in gevaar is.
contact-veilig-thuis = Veilig Thuis
contact-veilig-thuis-about = Hulplijn voor wie zich thuis niet veilig voelt.
contact-hulp-dieren-oekraine = Hulp voor Dieren uit Oekraïne
contact-hulp-dieren-oekraine-about = Hulp voor huisdieren die met hun baasje uit Oekraïne zijn gekomen.

link-handreiking-poo = Handreiking Particuliere Opvang Oekraïners (Rijksoverheid)
link-rhnl-ended = RefugeeHomeNL: tips voor gastgezinnen en gasten (archief)
link-refugeehelp-leaving-host = RefugeeHelp: een gastgezin verlaten (voor uw gast)

fact-rhnl-end = RefugeeHomeNL, de landelijke koppeling van gastgezinnen en gasten, is gestopt op { $value }.
fact-rhnl-stay-months = Een verblijf via RefugeeHomeNL werd meestal voor { $value ->
    [one] { $value } maand
   *[other] { $value } maanden
} afgesproken.
fact-guests-prefer-cities = De meeste gasten wilden in de Randstad of een grote stad wonen, waar weinig gastgezinnen beschikbaar waren.
fact-separate-room = In 2022 vielen mensen zonder aparte kamer voor een gast af bij de screening van gastgezinnen.
fact-no-host-payment = Gastgezinnen krijgen van de gemeente geen vergoeding voor de kosten van opvang.
fact-guest-contribution = Gastgezin en gast mogen een bijdrage in de woon- en energiekosten afspreken, tot een maximum.
fact-leefgeld-host-extra = Een gast die bij de gemeente ingeschreven is, krijgt leefgeld, met een extra bedrag voor het verblijf bij een gastgezin.
fact-guest-rmo-care = Gasten hebben geen eigen zorgverzekering nodig: de regeling RMO betaalt hun zorg, zonder premie.
fact-guest-gp-first = Uw eigen huisarts is het eerste aanspreekpunt voor de lichamelijke en psychische gezondheid van uw gast.
fact-guest-reception-right = Een gast die niet meer bij een gastgezin wil wonen, kan zich altijd bij de gemeente melden voor opvang.
fact-building-permit = Voor opvang in een gebouw dat niet bedoeld is om in te wonen, zoals een schuur of bedrijfspand, is misschien een vergunning nodig.
fact-giro555-ukraine-closed = De Giro555-actie voor Oekraïne is gesloten; geven kan nog via de hulporganisaties die meededen.
fact-giro555-outside-campaign = Geld dat buiten een landelijke actie bij Giro555 binnenkomt, blijft staan voor de volgende landelijke actie.
