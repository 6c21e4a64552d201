## Registering with the municipality (content/trees/registration.toml)

registration-title = Registering with the municipality (BRP)
registration-where-staying = Where are you staying now?
registration-where-staying-hint = Everyone who fled Ukraine must register with the municipality (gemeente) where they stay.
registration-where-staying-reception = In a municipal reception location
registration-where-staying-host = With a host family or friends
registration-where-staying-own-home = In my own rented home
registration-where-staying-moving = I am moving to another municipality
registration-host-documents = Do you have a passport or ID card?
registration-host-documents-hint = A Ukrainian internal or biometric passport also counts. With an old handwritten internal passport you may need a certificate from the embassy.
registration-host-documents-yes = Yes
registration-host-documents-no = No, I have no identity document
registration-home-documents = Do you have a passport or ID card?
registration-home-documents-hint = A Ukrainian internal or biometric passport also counts. With an old handwritten internal passport you may need a certificate from the embassy.
registration-home-documents-yes = Yes
registration-home-documents-no = No, I have no identity document
registration-host-citizenship = Do you have Ukrainian citizenship?
registration-host-citizenship-ukrainian = Yes, I am a citizen of Ukraine
registration-host-citizenship-other = No, I have another citizenship
registration-home-citizenship = Do you have Ukrainian citizenship?
registration-home-citizenship-ukrainian = Yes, I am a citizen of Ukraine
registration-home-citizenship-other = No, I have another citizenship

registration-at-reception = The reception location arranges your registration
registration-at-reception-intro = In a municipal reception location, the municipality registers you at the location.
registration-register-at-host = Register with the municipality at your host's address
registration-register-at-host-intro = You need this registration for a BSN.
registration-register-at-home = Register with the municipality at your address
registration-register-at-home-intro = You need this registration for a BSN.
registration-no-documents = Without documents: first get proof of who you are
registration-no-documents-intro = The municipality can only register you when it knows who you are.
registration-other-nationality = Get advice before you register
registration-other-nationality-intro = For people without Ukrainian citizenship the rules are different and have changed several times.
registration-moving = Register in your new municipality
registration-moving-intro = You register in the municipality where you will live.

registration-step-ask-reception-staff = Ask the staff at your location when registration takes place.
registration-step-keep-documents = Keep your passport or ID card and any certificates at hand.
registration-step-what-bsn-gives = After registering you get a citizen service number (BSN, burgerservicenummer). You need it for living allowance (leefgeld), health care, work, a bank account and school.
registration-step-make-appointment = Make an appointment with the municipality. The municipality's website or phone number is below.
registration-step-bring-id = Bring your passport or ID card.
registration-step-bring-host-consent = Bring written permission from the main occupant of the home (the person who rents or owns it). Ask the municipality which form they use.
registration-step-bring-address = Bring the address where you live, for example your rental contract.
registration-step-bring-certificates = If you have them, bring birth, marriage or divorce certificates.
registration-step-children-sworn-statement = Children who came with their parents can be registered without documents. A parent then makes a statement under oath at the municipality.
registration-step-embassy-certificate = Adults without documents can ask the Embassy of Ukraine in The Hague for a certificate of identity and citizenship.
registration-step-then-register = With that certificate, make an appointment with the municipality to register.
registration-step-get-legal-advice = Ask VluchtelingenWerk for advice about your situation before you make an appointment.
registration-step-bring-residence-proof = Bring proof of your residence status in Ukraine from before 24 February 2022, if you have it.
registration-step-register-in-new-municipality = Make an appointment with your new municipality to register at your new address.
registration-step-only-you-can-move = Only you can report your move. Your host cannot do it for you.
registration-step-tell-about-leefgeld = If you receive living allowance (leefgeld), tell both municipalities about the move.
registration-step-ind-appointment = Within 4 weeks of registering, make an appointment with the IND to collect your proof of residence (bewijs van verblijf), usually a sticker in your passport.
registration-step-ind-after-tp = Temporary protection has ended. Under the government's plan, the IND gives the transition document (transitiedocument) without an application. Check on ind.nl or refugeehelp.nl what applies to you if you register now.

# What to bring to the desk: short items for the desk card.
registration-bring-passport = Passport or ID card
registration-bring-host-consent = Written permission from the main occupant of the home
registration-bring-address-proof = Proof of address (for example a rental contract)
registration-bring-certificates = Birth, marriage or divorce certificates (if you have them)
registration-bring-residence-proof = Proof of residence status in Ukraine before 24 February 2022 (if you have it)
