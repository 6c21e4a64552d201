## Work

work-title = Work
work-topic = What is your question about work?
work-topic-allowed = Am I allowed to work?
work-topic-find-job = How do I find a job?
work-topic-problem = Problems at work: low pay, no contract or unsafe work
work-topic-leefgeld = What happens to my leefgeld if I work?
work-contract = How do you want to work?
work-contract-employee = For an employer, with a contract
work-contract-own-business = For myself, with my own business (zzp)

work-employee = Yes, you may work for an employer
work-employee-intro = You do not need a work permit. { $work-start-after-notice ->
    [one] You may start { $work-start-after-notice } working day after your employer reports you to UWV.
   *[other] You may start { $work-start-after-notice } working days after your employer reports you to UWV.
}
work-self-employed = We cannot answer this question
work-self-employed-intro = The rules we know are about jobs with an employer. For working for yourself, ask for advice before you start.
work-find-job = Finding work
work-find-job-intro = The municipality, social hubs and RefugeeHelp can help you look for work.
work-report-abuse = Report unfair or unsafe work
work-report-abuse-intro = You have the same rights at work as everyone else in the Netherlands.

work-step-no-permit = You need no work permit for a job with an employer.
work-step-employer-notifies = Your employer must report you to UWV before you start. Ask your employer whether this has been done.
work-step-need-bsn = You need a BSN, a valid proof of residence (bewijs van verblijf) from the IND, and a bank account for your wages.
work-step-tell-municipality = Do you get leefgeld? Tell the municipality that you are starting work.
work-step-cannot-answer = We do not know for sure whether you may work for yourself with temporary protection (until and including { $tp-end }). We will not guess.
work-step-ask-vluchtelingenwerk = Ask VluchtelingenWerk or your municipality before you register a business.
work-step-ask-municipality-work = Ask your municipality about help with finding work, for example whether it has a work desk (werkservicepunt).
work-step-hub-job-help = Ask at a social hub whether it helps with finding work or writing a CV.
work-step-beware-offers = Be careful with job offers that ask you for money, or that come with housing from the employer.
work-step-your-rights = You have the right to at least the minimum wage, breaks, holidays and a safe workplace.
work-step-call-inspectie = Call the Arbeidsinspectie for free or report online. The details are below.
work-step-anonymous = You may report without giving your name.

## School and childcare

school-title = School and childcare
school-age = How old is your child?
school-age-hint = For more than one child, answer for each child separately.
school-age-under-four = Younger than 4
school-age-school-age = 4 to 17
school-age-adult = 18 or older
school-at-school = Does your child already go to school in the Netherlands?
school-at-school-no = No
school-at-school-yes = Yes

school-childcare = Childcare for young children
school-childcare-intro = Ask the municipality what childcare (kinderopvang) is possible and what it costs.
school-enrol = Register your child at a school
school-enrol-intro = Children in the Netherlands must go to school. This also applies to children from Ukraine.
school-school-help = Help for your child at school
school-school-help-intro = Do you have questions about the school? You can get help.
school-over-eighteen = Studying at 18 or older
school-over-eighteen-intro = For adults, studying usually starts with learning Dutch or English.

school-step-ask-municipality-childcare = Ask the municipality about childcare (kinderopvang) and costs.
school-step-ask-hub-childcare = Ask at a social hub. Other parents often know places and help each other.
school-step-school-from-four = From the age of 4 your child may go to primary school.
school-step-choose-school = Choose a school near where you live and ask whether there is a place.
school-step-municipality-helps = The municipality can help you find a school. Some children first go to a class for newcomers.
school-step-bring-documents = Bring your child's passport or birth certificate, and school reports from Ukraine if you have them.
school-step-talk-to-teacher = Talk to the teacher or the school's contact person. You may bring someone to translate.
school-step-hub-parents = Ask at a social hub whether there is a parent group or help with school questions.
school-step-weekend-school = Ask at a social hub whether there is a Ukrainian weekend school near you.
school-step-ask-municipality-study = Ask the municipality about studying and language courses for adults.
school-step-learn-dutch-first = Most studies ask for Dutch or English at a good level.

## Learning Dutch

dutch-title = Learning Dutch
dutch-how = How do you want to learn Dutch?
dutch-how-course = In a course with a teacher
dutch-how-practice = Free, by practising with other people

dutch-course = Dutch courses
dutch-course-intro = Until and including { $tp-end }, with temporary protection, you are not obliged to learn Dutch. Many municipalities offer courses.
dutch-practice = Practise Dutch for free
dutch-practice-intro = Speaking a lot helps most. These places are free or almost free.

dutch-step-ask-municipality-course = Ask your municipality which Dutch courses you can join, and whether there is a waiting list.
dutch-step-no-inburgering-courses = With temporary protection (until and including { $tp-end }) you do not follow the civic integration course (inburgering). Courses for that group are not meant for you.
dutch-step-ask-vluchtelingenwerk-lessons = Ask VluchtelingenWerk whether there are language lessons near you.
dutch-step-library-taalhuis = Visit the library. Many libraries have a taalhuis with lessons and language cafés.
dutch-step-taalmaatje = Ask for a language buddy (taalmaatje): a volunteer who practises with you.
dutch-step-hub-lessons = In our list, { $hubs-language-lessons } of the { $hubs-total } social hubs { $hubs-language-lessons ->
    [one] offers
   *[other] offer
} Dutch or English lessons. See the list on this page.

## Paperwork

paperwork-title = Papers, bank and DigiD
paperwork-topic = What do you need help with?
paperwork-topic-bank = Opening a bank account
paperwork-topic-digid = Getting DigiD
paperwork-topic-letter = A letter I do not understand
paperwork-topic-tax = A tax return or a letter from the Belastingdienst
paperwork-bank-bsn = Do you have a BSN (citizen service number)?
paperwork-bank-bsn-yes = Yes
paperwork-bank-bsn-no = No, not yet
paperwork-digid-bsn = Do you have a BSN (citizen service number)?
paperwork-digid-bsn-yes = Yes
paperwork-digid-bsn-no = No, not yet

paperwork-bank-account = Open a Dutch bank account
paperwork-bank-account-intro = You need a bank account for leefgeld, wages and most payments.
paperwork-digid = Apply for DigiD
paperwork-digid-intro = DigiD is your login for the government, the tax office and many care websites.
paperwork-letter-help = Get help with the letter
paperwork-letter-help-intro = Many letters have a deadline. Ask for help soon.
paperwork-tax = Tax return and letters from the Belastingdienst
paperwork-tax-intro = If you worked in the Netherlands, you may get post from the tax office (Belastingdienst).

paperwork-step-choose-bank = Choose a bank. Look on its website how to open an account.
paperwork-step-bring-passport-bsn = Have your passport or ID card and your BSN ready.
paperwork-step-no-documents-embassy = Is your passport not accepted? Ask the bank which other documents it accepts, for example together with a certificate from the Ukrainian embassy.
paperwork-step-apply-digid = Apply on the DigiD website with your BSN, date of birth and address.
paperwork-step-activation-letter = A letter with an activation code comes to your address. With this code you activate your DigiD on the website.
paperwork-step-keep-digid-private = Never give your DigiD to someone else. Do they want to help you? Ask them to sit next to you.
paperwork-step-do-not-ignore = Do not ignore the letter: read it or have it read to you, and answer in time.
paperwork-step-photo-letter = Take a photo of the letter so you can show it to someone.
paperwork-step-check-deadline = Look for the date by which you must answer or pay.
paperwork-step-ask-hub = Take the letter to a social hub and ask whether someone there can help you with it.
paperwork-step-ask-vluchtelingenwerk = You can also ask VluchtelingenWerk online.
work-employee-after-tp = Working for an employer after { $tp-end }
work-employee-after-tp-intro = The exemption from the work permit applied to temporary protection until and including { $tp-end }. Check what applies now before you sign a contract.
work-step-permit-after-tp = The government planned that you can work without a work permit with the transition document. Ask your employer to check this with UWV or the IND.
