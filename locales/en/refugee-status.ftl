## Residence status

status-title = Residence status and temporary protection
status-citizenship = Do you have Ukrainian citizenship?
status-citizenship-ukrainian = Yes
status-citizenship-other = No, I have another citizenship
status-question = What do you want to know?
status-question-now = What my protection means now
status-question-after = What happens after temporary protection ends

status-protection-now = Your temporary protection now
status-protection-now-intro = Temporary protection for people from Ukraine runs until and including { $tp-end }. The EU has decided this.
status-after-protection = After temporary protection: decided and planned
status-after-protection-intro = Decided: temporary protection runs until and including { $tp-end }. Planned, not yet law: a transition document for three years from { $residence-permit-plan }.
status-other-nationality = Get personal legal advice
status-other-nationality-intro = For people without Ukrainian citizenship the rules are different and have changed many times.

status-step-stay-registered = Stay registered at the address where you live, and report every move.
status-step-keep-documents = Keep your passport and your proof of residence (bewijs van verblijf) safe.
status-step-check-official = Check news on trusted websites such as those of the IND and RefugeeHelp. Rumours on social media are often wrong.
status-step-decided = Decided: until and including { $tp-end } your protection stays as it is.
status-step-planned = The government plans a transition document (transitiedocument) for three years from { $residence-permit-plan }. Under this plan, people would pay rent and part of their care costs themselves.
status-step-not-decided = Not yet known (November 2026): the rules for housing, leefgeld and care costs after { $tp-end }. According to the government, you do not need to apply for the transition document yourself.
status-step-no-answers-here = We do not give answers for your situation here, because the rules depend on your papers.
status-step-get-legal-advice = Contact VluchtelingenWerk for advice about your own situation.
status-step-do-not-wait = Do not wait until the last moment. Bring all your papers from Ukraine.

## Returning to Ukraine

return-title = Thinking about going back
return-plan = What are you thinking about?
return-plan-hint = Whatever you choose, it is your own decision.
return-plan-visit = A short visit to Ukraine
return-plan-for-good = Going back for good
return-plan-not-sure = I am not sure yet
return-need-help = Do you need help with the journey or travel documents?
return-need-help-yes = Yes
return-need-help-no = No, I arrange it myself

return-visit = Before a short visit: tell the municipality
return-visit-intro = Until and including { $tp-end }: if you leave without telling the municipality, you can lose your place in reception and your leefgeld.
return-return-with-help = Going back with help from DT&V
return-return-with-help-intro = The government service DT&V helps people from Ukraine who want to go back and ask for help.
return-return-on-own = Going back for good: what to arrange
return-return-on-own-intro = Before you leave, close things off in the Netherlands.
return-not-sure = Take your time
return-not-sure-intro = Nobody may force you to go back. Read and ask before you decide.

return-step-tell-before-leaving = Tell the municipality, or your reception location, before you leave.
return-step-say-how-long = Say how long you will be away. If you stay away too long, the municipality can stop your reception and leefgeld.
return-step-tell-when-back = Report to the municipality as soon as you are back.
return-step-contact-dtv = Contact DT&V through their website.
return-step-dtv-what = DT&V can help with travel documents and the journey, usually to a country next to Ukraine. It takes at least a week to arrange.
return-step-deregister = Deregister from the BRP at your municipality: report your move abroad.
return-step-stop-leefgeld = Ask the municipality to stop your leefgeld.
return-step-tell-others = Also tell your employer, your school and your bank that you are leaving.
return-step-your-choice = Going back or staying is your own choice.
return-step-read-first = Read about the options on RefugeeHelp, in your own language.
return-step-talk-to-someone = Do you want to talk about it? VluchtelingenWerk can advise you.

## Community

community-title = Meeting other Ukrainians
community-looking-for = What are you looking for?
community-looking-for-meet-people = A place to meet people
community-looking-for-information = Information in my own language

community-meet-people = Ukrainian social hubs near you
community-meet-people-intro = A social hub is a meeting place made by and for Ukrainians. In our list, { $hubs-information } of the { $hubs-total } also give information on practical questions.
community-information = Information in your own language
community-information-intro = These websites explain life in the Netherlands in Ukrainian and Russian.

community-step-visit-hub = Look at the list of hubs below. Hubs in your province come first.
community-step-bring-a-friend = You can just walk in. You may bring a friend or your children.
community-step-hub-help = In our list, { $hubs-language-lessons } hubs have language lessons and { $hubs-children } have activities for children. Ask a hub near you whether someone can help with letters.
community-step-read-refugeehelp = Read RefugeeHelp: it is in Ukrainian, Russian, English and Dutch.
community-step-ask-online = VluchtelingenWerk answers questions online.

## Where to start

start-here-title = I don't know where to start
start-here-registered = Are you registered with the municipality (BRP)?
start-here-registered-hint = You registered if you have a BSN (citizen service number).
start-here-registered-yes = Yes
start-here-registered-no = No, not yet
start-here-place-to-live = Do you have a safe place to sleep?
start-here-place-to-live-yes = Yes
start-here-place-to-live-no = No
start-here-money = Do you have money for food and daily costs?
start-here-money-yes = Yes
start-here-money-no = No
start-here-health = Do you or your children need a doctor soon?
start-here-health-no = No
start-here-health-yes = Yes

start-here-next-topics = The basics are in place: choose your next step
start-here-next-topics-intro = Good. Now look at work, school, language or your residence status.
start-here-step-one-thing-at-a-time = Do one thing at a time. A social hub or your municipality can help.
status-since-protection-ended = Temporary protection has ended: what is known
status-since-protection-ended-intro = EU temporary protection ran until and including { $tp-end }. The government planned a transition document to follow it.
status-step-ended = Decided by the EU: temporary protection ran until and including { $tp-end }.
status-step-transition-plan = The government's plan of 28 November 2025: a transition document (transitiedocument) for three years from { $residence-permit-plan }, given by the IND without an application.
status-step-unknown-after = We do not know whether this plan has started, or what it means for housing, leefgeld and care costs. Do not rely on this page for those questions.
status-step-check-monthly = Check the news on the IND and RefugeeHelp websites at least once a month, and straight away when you get a letter from the IND or your municipality.
