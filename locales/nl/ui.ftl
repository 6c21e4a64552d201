## Teksten van de app zelf

fmt-date = { $day } { $month ->
    [1] januari
    [2] februari
    [3] maart
    [4] april
    [5] mei
    [6] juni
    [7] juli
    [8] augustus
    [9] september
    [10] oktober
    [11] november
   *[12] december
} { $year }
back = Terug
progress = Vraag { $current } van maximaal { $total }
current-answer = uw antwoord
what-to-do = Wat u kunt doen
who-can-help = Wie kan helpen
read-more = Meer lezen
choose-a-topic = Kies een onderwerp
asked-often = Veelgevraagd
also-useful = Ook handig
your-answers = Uw antwoorden
change-answer = Wijzigen
sources = Bronnen
checked-on = gecontroleerd op { $date }
valid-until = geldig tot { $date }
contact-call = Bel
contact-whatsapp = WhatsApp
start-again = Opnieuw beginnen
share-title = Bewaren of delen
share-whatsapp = Delen via WhatsApp
share-telegram = Delen via Telegram
share-viber = Delen via Viber
share-copy = Link kopiëren
share-print = Afdrukken
share-copied = De link is gekopieerd.
municipality-yours = Uw gemeente
error-title = Deze pagina kan niet worden geopend
error-unknown-language = Het adres bevat een taal die wij niet kennen.
error-too-long = Het adres is te lang.
error-malformed = De link klopt niet. Misschien ontbreekt er een stuk.
error-unknown-topic = Dit onderwerp bestaat niet (meer). De link is misschien oud.
error-stale-answers = De antwoorden in deze link passen niet bij dit onderwerp. De link is misschien oud, of de inhoud is veranderd.
footer-privacy = Geen cookies, geen tracking. Uw antwoorden blijven op dit apparaat. Het gebruik van deze site heeft geen invloed op uw verblijfsstatus.
footer-status = Hulpwijzer is een onafhankelijk opensourceproject, geen website van de overheid. Bij elk feit staan de bron en hoe en wanneer die is gecontroleerd.
municipality-choose-prompt = Kies uw gemeente om de contactgegevens te zien.
municipality-search-label = Uw postcode of gemeente
municipality-search-hint = Bijvoorbeeld 9531 of Den Haag.
municipality-unknown-postcode = Postcode { $postcode } kennen wij niet. Typ in plaats daarvan de naam van uw gemeente.
municipality-no-results = Er is geen gemeente met deze naam. Controleer de spelling, of typ uw postcode.
municipality-unknown-code = De gemeente in deze link kennen wij niet. Kies uw gemeente opnieuw.
municipality-change = Kies een andere gemeente
municipality-general-phone = Algemeen nummer
municipality-ukraine-desk = Loket Oekraïne
municipality-brp-appointment = Afspraak maken om u in te schrijven
municipality-appointment = Afspraak maken met de gemeente (voor haar diensten)
municipality-visiting-address = Bezoekadres
municipality-leefgeld = Leefgeld
municipality-meeting-place = Plek voor mensen uit Oekraïne
municipality-for-hosts = Voor gastgezinnen
municipality-for-everyone = Algemeen adres van de gemeente
municipality-regional-reception = Regionaal nummer voor opvang
municipality-for-hosts-money-trouble = Voor gastgezinnen als hun gast geen geld heeft
municipality-walk-in = Inloopspreekuur van de gemeente
hubs-title = Oekraïense ontmoetingsplekken (social hubs)
hubs-intro = Plekken die Oekraïners en vrijwilligers zijn begonnen. Hier kunt u mensen ontmoeten en vragen stellen. De lijst komt uit een onderzoek van december 2025.
hubs-none-in-province = In uw provincie kennen wij geen ontmoetingsplek. Plekken elders staan hieronder.
hubs-other-provinces = Ontmoetingsplekken in andere provincies
municipality-unavailable = De lijst met gemeenten kon niet worden geladen. Controleer uw internetverbinding en open deze pagina opnieuw.
meta-description = Hulp voor mensen uit Oekraïne in Nederland en voor wie hen opvangt: waar u zich inschrijft, wie betaalt, werk, zorg en wat er verandert als de tijdelijke bescherming afloopt, steeds met de bron. In het Oekraïens, Russisch, Engels en Nederlands.
municipality-index-title = Alle gemeenten van A tot Z
municipality-index-intro = Kies uw gemeente om de website en de contactgegevens te zien die wij kennen, steeds met de bron.
municipality-description = Gemeente { $name }: website en contactgegevens voor mensen uit Oekraïne en hun gastgezinnen, steeds met de bron.
municipality-index-letters = Naar een letter
municipality-index-link = Of zoek uw gemeente in de lijst van A tot Z
topic-index-title = Alle antwoorden van A tot Z
offline-save = Deze taal bewaren voor offline gebruik
offline-size = Dit downloadt ongeveer { $size } MB: alle pagina's in deze taal. Liefst via wifi.
offline-start = Nu downloaden
offline-progress = Bewaren… { $done } van { $total } { $total ->
    [one] bestand
   *[other] bestanden
}
offline-done = Klaar: alle pagina's in deze taal openen nu ook zonder internet op dit apparaat.
offline-failed = Bewaren is niet gelukt. Controleer uw internetverbinding en probeer het opnieuw.
from-page-of = van een pagina van { $date }
from-page-undated = uit een bewaarde kopie van de pagina (datum onbekend)
from-document-of = uit een document van { $date }
from-document-undated = uit een gedrukt document (datum onbekend)
given-by-municipality-on = door de gemeente zelf opgegeven op { $date }
verified-in-register-on = uit het Register van Overheidsorganisaties; de gemeente bevestigde het laatst op { $date }
given-by-municipality-stale = door de gemeente zelf opgegeven op { $date }, meer dan een jaar geleden: vraag de gemeente of het nog klopt

# The portal's pages point to the form (its own texts are in form.ftl, loaded only with the form).
form-pending-elsewhere = Een formulier dat op deze telefoon is ingevuld, is nog niet verstuurd.
form-pending-open = Open de pagina van het formulier om het te versturen
form-sent-elsewhere = Aanbod verstuurd vanaf deze telefoon:
form-sent-open = Bekijken of intrekken

# The search field of the menus and of the A–Z page (decision 29).
search-label = Beschrijf uw vraag in een paar woorden
search-button = Zoeken

# Embedded pages (every page, when a municipality embeds the portal): open the same page on
# the full site. The embedding page's own texts are in embed.ftl, a part of their own.
embed-open-full-site = Open de volledige site
