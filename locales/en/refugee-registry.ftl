## Contacts, links and facts for the refugee topics

contact-zelfmoordpreventie = 113 Suicide Prevention (113 Zelfmoordpreventie)
contact-zelfmoordpreventie-about = For anyone who thinks about ending their life, or is worried about someone. Free and anonymous, day and night. You can also chat on the website.
contact-luisterlijn = De Luisterlijn
contact-luisterlijn-about = Someone listens to you, day and night. You do not have to give your name.
contact-empatia = Empatia
contact-empatia-about = Psychological help for people from Ukraine, in Ukrainian.
contact-arbeidsinspectie = Netherlands Labour Authority (Nederlandse Arbeidsinspectie)
contact-arbeidsinspectie-about = Report unfair or unsafe work here. The call is free. You may stay anonymous.
contact-dtv = Repatriation and Departure Service (DT&V)
contact-dtv-about = Government service that helps people from Ukraine who want to go back and ask for help.

link-refugeehelp-health-insurance = RefugeeHelp: medical care (RMO)
link-rijksoverheid-own-contribution = Government news: own contribution from 1 October 2025 (in Dutch)
link-arbeidsinspectie-report = Arbeidsinspectie: recognise and report exploitation (in Dutch)
link-refugeehelp-leave-temporarily = RefugeeHelp: leaving the Netherlands for a while
link-refugeehelp-return = RefugeeHelp: going back to Ukraine

fact-emergency-number = The emergency number is { $value }.
fact-reception-right = While you have temporary protection, you keep the right to municipal reception.
fact-own-home-no-leefgeld = If you rent or buy a home yourself, you can lose your right to leefgeld.
fact-leefgeld-conditions = Leefgeld is paid by your municipality. You need a BRP registration with a BSN and a Dutch bank account.
fact-leefgeld-stops-with-work = When you start paid work, leefgeld stops for your whole family. You report this to the municipality.
fact-own-contribution-start = The new own contribution applies from { $value }.
fact-own-contribution-operating = Own contribution for the costs of the reception location: { $value } per adult per month.
fact-own-contribution-catering = Own contribution for meals at a location with catering: { $value } per adult per month.
fact-own-contribution-max-two-adults = Maximum for a household with two adults at a location with catering: { $value } per month.
fact-own-contribution-tailoring = The municipality can adjust the amount if paying causes serious problems.
fact-bank-account-needs = Banks ask for a valid passport or ID card, and often your BSN.
fact-rmo-cover = With a BSN you are covered by the RMO health scheme. You pay no premium and no deductible.
fact-gp-first = For care that is not urgent, you go to your GP (huisarts) first. The GP refers you on.
fact-urgent-care = In an emergency, call the emergency number. For other urgent care outside office hours, go to the GP out-of-hours service (huisartsenpost) or the emergency department.
fact-zelfmoordpreventie-free-number = 113 Suicide Prevention can also be reached free on { $value }.
fact-empatia-via-gp = Empatia offers help in Ukrainian. You first see your GP, who can refer you.
fact-no-work-permit = With temporary protection you may work for an employer without a work permit. The employer reports you to UWV.
fact-work-start-after-notice = { $value ->
    [one] You may start work { $value } working day after the employer's report to UWV.
   *[other] You may start work { $value } working days after the employer's report to UWV.
}
fact-employment-only = The exemption from the work permit covers only jobs with an employment contract, not self-employed work.
fact-worker-rights = Workers have the right to a safe workplace, breaks, holidays and at least the minimum wage.
fact-report-anonymously = You can report exploitation at work to the Arbeidsinspectie, also anonymously.
fact-leerplicht-ages = Children may go to school from 4. From 5 until the end of the school year in which they turn 16, school is compulsory (leerplicht). After that, young people must keep learning until 18 (kwalificatieplicht).
fact-school-enrolment = Children from Ukraine have the same duty to go to school as other children. Parents register them at a school nearby.
fact-no-integration-duty = With temporary protection you are not obliged to take the civic integration course (inburgering).
fact-municipal-courses = You may join Dutch courses of your municipality. What is offered differs per municipality.
fact-taalhuis-library = Many libraries have a language point (taalhuis) with lessons and language cafés, usually (almost) free.
fact-digid-needs = You apply for DigiD online with your BSN, date of birth and address. The activation code comes by post.
fact-residence-permit-plan = On 28 November 2025 the government announced a plan: after temporary protection, a transition document (transitiedocument) valid for three years, from { $value }. The details were not yet decided then.
fact-plan-own-costs = Under that plan, people will pay rent and contribute to care costs, like other residents. How exactly had not yet been worked out then.
fact-leave-temporarily = Tell your municipality before you leave the Netherlands for a while. If you are away more than 28 days, the municipality can stop your reception and leefgeld.
fact-return-deregister = If you go back for good, you deregister from the BRP and stop your leefgeld.
fact-dtv-return-support = DT&V helps people who ask for it with travel documents and the journey, usually to a country next to Ukraine. It does not help with short visits.
fact-return-programme-planned = The government is preparing a programme for voluntary return. Until then, DT&V gives support.
fact-transition-document-automatic = According to the government, the IND gives the transition document without an application. You will get a letter from the IND about withdrawing the asylum application that was started for everyone from Ukraine with temporary protection. Read it and get advice (for example from VluchtelingenWerk) before you answer. The government also names a public-order check.
fact-reception-after-tp = Which rules for municipal reception apply after temporary protection ends was not known when this was written (November 2026). Ask your municipality (gemeente).
fact-leefgeld-after-tp = Leefgeld is part of the rules for temporary protection. What happens to it after temporary protection ends was not known when this was written (November 2026). Ask your municipality.
fact-care-after-tp = Under the government's plan, people with the transition document can take out health insurance (zorgverzekering) and pay part of their care costs. How exactly had not yet been worked out then.
fact-work-after-tp = Under the government's plan, you can work without a work permit (tewerkstellingsvergunning) with the transition document. Whether the employer must still report to UWV is not stated.
fact-integration-after-tp = The government's announcement does not say whether people with the transition document must take the civic integration course (inburgering).
fact-absence-after-tp = The 28-day absence rule belonged to temporary protection. Before you leave after temporary protection has ended, ask your municipality what applies now.
fact-proof-of-residence-for-work = To work you need the proof of residence from the IND (a sticker in your passport or an O-document) that shows your temporary protection.
fact-gp-registration = Before you can make an appointment with a GP (huisarts), you register as a patient with a practice near where you live. Once registered, you call the practice and make an appointment through the assistant.
link-refugeehelp-healthcare = refugeehelp.nl: how health care works for people from Ukraine (in Dutch)
