## Home page and topic menus (content/trees/start.toml, refugee.toml, host.toml)

start-title = Help for people from Ukraine in the Netherlands
start-who = Who are you?
start-who-hint = Choose what fits you best. You can go back at any time.
start-who-refugee = I fled Ukraine
start-who-host = I want to host or help

refugee-title = Help for people who fled Ukraine
refugee-topic = What do you need help with?
refugee-topic-registration = Registering with the municipality (BRP) and getting a BSN
refugee-topic-other = Something else
refugee-general-help = Where to ask your question
refugee-general-help-intro = These organisations answer questions in Ukrainian and Russian, and also in English and Dutch.
refugee-step-read-refugeehelp = Look for your topic on refugeehelp.nl. It is written in Ukrainian, Russian, English and Dutch.
refugee-step-ask-municipality = Ask your municipality (gemeente). It arranges your registration, living allowance and reception.

host-title = Hosting and helping
host-topic = What would you like to do?
host-topic-hosting-now = Someone from Ukraine is staying with me
host-topic-other = I want to help in another way
host-guest-registers = Your guest must register at your address
host-guest-registers-intro = Your guest registers with your municipality. This is needed for a BSN, living allowance, health care and school.
host-step-guest-registers = Your guest makes an appointment with the municipality to register at your address.
host-step-give-consent = As the main occupant, you give written permission for the registration. Ask the municipality how: with a form, or by coming along.
host-step-guest-registers-on-move = If your guest moves to another municipality, they register there themselves.
host-help-vluchtelingenwerk = Volunteering, donating goods or offering a job
host-step-offer-via-vluchtelingenwerk = VluchtelingenWerk shows what you can do. Your municipality knows local initiatives.
