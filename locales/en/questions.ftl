## Frequent questions (content audit 2026-12-06 §6): travel and driving, toeslagen when working,
## the host's own benefits. Facts and sources: content/registry/questions.toml.

refugee-topic-travel = Travelling and driving

travel-title = Travelling and driving
travel-topic = What is your question about?
travel-topic-abroad = Travelling abroad and coming back
travel-topic-visit-ukraine = A short visit to Ukraine
travel-topic-driving = Driving: my licence and my car

travel-abroad = Travelling abroad: which documents you need
travel-abroad-intro = Your passport and the sticker in it are what you travel with. Check the rules before every trip.
travel-step-passport-and-sticker = Take a valid biometric passport with the IND sticker, your proof of residence (bewijs van verblijf). With both you may travel within the EU and to Ukraine and back.
travel-step-card-not-enough = Did you get a card instead of a sticker? That card is not a travel document. You cannot travel with it.
travel-step-no-proof-yet = No proof of residence yet? Then you travel at your own risk. The IND does not give a visa to come back.
travel-step-tell-municipality = Tell the municipality before you leave and when you are back. Until and including { $tp-end }: if you are away too long, you can lose your place in reception and your leefgeld.
travel-step-check-before-going = Temporary protection runs until and including { $tp-end }. The travel rules belong to it. Before you book, check RefugeeHelp or ask the IND what applies on your travel dates.

travel-driving = Driving on a Ukrainian licence, and your Ukrainian car
travel-driving-intro = Until and including { $tp-end } you can drive on your Ukrainian licence. Your car must be insured.
travel-step-licence-valid = Do you have a valid Ukrainian driving licence? Then you may drive in the Netherlands while you have temporary protection (until and including { $tp-end }). You do not need a Dutch licence (rijbewijs).
travel-step-no-lessons-first = Until and including { $tp-end }: with temporary protection you cannot get a Dutch licence, even after passing the theory and driving tests. Check this before you pay for lessons.
travel-step-insure-car = A car with Ukrainian plates must be insured in the Netherlands. Ukrainian insurers can renew your policy and give a green card. Ask your insurer whether your policy covers the Netherlands.
travel-step-dutch-plates = You can ask the RDW for Dutch plates (kenteken). You need to be registered in the BRP and have a valid Ukrainian passport, and the car gets an inspection. With Dutch plates you pay road tax and need an APK check.
travel-step-check-after-tp = The licence rule is an EU rule tied to temporary protection, which runs until and including { $tp-end }. Whether you may keep Ukrainian plates for a long time, ask the RDW.

money-topic-toeslagen = Toeslagen and health insurance when I work
money-toeslagen = Toeslagen and health insurance once you work
money-toeslagen-intro = With temporary protection (until and including { $tp-end }) you may get some toeslagen from the Belastingdienst. Each one has its own conditions.
money-step-huurtoeslag = Do you rent a home and are you registered at that address? Then you may get huurtoeslag. You apply yourself in Mijn toeslagen.
money-step-kinderbijslag = Kinderbijslag (child benefit from the SVB) is only for parents who work in the Netherlands. With it you can also get kindgebonden budget.
money-step-kinderopvangtoeslag = Do your children go to childcare (kinderopvang) while you work? Then you may get kinderopvangtoeslag. You apply yourself in Mijn toeslagen.
money-step-zorgtoeslag = Zorgtoeslag is only for people who have a Dutch health insurance (zorgverzekering). Until and including { $tp-end } the government pays your care costs. Thinking of taking out a health insurance because you work? Ask the municipality first.
money-step-test-first = Do a test calculation on the Belastingdienst website before you apply. A toeslagenservicepunt can help you apply.
money-step-check-current = Temporary protection runs until and including { $tp-end }. The Belastingdienst page on toeslagen for people from Ukraine says what applies now: read it before you apply.

hosting-now-topic-own-benefits = My own benefits, reporting and insurance
hosting-now-own-benefits = Your own benefits, what to report and your insurance
hosting-now-own-benefits-intro = A guest at home can matter for your pension, benefit or insurance. Report it, and ask what changes for you.
hosting-now-step-report-to-svb = Do you get AOW, Anw or AIO from the SVB? Tell the SVB within { $svb-report-weeks ->
    [one] { $svb-report-weeks } week
   *[other] { $svb-report-weeks } weeks
    } that you have guests from Ukraine, with their names and dates of birth.
hosting-now-step-ask-svb-short-stay = Ask the SVB whether your AOW, Anw or AIO stays the same. In 2022 it did for guests who stayed less than { $svb-short-stay-months ->
    [one] { $svb-short-stay-months } month
   *[other] { $svb-short-stay-months } months
    }; the SVB would decide later whether to extend this.
hosting-now-step-bijstand-report = Do you get bijstand? Tell the municipality that a guest lives with you, and tell it about any money your guest pays you. Ask whether the guest counts for your bijstand (kostendelersnorm).
hosting-now-step-other-benefits = Do you get another benefit, for example from UWV, or toeslagen? Ask that organisation whether a guest changes anything for you.
hosting-now-step-tell-insurer = Tell your insurer that you have a guest. Usually a guest counts as a guest under your liability insurance (aansprakelijkheidsverzekering), and damage to your home goes through your home or contents insurance. Ask to be sure.

fact-ua-licence-valid = With a valid Ukrainian driving licence and temporary protection you do not need a Dutch licence (CBR).
fact-no-dutch-licence-under-tp = With temporary protection the law does not allow you to apply for a Dutch licence, even after passing the exams (CBR).
fact-licence-rule-tied-to-tp = The EU rule that recognises Ukrainian licences lasts as long as temporary protection. Licences are not exchanged.
fact-driving-after-tp = The EU rule for Ukrainian licences was tied to temporary protection. What applies now, check with the CBR or RDW before you drive.
fact-ua-car-insurance = Ukrainian vehicles in the Netherlands must be insured. Ukrainian insurers can renew policies and issue green cards (RDW).
fact-dutch-plates = Dutch plates need a BRP registration, a valid Ukrainian passport, a car that meets the technical rules and an RDW inspection. Then insurance, APK and road tax apply.
fact-travel-passport-and-sticker = With a valid biometric passport and a proof of residence you may travel within the EU and to Ukraine and back (RefugeeHelp).
fact-card-not-travel-document = A card instead of a sticker as proof of residence is not a travel document. You cannot travel with it (RefugeeHelp).
fact-travel-without-proof = Without a proof of residence you travel at your own risk. The IND does not give a visa to come back (RefugeeHelp).
fact-travel-after-tp = The travel rules belonged to temporary protection. Whether you can travel with the transition document was not known when this was written. Ask the IND before you travel.
fact-toeslagen-under-tp = With temporary protection you do not need a residence permit for huurtoeslag, kindgebonden budget or kinderopvangtoeslag. The other conditions apply (Belastingdienst).
fact-kinderbijslag-needs-work = Kindgebonden budget requires kinderbijslag from the SVB, and you only get kinderbijslag if you work in the Netherlands (Belastingdienst).
fact-zorgtoeslag-needs-policy = Only people with a Dutch health insurance can get zorgtoeslag (Belastingdienst).
fact-toeslagen-help = You apply for toeslagen at the Belastingdienst. A toeslagenservicepunt can help you with the application (Juridisch Loket).
fact-toeslagen-after-tp = The toeslagen rules for people from Ukraine belonged to temporary protection. What applies now was not known when this was written. Check with the Belastingdienst.
fact-svb-report-weeks = If you get AOW, Anw or AIO and take in guests from Ukraine, you must tell the SVB within { $value ->
    [one] { $value } week
   *[other] { $value } weeks
    } (SVB).
fact-svb-short-stay-months = In 2022 the SVB said: if guests from Ukraine stay less than { $value ->
    [one] { $value } month
   *[other] { $value } months
    }, your AOW, Anw or AIO stays the same. It would decide later whether to extend this.
fact-bijstand-report-guest = With bijstand you must tell the municipality that a guest from Ukraine lives with you, and any money the guest pays you (municipality of Elburg).
fact-guest-under-host-liability = Guests from Ukraine are usually insured as guests under the host's liability insurance. Ask your insurer to be sure (RefugeeHelp).

link-cbr-ukraine-licence = CBR: driving licence for Ukrainians with temporary protection (in Dutch and English)
link-rdw-ukraine-vehicle = RDW: fled from Ukraine with your vehicle (in English)
link-refugeehelp-travel = RefugeeHelp: travelling to and from the Netherlands
link-belastingdienst-toeslagen-ukraine = Belastingdienst: toeslagen for refugees from Ukraine (in Dutch)
link-juridischloket-toeslagen = Juridisch Loket: toeslagen for refugees from Ukraine (in Dutch)
link-svb-hosting = SVB: taking in refugees from Ukraine and your pension or benefit (in Dutch)
link-refugeehelp-insurance = RefugeeHelp: insurance (liability, health, car)

school-step-diploma-valuation = Want to study at a hogeschool or university? First have your diploma valued (diplomawaardering), at Nuffic or through the school where you want to study. The school then decides whether you can start; it may ask for an entrance or language test.
school-step-tuition-ask = The hogeschool or university sets its own tuition fee (collegegeld). Ask the school what you will pay.
school-step-no-student-finance = Until and including { $tp-end }: students from Ukraine do not get studiefinanciering (student finance). Travel and other study costs are not covered either.
fact-study-diploma-valuation = To study at a hogeschool or university you have your foreign diploma valued at Nuffic or through the school. The school decides on admission (Rijksoverheid).
fact-study-tuition-by-institution = The hogeschool or university sets the tuition fee itself (Rijksoverheid).
fact-no-studiefinanciering = Students from Ukraine do not get studiefinanciering; travel and other study costs are not covered (Rijksoverheid).
fact-study-after-tp = Whether students from Ukraine can get studiefinanciering after temporary protection was not known when this was written. Ask DUO or the school.
link-rijksoverheid-higher-education = Rijksoverheid: higher education for refugees from Ukraine (in Dutch)

housing-step-pets-vet = Is your dog, cat or ferret not chipped, or not vaccinated against rabies? Make an appointment with a vet (dierenarts) as soon as you can.
hosting-now-step-pets-vet = Is your guest's dog, cat or ferret not chipped, or not vaccinated against rabies? Help your guest make an appointment with a vet (dierenarts) as soon as possible.
fact-pets-vet-rabies = Since 15 June 2023 dogs, cats and ferrets from Ukraine must meet the EU rules: a chip, a valid rabies vaccination and a blood test. If your pet does not meet them and you are already in the Netherlands, make an appointment with a vet as soon as possible (NVWA).

housing-step-huurtoeslag-maybe = Once you rent a home and are registered at that address, you may get huurtoeslag from the Belastingdienst, also with temporary protection (until and including { $tp-end }). You apply yourself in Mijn toeslagen.
