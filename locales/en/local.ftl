## Local municipality information and Ukrainian social hubs

# content/local/GM1681.toml (Borger-Odoorn)
local-gm1681-reception = Borger-Odoorn has an e-mail address for questions about refugees from Ukraine and for offers of help. You can also call the municipality's general number: you will be put through to a staff member. This information is from 2022, so check it on the municipality's website.

# What a hub offers (content/hubs.toml, offers)
hub-offer-meeting = Meeting other people
hub-offer-language-lessons = Language lessons
hub-offer-psychological-help = Psychological help
hub-offer-legal-help = Legal advice
hub-offer-children = Activities for children
hub-offer-culture = Culture and workshops
hub-offer-information = Information and answers to questions
hub-offer-work = Help with finding work
hub-offer-humanitarian-aid = Humanitarian aid
hub-offer-library = Ukrainian library
hub-offer-school = Ukrainian weekend school

# Whether a hub still runs (status); closed hubs are never shown
hub-status-active = Open at the end of 2025.
hub-status-unclear = Not known whether it is still open. Check before you go.
