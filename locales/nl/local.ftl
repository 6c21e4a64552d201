## Lokale informatie van gemeenten en Oekraïense ontmoetingsplekken (social hubs)

# content/local/GM1681.toml (Borger-Odoorn)
local-gm1681-reception = De gemeente Borger-Odoorn heeft een e-mailadres voor vragen over vluchtelingen uit Oekraïne en voor hulpaanbod. U kunt ook het algemene nummer van de gemeente bellen. U krijgt dan een medewerker aan de lijn. Deze gegevens zijn uit 2022. Kijk daarom ook op de website van de gemeente.

# Wat een ontmoetingsplek biedt (content/hubs.toml, offers)
hub-offer-meeting = Elkaar ontmoeten
hub-offer-language-lessons = Taallessen
hub-offer-psychological-help = Psychologische hulp
hub-offer-legal-help = Juridisch advies
hub-offer-children = Activiteiten voor kinderen
hub-offer-culture = Cultuur en workshops
hub-offer-information = Informatie en antwoord op vragen
hub-offer-work = Hulp bij werk zoeken
hub-offer-humanitarian-aid = Humanitaire hulp
hub-offer-library = Oekraïense bibliotheek
hub-offer-school = Oekraïense weekendschool

# Of de plek nog open is (status); gesloten plekken worden nooit getoond
hub-status-active = Eind 2025 nog open.
hub-status-unclear = Niet bekend of deze plek nog open is. Kijk dat na voordat u gaat.
