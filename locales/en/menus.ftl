## Home page and topic menus (content/trees/start.toml, refugee.toml, host.toml)

start-title = Help for people from Ukraine in the Netherlands
start-who = Who are you?
start-who-hint = Choose what fits you best. You can go back at any time.
start-who-refugee = I fled Ukraine
start-who-host = I want to host or help

refugee-title = Help for people who fled Ukraine
refugee-topic = What do you need help with?
refugee-topic-start-here = I don't know where to start
refugee-topic-safety = I do not feel safe (violence, threats, exploitation)
refugee-topic-registration = Registering with the municipality (BRP) and getting a BSN
refugee-topic-housing = A place to live
refugee-topic-money = Money and leefgeld
refugee-topic-health = Health and a doctor (huisarts)
refugee-topic-work = Work
refugee-topic-school = School and childcare
refugee-topic-dutch = Learning Dutch
refugee-topic-paperwork = Papers, bank and DigiD
refugee-topic-status = Residence status and temporary protection
refugee-topic-return = Thinking about going back
refugee-topic-community = Meeting other Ukrainians
refugee-topic-other = Something else
refugee-general-help = Where to ask your question
refugee-general-help-intro = RefugeeHelp is written in Ukrainian, Russian, English and Dutch. VluchtelingenWerk gives advice about your situation.
refugee-step-read-refugeehelp = Look for your topic on refugeehelp.nl. It is written in Ukrainian, Russian, English and Dutch.
refugee-step-ask-municipality = Ask your municipality (gemeente). It arranges your registration, living allowance and reception.

host-title = Hosting and helping
host-topic = What would you like to do?
host-topic-want-to-host = I want to host someone from Ukraine in my home
host-topic-hosting-now = Someone from Ukraine is already staying with me
host-topic-large-location = I can offer a larger place: a company, holiday park or hotel
host-topic-volunteer = I want to volunteer, donate goods, offer a job or give money
