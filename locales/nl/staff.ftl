## The staff page (/nl/staff): for municipal staff, in Dutch and English only.

staff-title = Aanbiedingen van gastgezinnen openen
staff-intro = Voor medewerkers van gemeenten die via deze site aanbiedingen van gastgezinnen ontvangen. De aanbiedingen zijn versleuteld met de sleutel van uw gemeente en worden alleen in deze browser geopend. Deze pagina bewaart niets op dit apparaat: de code blijft alleen in dit tabblad, de sleutel alleen zolang de pagina open is.
staff-open-heading = Aanbiedingen openen
staff-municipality = Gemeente
staff-token = Exportcode
staff-token-hint = De code die u van de beheerder van deze site kreeg. Hij blijft alleen in dit tabblad bewaard tot u het sluit.
staff-key-file = Sleutelbestand van uw gemeente
staff-passphrase = Wachtwoordzin van het sleutelbestand
staff-open = Aanbiedingen openen
staff-opening = Bezig met openen…
staff-opened = { $count ->
    [one] 1 aanbieding geopend.
   *[other] { $count } aanbiedingen geopend.
}
staff-count = { $shown } van { $total } aanbiedingen getoond, nieuwste eerst.
staff-filters = Filteren
staff-filter-any = Alle
staff-filter-capacity = Aantal personen (minstens)
staff-filter-pets = Huisdieren
staff-filter-pets-any = Maakt niet uit
staff-filter-pets-welcome = Huisdieren welkom
staff-filter-pets-not-welcome = Geen huisdieren
staff-filter-date = Vrij op of voor
staff-filter-place = Plaats
staff-download-csv = Getoonde aanbiedingen downloaden (CSV)
staff-download-excel = Getoonde aanbiedingen downloaden voor Excel
staff-download-hint = Het bestand voor Excel opent in kolommen in Excel met Nederlandse instellingen, met dezelfde kopjes en antwoorden als op deze pagina. Het CSV-bestand (gescheiden door komma's, met technische namen) is bedoeld om in andere systemen in te lezen.
staff-csv-reference = Referentie
staff-csv-received = Ontvangen (UTC)
staff-received = Ontvangen op { $date } om { $time } (UTC)
staff-schema-version = Versie van het formulier
staff-yes = Ja
staff-no = Nee
staff-handled = Afgehandeld
staff-handled-question = Deze aanbieding als afgehandeld markeren? Ze wordt dan meteen van de server verwijderd en is daarna niet meer te openen.
staff-handled-confirm = Ja, verwijderen
staff-handled-cancel = Annuleren
staff-handled-done = Aanbieding { $reference } is afgehandeld en verwijderd.
# Many offers (issue 24, item 5): the progress of opening, pages of 50, one action for all filtered offers.
staff-opening-progress = { $opened } van { $total } gedownloade aanbiedingen geopend…
staff-pages = Pagina's met aanbiedingen
staff-page-position = Pagina { $page } van { $pages }
staff-page-previous = Vorige pagina
staff-page-next = Volgende pagina
staff-handled-all = { $count ->
    [one] De 1 aanbieding die aan het filter voldoet als afgehandeld markeren
   *[other] Alle { $count } aanbiedingen die aan het filter voldoen als afgehandeld markeren
}
staff-handled-all-question = Alle aanbiedingen die aan het filter voldoen als afgehandeld markeren? Ze worden dan meteen van de server verwijderd en zijn daarna niet meer te openen.
staff-handled-all-progress = { $done } van { $total } aanbiedingen afgehandeld…
staff-handled-all-done = { $count ->
    [one] 1 aanbieding is afgehandeld en verwijderd.
   *[other] { $count } aanbiedingen zijn afgehandeld en verwijderd.
}
staff-handled-all-failed = { $count ->
    [one] 1 aanbieding kon niet als afgehandeld worden gemarkeerd; ze staat nog in de lijst.
   *[other] { $count } aanbiedingen konden niet als afgehandeld worden gemarkeerd; ze staan nog in de lijst.
}

staff-key-heading = Sleutelpaar voor uw gemeente maken
staff-key-intro = Dit doet u één keer, voordat uw gemeente aanbiedingen kan ontvangen. Het sleutelpaar wordt in deze browser gemaakt; de geheime sleutel verlaat dit apparaat alleen als het bestand dat u opslaat.
staff-key-send-public = Stuur de beheerder van deze site alleen de openbare sleutel (begint met age1). Stuur nooit het sleutelbestand of de wachtwoordzin.
staff-key-compare = Vergelijk daarna telefonisch de vingerafdruk met de beheerder: die moet teken voor teken gelijk zijn aan wat de beheerder ziet bij het registreren.
staff-key-loss = Bewaar het bestand op een veilige plek en onthoud de wachtwoordzin. Raakt u een van beide kwijt, dan kan niemand de aanbiedingen die met deze sleutel zijn versleuteld nog openen; maak dan een nieuw sleutelpaar en laat dat registreren.
staff-make-key = Sleutelpaar maken
staff-key-public = Openbare sleutel (voor de beheerder):
staff-copy-public-key = Openbare sleutel kopiëren
staff-public-key-copied = Gekopieerd.
staff-replace-key-question = Er is al een sleutelpaar gemaakt. Een nieuw sleutelpaar vervangt het op deze pagina. Aanbiedingen die al met de oude openbare sleutel zijn versleuteld, kunt u daarna alleen nog openen met het oude sleutelbestand en de wachtwoordzin daarvan. Hebt u dat bestand nog niet opgeslagen, dan kan niemand die aanbiedingen meer openen. Laat de beheerder na het opslaan de nieuwe openbare sleutel registreren.
staff-replace-key-confirm = Ja, nieuw sleutelpaar maken
staff-replace-key-cancel = Annuleren
staff-key-fingerprint = Vingerafdruk (telefonisch vergelijken):
staff-new-passphrase = Kies een wachtwoordzin
staff-new-passphrase-hint = Minstens 12 tekens. Bijvoorbeeld vier losse woorden.
staff-repeat-passphrase = Herhaal de wachtwoordzin
staff-save-key = Sleutelbestand opslaan
staff-key-saved = Het sleutelbestand is opgeslagen (hulpwijzer-sleutel.age). Bewaar het op een veilige plek.

staff-error-wrong-passphrase = Deze wachtwoordzin opent het sleutelbestand niet. Controleer hoofdletters en spaties en probeer het opnieuw.
staff-error-not-a-key-file = Dit bestand is geen sleutelbestand. Kies het bestand dat u bij het maken van het sleutelpaar hebt opgeslagen (hulpwijzer-sleutel.age).
staff-error-no-key-file = Kies eerst het sleutelbestand van uw gemeente.
staff-error-no-token = Vul eerst de exportcode in.
staff-error-wrong-key = Niet alle aanbiedingen gaan open met deze sleutel: ze zijn versleuteld met een andere sleutel. Controleer of u het sleutelbestand van deze gemeente hebt gekozen.
staff-error-wrong-token = Deze exportcode is onbekend of ingetrokken. Controleer de code of vraag de beheerder om een nieuwe.
staff-error-other-municipality = Deze exportcode hoort bij een andere gemeente. Kies de juiste gemeente of gebruik de code van deze gemeente.
staff-error-unreachable = De server met de aanbiedingen is nu niet bereikbaar. Controleer de verbinding en probeer het later opnieuw.
staff-error-server = De server gaf een onverwacht antwoord. Probeer het later opnieuw; blijft het misgaan, neem dan contact op met de beheerder.
staff-error-module = Het onderdeel dat aanbiedingen opent kon niet worden geladen. Controleer de verbinding en laad de pagina opnieuw.
staff-error-passphrase-mismatch = De twee wachtwoordzinnen zijn niet gelijk.
staff-error-passphrase-too-short = De wachtwoordzin is te kort: gebruik minstens 12 tekens.
staff-error-not-saved = De browser heeft het bestand niet opgeslagen. Probeer het opnieuw.
staff-error-unknown-municipality = De server kent deze gemeente niet. Kies uw gemeente opnieuw; lukt het dan nog niet, neem dan contact op met de beheerder.

staff-card-heading = Uw kaart in de portal
staff-card-intro = Hier stelt u verbeteringen of aanvullingen voor op wat de portal over uw gemeente toont. Gebruik dezelfde gemeente en exportcode als hierboven; het sleutelbestand is niet nodig. Alles op de kaart is openbare informatie.
staff-card-shown = Zo toont de portal uw gemeente nu:
staff-card-group-desk = Oekraïne-loket
staff-card-group-registration = Inschrijving (BRP)
staff-card-group-leefgeld = Leefgeld
staff-card-group-place = Ontmoetingsplek of informatiepunt
staff-card-group-source = Bron
staff-card-field-ukraine-email = E-mailadres van het Oekraïne-loket
staff-card-field-ukraine-phone = Telefoonnummer van het Oekraïne-loket
staff-card-field-general-phone = Algemeen nummer van de gemeente (14 + netnummer)
staff-card-field-brp-appointment-url = Pagina om een afspraak voor inschrijving te maken
staff-card-field-leefgeld-url = Pagina over leefgeld
staff-card-field-leefgeld-email = E-mailadres voor leefgeld
staff-card-field-leefgeld-phone = Telefoonnummer voor leefgeld
staff-card-field-place-name = Naam van de plek
staff-card-field-place-address = Adres van de plek
staff-card-field-place-hours = Openingstijden
staff-card-field-source = Pagina op uw website waar deze gegevens staan
staff-card-problem-not-an-address = Dit is geen e-mailadres.
staff-card-problem-not-a-dutch-number = Dit is geen Nederlands telefoonnummer.
staff-card-problem-not-a-general-number = Dit is geen gemeentenummer: 14 gevolgd door het netnummer.
staff-card-problem-not-https = Dit is geen webadres dat met https:// begint.
staff-card-problem-not-own-website = Deze pagina staat niet op de eigen website van uw gemeente.
staff-card-problem-too-long = Dit is te lang.
staff-card-problem-invisible-character = Hierin staat een onzichtbaar teken. Typ het opnieuw in plaats van het te plakken.
staff-card-problem-place-incomplete = Een plek heeft zowel een naam als een adres nodig.
staff-card-nothing-given = Vul ten minste één contactgegeven in.
staff-card-error-prefix = Fout:
staff-card-error-summary-title = Controleer het voorstel
staff-card-send = Voorstel versturen
staff-card-received = Ontvangen op { $date }. Het team van de portal bekijkt uw voorstel; het staat op de portal na de volgende update.
staff-card-earlier = Uw voorstellen
staff-card-proposal-pending = Uw voorstel van { $date } wacht op beoordeling.
staff-card-proposal-accepted = Uw voorstel van { $date } is overgenomen.
staff-card-proposal-rejected = Uw voorstel van { $date } is niet overgenomen.
