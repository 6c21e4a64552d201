## Organisations, links and facts (content/registry/*.toml)

contact-refugeehelp = RefugeeHelp (VluchtelingenWerk)
contact-refugeehelp-about = Answers to common questions in Ukrainian, Russian, English and Dutch.
contact-vluchtelingenwerk = VluchtelingenWerk Nederland
contact-vluchtelingenwerk-about = Dutch Council for Refugees: advice, online consultation hours and volunteering.
contact-ukraine-embassy = Embassy of Ukraine, consular section
contact-ukraine-embassy-about = Zeestraat 78, 2518 AD Den Haag. Call or e-mail before you go.

link-refugeehelp = refugeehelp.nl: information in your language
link-ind-temporary-protection = IND: temporary protection for people from Ukraine

fact-tp-end = Temporary protection for people from Ukraine runs until and including { $value }.
fact-brp-duty = You register in the municipality where you stay, also when you stay with a host family.
fact-reception-registration = In municipal reception, the municipality arranges registration at the location.
fact-registration-needs = To register you need an identity document and an address in the Netherlands.
fact-host-consent = To register at an address where others live, the main occupant must give permission.
fact-bsn-unlocks = Registration gives access to health care, school and living allowance; with a BSN you can open a bank account.
fact-children-sworn-statement = Children who came with their family can be registered on a parent's statement under oath.
fact-embassy-certificate = Without an identity document, the Embassy of Ukraine can issue a certificate for registration.
fact-third-country-registration = People without Ukrainian citizenship can only be registered in certain cases.
fact-register-after-moving = When you move to another municipality, you register there first.
fact-tp-ended = EU temporary protection for people from Ukraine ran until and including { $value }.
fact-ind-proof-of-residence = After registering with the municipality you must visit the IND within 4 weeks to collect your proof of residence; you must have been registered for at least 1 week.
fact-transition-document-after-tp = Under the government's plan of 28 November 2025, the IND gives the transition document without an application to people who had temporary protection.
link-ind-proof-of-residence = IND: appointment to collect your proof of residence
