## Housing

housing-title = A place to live
housing-situation = What is your question about housing?
housing-situation-need-place = I need a place to live
housing-situation-host-ending = My stay with a host family is ending
housing-situation-own-home = I want to rent my own home
housing-situation-moving = I am moving to another municipality
housing-situation-pets = I have a pet
housing-registered = Are you registered with a municipality (BRP)?
housing-registered-hint = You registered if you have a BSN (citizen service number).
housing-registered-yes = Yes
housing-registered-no = No, not yet

housing-need-place = Ask your municipality for a place in reception
housing-need-place-intro = Until and including { $tp-end } the municipality (gemeente) arranges reception for people from Ukraine.
housing-host-ending = Talk to the municipality before you have to leave
housing-host-ending-intro = Until and including { $tp-end } you are entitled to a place in municipal reception. Places are often full, so you may be housed in another municipality.
housing-own-home = Renting your own home: check these things first
housing-own-home-intro = Renting is often expensive, and landlords ask for a contract and proof of income.
housing-pets = Help with your pet

housing-step-contact-municipality = Call or visit your municipality. Say that you need a place to live. The website and phone number are below.
housing-step-say-who-comes = Say who will live with you: how many adults and children.
housing-step-ask-about-pets-and-needs = Tell them about a pet, an illness, a disability or stairs you cannot climb.
housing-step-contact-municipality-early = Contact your municipality as soon as you know that your stay will end.
housing-step-you-keep-reception-right = Until and including { $tp-end } you keep the right to a place in municipal reception. Staying somewhere against your will is not necessary.
housing-step-register-if-moving = If you move to another municipality, register there. Your host cannot do this for you.
housing-step-know-the-costs = Count all monthly costs: rent, energy, water, internet and municipal taxes.
housing-step-ask-municipality-before-signing = Ask your municipality before you sign. Your own home can change your leefgeld.
housing-step-read-the-contract = Do not sign a contract you do not understand. Ask a social hub or VluchtelingenWerk to read it with you.
housing-step-register-new-address = After you move, register your new address with the municipality.
housing-step-pets-tell-municipality = Tell the municipality about your pet when you ask for a place.
housing-step-pets-look-for-help = For help with food, a vet or a temporary place for your animal, see the organisation below.

## Money

money-title = Money and leefgeld
money-topic = What is your question about money?
money-topic-leefgeld = Getting money to live on (leefgeld)
money-topic-start-work = I am starting paid work
money-topic-own-contribution = Paying for my place in reception
money-topic-letters = A bill or letter I do not understand
money-registered = Are you registered with the municipality (BRP)?
money-registered-hint = You registered if you have a BSN (citizen service number).
money-registered-yes = Yes
money-registered-no = No, not yet
money-bank = Do you have a Dutch bank account?
money-bank-yes = Yes
money-bank-no = No

money-apply-leefgeld = Ask your municipality for leefgeld
money-apply-leefgeld-intro = Leefgeld is money for food, clothes and other daily costs. Until and including { $tp-end } the municipality where you are registered pays it.
money-bank-first = First open a bank account
money-bank-first-intro = Until and including { $tp-end } the municipality pays leefgeld into a Dutch bank account.
money-work-and-leefgeld = Working: what changes for your money
money-work-and-leefgeld-intro = With a paid job you live on your wages. Until and including { $tp-end }: when you start paid work, leefgeld stops for your whole family.
money-own-contribution = Own contribution for municipal reception
money-own-contribution-intro = Adults with an income who live in municipal reception pay part of the costs. The amounts below apply from { $own-contribution-start }.

money-step-ask-municipality-leefgeld = Ask your municipality how to apply. In a reception location, ask the staff.
money-step-bring-bank-details = Bring your passport or ID card, your BSN and your bank account number (IBAN).
money-step-report-changes = Tell the municipality about changes straight away: work, moving, or someone joining or leaving your household.
money-step-open-account = Open an account at a Dutch bank.
money-step-account-documents = Bring your passport or ID card and your BSN.
money-step-then-apply = Then ask your municipality for leefgeld.
money-step-tell-municipality-work = Tell the municipality as soon as you start work.
money-step-keep-payslips = Keep your payslips (loonstrook).
money-step-contribution-if-reception = Do you live in municipal reception? Then, until and including { $tp-end }, you pay an own contribution.
money-step-contribution-operating = For the costs of the location: { $own-contribution-operating } per adult per month.
money-step-contribution-catering = If the location serves meals: another { $own-contribution-catering } per adult per month.
money-step-contribution-maximum = A household with two adults in a location with meals pays at most { $own-contribution-max-two-adults } per month.
money-step-cannot-pay = Cannot pay? Talk to the municipality soon. It can adjust the amount.

## Health

health-title = Health and medical care
health-need = What do you need?
health-need-hint = If a life is in danger, choose the first answer.
health-need-emergency = Help now: a life is in danger
health-need-urgent-evening = Urgent care in the evening, at night or at the weekend
health-need-doctor = A family doctor (huisarts)
health-need-mind = Stress, sadness or sleep problems
health-need-costs = Who pays for my care
health-has-bsn = Do you have a BSN (citizen service number)?
health-has-bsn-hint = You get a BSN when you register with the municipality.
health-has-bsn-yes = Yes
health-has-bsn-no = No, not yet
health-mind-urgent = Are you thinking about ending your life, or are you afraid for someone?
health-mind-urgent-yes = Yes
health-mind-urgent-no = No

health-emergency = Call { $emergency-number } now
health-emergency-intro = This is the emergency number for an ambulance, the police and the fire brigade.
health-out-of-hours = Call the out-of-hours GP service (huisartsenpost)
health-out-of-hours-intro = In the evening, at night and at the weekend your own GP is closed. The huisartsenpost helps with urgent problems.
health-find-gp = Register with a family doctor (huisarts)
health-find-gp-intro = The huisarts is your first stop for almost all care. Until and including { $tp-end } you pay nothing for the visit.
health-crisis = Talk to someone now
health-crisis-intro = You are not alone. The lines are anonymous and open day and night. 113 is free; ask your phone provider what a call to De Luisterlijn costs. We found no source saying they answer in Ukrainian or Russian.
health-mental-support = Help with stress, sadness or sleep
health-mental-support-intro = After what you have been through, this is common. Help in Ukrainian exists.
health-cover = Your care is paid by the RMO until and including { $tp-end }
health-cover-intro = Until and including { $tp-end }, people from Ukraine with a BSN are covered by the RMO health scheme.

health-step-call-112 = Call { $emergency-number } and say that you need an ambulance.
health-step-say-address = Say where you are: the street, house number and town.
health-step-call-huisartsenpost = Call the huisartsenpost first. Go without calling only in an emergency.
health-step-save-number = Ask your huisarts or the municipality for the number of the huisartsenpost near you, and save it in your phone.
health-step-112-if-danger = If a life is in danger, call { $emergency-number }.
health-step-register-with-gp = First register with a GP (huisarts) near where you live: call a practice and ask whether you can register as a patient. Only then can you make appointments.
health-step-ask-for-help-finding = No practice has room? Ask the municipality, the staff of your reception location or a social hub for help.
health-step-show-bsn = Show your BSN at every visit. Until and including { $tp-end } the doctor or pharmacy uses it to bill the RMO.
health-step-gp-first = For a psychologist or a hospital specialist you first need a referral from your huisarts.
health-step-call-113 = Call 113 Suicide Prevention, or chat on their website. You can talk about everything.
health-step-call-113-free = You can also call { $zelfmoordpreventie-free-number }. It is free too.
health-step-luisterlijn = Do you just want to talk to someone? Call De Luisterlijn, day and night.
health-step-stress-is-normal = Stress, bad sleep and worry are common after a war. Asking for help is normal.
health-step-empatia = Empatia gives psychological help in Ukrainian. Read on their website how it works.
health-step-no-premium = Until and including { $tp-end } you pay no premium and no deductible (eigen risico).
health-step-ask-before-extra = Do you need glasses, a hearing aid or other extra care? Ask your huisarts first how to arrange it.
money-own-contribution-after-tp = Own contribution for municipal reception after { $tp-end }
money-own-contribution-after-tp-intro = The amounts were set for temporary protection, which ran until and including { $tp-end }. We do not know which amounts apply now.
money-step-ask-what-you-pay = Ask your municipality what you pay now. Ask for the answer in writing.
