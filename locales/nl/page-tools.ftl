## The desk card, reading aloud and leaving quickly (keys used literally in src/)

desk-link = Laten zien aan de medewerker aan de balie
desk-link-hint = Deze pagina in het Nederlands en het Oekraïens naast elkaar: laat haar zien of druk haar af op één blad.
desk-title = Voor de medewerker aan de balie
desk-own-note = Laat deze pagina zien. Elk deel staat in het Nederlands en in het Oekraïens.
desk-partner-note = Voor de medewerker aan de balie: dit wil ik regelen. Elk deel staat ook in mijn eigen taal.
desk-bring = Wat u meeneemt
desk-terms = Woorden aan de balie
desk-find-municipality = Het adres en telefoonnummer van uw gemeente vindt u in de lijst van A tot Z
desk-back = Terug naar de volledige pagina
read-aloud-label = Voorlezen
read-aloud-start = Lees deze pagina voor
read-aloud-pause = Pauze
read-aloud-resume = Verder
read-aloud-stop = Stop
quick-exit = Snel weg
quick-exit-more = Geen sporen achterlaten
quick-exit-region = Veiligheid
quick-exit-shortcut = Of druk drie keer op Shift: er komt dan meteen een weersite voor deze pagina in de plaats.
quick-exit-private = Gebruikt iemand anders deze telefoon of computer ook? Open deze site in een privévenster (incognito), dan blijft hij niet in de geschiedenis van de browser staan. Of verwijder de site uit de geschiedenis.
