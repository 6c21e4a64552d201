## Organisaties, links en feiten voor de onderwerpen van mensen uit Oekraïne

contact-zelfmoordpreventie = 113 Zelfmoordpreventie
contact-zelfmoordpreventie-about = Voor iedereen die denkt aan zelfdoding, of die zich zorgen maakt om iemand. Gratis en anoniem, dag en nacht. U kunt ook chatten op de website.
contact-luisterlijn = De Luisterlijn
contact-luisterlijn-about = Iemand luistert naar u, dag en nacht. U hoeft uw naam niet te zeggen.
contact-empatia = Empatia
contact-empatia-about = Psychische hulp voor mensen uit Oekraïne, in het Oekraïens.
contact-arbeidsinspectie = Nederlandse Arbeidsinspectie
contact-arbeidsinspectie-about = Meld hier oneerlijk of onveilig werk. Bellen is gratis. U mag anoniem blijven.
contact-dtv = Dienst Terugkeer en Vertrek (DT&V)
contact-dtv-about = Overheidsdienst die mensen uit Oekraïne helpt die terug willen en om hulp vragen.

link-refugeehelp-health-insurance = RefugeeHelp: medische zorg (RMO)
link-rijksoverheid-own-contribution = Rijksoverheid: eigen bijdrage vanaf 1 oktober 2025
link-arbeidsinspectie-report = Arbeidsinspectie: uitbuiting herkennen en melden
link-refugeehelp-leave-temporarily = RefugeeHelp: Nederland tijdelijk verlaten
link-refugeehelp-return = RefugeeHelp: terugkeer naar Oekraïne

fact-emergency-number = Het alarmnummer is { $value }.
fact-reception-right = Zolang u tijdelijke bescherming heeft, houdt u recht op gemeentelijke opvang.
fact-own-home-no-leefgeld = Huurt of koopt u zelf een woning? Dan kunt u uw recht op leefgeld verliezen.
fact-leefgeld-conditions = De gemeente betaalt het leefgeld. U moet ingeschreven zijn in de BRP, met een BSN, en een Nederlandse bankrekening hebben.
fact-leefgeld-stops-with-work = Als u betaald werk krijgt, stopt het leefgeld voor uw hele gezin. U meldt dit bij de gemeente.
fact-own-contribution-start = De nieuwe eigen bijdrage geldt vanaf { $value }.
fact-own-contribution-operating = Eigen bijdrage voor de kosten van de opvanglocatie: { $value } per volwassene per maand.
fact-own-contribution-catering = Eigen bijdrage voor eten op een locatie met catering: { $value } per volwassene per maand.
fact-own-contribution-max-two-adults = Maximum voor een huishouden met twee volwassenen op een locatie met catering: { $value } per maand.
fact-own-contribution-tailoring = De gemeente kan het bedrag aanpassen als betalen grote problemen geeft.
fact-bank-account-needs = Banken vragen om een geldig paspoort of ID-kaart, en vaak om uw BSN.
fact-rmo-cover = Met een BSN valt u onder de zorgregeling RMO. U betaalt geen premie en geen eigen risico.
fact-gp-first = Voor zorg die niet dringend is, gaat u eerst naar de huisarts. De huisarts verwijst u door.
fact-urgent-care = Bij levensgevaar belt u het alarmnummer. Voor andere dringende zorg buiten kantoortijd gaat u naar de huisartsenpost of de spoedeisende hulp.
fact-zelfmoordpreventie-free-number = 113 Zelfmoordpreventie is ook gratis bereikbaar op { $value }.
fact-empatia-via-gp = Empatia helpt in het Oekraïens. U gaat eerst naar de huisarts, die u kan doorverwijzen.
fact-no-work-permit = Met tijdelijke bescherming mag u zonder werkvergunning werken voor een werkgever. De werkgever meldt u bij UWV.
fact-work-start-after-notice = { $value ->
    [one] U mag { $value } werkdag na de melding bij UWV beginnen met werken.
   *[other] U mag { $value } werkdagen na de melding bij UWV beginnen met werken.
}
fact-employment-only = De vrijstelling van de werkvergunning geldt alleen voor werk met een arbeidscontract, niet voor werken als zelfstandige.
fact-worker-rights = Werknemers hebben recht op een veilige werkplek, pauzes, vakantiedagen en minstens het minimumloon.
fact-report-anonymously = U kunt uitbuiting op het werk melden bij de Arbeidsinspectie, ook anoniem.
fact-leerplicht-ages = Kinderen mogen vanaf 4 jaar naar school. Vanaf 5 jaar tot het einde van het schooljaar waarin ze 16 worden, is school verplicht (leerplicht). Daarna moeten jongeren tot 18 jaar blijven leren (kwalificatieplicht).
fact-school-enrolment = Kinderen uit Oekraïne hebben dezelfde leerplicht als andere kinderen. Ouders melden hen aan bij een school in de buurt.
fact-no-integration-duty = Met tijdelijke bescherming bent u niet inburgeringsplichtig.
fact-municipal-courses = U mag meedoen aan taalcursussen van uw gemeente. Wat er is, verschilt per gemeente.
fact-taalhuis-library = Veel bibliotheken hebben een taalhuis met lessen en taalcafés, meestal (bijna) gratis.
fact-digid-needs = U vraagt DigiD online aan met uw BSN, geboortedatum en adres. De activeringscode komt met de post.
fact-residence-permit-plan = Op 28 november 2025 kondigde het kabinet een plan aan: na de tijdelijke bescherming een transitiedocument dat drie jaar geldig is, vanaf { $value }. De details waren toen nog niet besloten.
fact-plan-own-costs = Volgens dat plan gaan mensen huur betalen en meebetalen aan zorgkosten, net als andere inwoners. Hoe precies, was toen nog niet uitgewerkt.
fact-leave-temporarily = Meld het bij de gemeente voordat u Nederland tijdelijk verlaat. Bent u langer dan 28 dagen weg, dan kan de gemeente uw opvang en leefgeld stoppen.
fact-return-deregister = Gaat u voorgoed terug? Dan schrijft u zich uit uit de BRP en stopt u uw leefgeld.
fact-dtv-return-support = DT&V helpt mensen die erom vragen met reisdocumenten en de reis, meestal naar een buurland van Oekraïne. DT&V helpt niet bij korte bezoeken.
fact-return-programme-planned = Het kabinet werkt aan een programma voor vrijwillige terugkeer. Tot dat er is, helpt DT&V.
fact-transition-document-automatic = Volgens het kabinet geeft de IND het transitiedocument zonder aanvraag. U krijgt een brief van de IND over het intrekken van de asielaanvraag die met de tijdelijke bescherming voor alle vluchtelingen uit Oekraïne is gestart. Lees die goed en vraag advies (bijvoorbeeld bij VluchtelingenWerk) voordat u antwoordt. Het kabinet noemt ook een toets op openbare orde.
fact-reception-after-tp = Welke regels voor gemeentelijke opvang gelden na het einde van de tijdelijke bescherming, was niet bekend toen dit werd geschreven (november 2026). Vraag het uw gemeente.
fact-leefgeld-after-tp = Leefgeld hoort bij de regels voor tijdelijke bescherming. Wat er na het einde van de tijdelijke bescherming mee gebeurt, was niet bekend toen dit werd geschreven (november 2026). Vraag het uw gemeente.
fact-care-after-tp = Volgens het plan van het kabinet kunnen mensen met het transitiedocument een zorgverzekering afsluiten en betalen ze mee aan hun zorgkosten. Hoe precies, was toen nog niet uitgewerkt.
fact-work-after-tp = Volgens het plan van het kabinet mag u met het transitiedocument werken zonder tewerkstellingsvergunning. Of de werkgever nog een melding bij UWV moet doen, staat er niet in.
fact-integration-after-tp = In de aankondiging van het kabinet staat niet of mensen met het transitiedocument moeten inburgeren.
fact-absence-after-tp = De regel van 28 dagen afwezigheid hoorde bij de tijdelijke bescherming. Vraag uw gemeente wat nu geldt voordat u na het einde van de tijdelijke bescherming vertrekt.
fact-proof-of-residence-for-work = Om te werken heeft u het bewijs van verblijf van de IND nodig (een sticker in uw paspoort of een O-document) waaruit uw tijdelijke bescherming blijkt.
fact-gp-registration = Voordat u een afspraak kunt maken bij een huisarts, schrijft u zich in bij een huisartsenpraktijk bij u in de buurt. Daarna belt u de praktijk en maakt u een afspraak via de assistent.
link-refugeehelp-healthcare = refugeehelp.nl: zo werkt de gezondheidszorg voor mensen uit Oekraïne
