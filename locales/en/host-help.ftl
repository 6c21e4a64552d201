## Larger places and other ways to help (content/trees/large-location.toml, volunteer.toml)

large-location-title = Offering a larger place
large-location-meant-for-living = Is the place meant for people to stay or live in?
large-location-meant-for-living-hint = A hotel, holiday park or B&B is. An office, barn or warehouse is not.
large-location-meant-for-living-yes = Yes, for example a hotel or holiday park
large-location-meant-for-living-no = No, for example an office or company building

large-location-offer-to-municipality = Offer the place to your municipality
large-location-offer-to-municipality-intro = Companies, holiday parks and hotels report larger places to the municipality. It decides whether it can use them.
large-location-check-permit = Check with the municipality first
large-location-check-permit-intro = A building that is not meant for living may need a permit before people can stay there.

large-location-step-contact-municipality = Contact your municipality (gemeente). The contact details are below.
large-location-step-describe-place = Say where the place is, how many people it fits, from when and for how long, and what it costs.
large-location-step-municipality-decides = The municipality decides whether and how it uses your place. It may not need new places right now.
large-location-step-permit-may-be-needed = Housing people in such a building may need a permit (omgevingsvergunning). The municipality looks closely at fire safety.

volunteer-title = Volunteering, goods, jobs or money
volunteer-how = How would you like to help?
volunteer-how-hint = Choose what fits you best. You can go back and look at the other options.
volunteer-how-time = With my time, as a volunteer
volunteer-how-goods = With goods, such as clothes or furniture
volunteer-how-job = With a job
volunteer-how-money = With money

volunteer-give-time = Volunteer near you
volunteer-give-time-intro = VluchtelingenWerk, Ukrainian social hubs and your municipality know where help is needed.
volunteer-goods = Donate goods
volunteer-goods-intro = Needs keep changing. Ask what is needed before you collect or bring anything.
volunteer-job = Offer a job
volunteer-job-intro = Many people from Ukraine look for work at their own level. A job helps them a lot.
volunteer-money = Give money
volunteer-money-intro = Giro555 collects money only during national campaigns. Its campaign for Ukraine has ended.

volunteer-step-vluchtelingenwerk-volunteer = VluchtelingenWerk explains on its website how you can volunteer for refugees.
volunteer-step-hubs-need-help = Ukrainian social hubs depend on volunteers. Ask a hub near you what it needs. You find hubs below.
volunteer-step-ask-municipality-local = Your municipality knows local initiatives and reception locations that need help.
volunteer-step-ask-before-collecting = Do not bring goods unannounced. First ask what is needed, and when and where to bring it.
volunteer-step-vluchtelingenwerk-jobs = Contact VluchtelingenWerk to offer work to refugees.
volunteer-step-hubs-share-jobs = Ask a Ukrainian social hub near you whether it can share your vacancy. You find hubs below.
volunteer-step-ask-municipality-work = Ask your municipality whether it has a work desk for people from Ukraine.
volunteer-step-giro555-campaign-closed = You can still give for Ukraine directly to the aid organisations that took part in the Giro555 campaign, such as the Dutch Red Cross and UNICEF.
volunteer-step-giro555-next-campaign = Money you give to Giro555 now goes to its next national campaign, not automatically to Ukraine.
volunteer-step-hubs-donations = Ukrainian social hubs often run on donations. Ask a hub near you what it needs.
