## Grotere plekken en andere manieren om te helpen (content/trees/large-location.toml, volunteer.toml)

large-location-title = Een grotere plek aanbieden
large-location-meant-for-living = Is de plek bedoeld om er te wonen of te verblijven?
large-location-meant-for-living-hint = Een hotel, vakantiepark of B&B wel. Een kantoor, schuur of loods niet.
large-location-meant-for-living-yes = Ja, bijvoorbeeld een hotel of vakantiepark
large-location-meant-for-living-no = Nee, bijvoorbeeld een kantoor of bedrijfspand

large-location-offer-to-municipality = Bied de plek aan bij uw gemeente
large-location-offer-to-municipality-intro = Bedrijven, vakantieparken en hotels melden grotere plekken bij de gemeente. De gemeente beslist of zij de plek kan gebruiken.
large-location-check-permit = Overleg eerst met de gemeente
large-location-check-permit-intro = Voor een gebouw dat niet bedoeld is om in te wonen, is misschien een vergunning nodig voordat er mensen kunnen verblijven.

large-location-step-contact-municipality = Neem contact op met uw gemeente. De contactgegevens staan hieronder.
large-location-step-describe-place = Vertel waar de plek is, voor hoeveel mensen, vanaf wanneer en hoe lang, en wat het kost.
large-location-step-municipality-decides = De gemeente beslist of en hoe zij uw plek gebruikt. Misschien heeft zij nu geen nieuwe plekken nodig.
large-location-step-permit-may-be-needed = Voor opvang in zo'n gebouw is misschien een omgevingsvergunning nodig. De gemeente let vooral op brandveiligheid.

volunteer-title = Vrijwilligerswerk, spullen, werk of geld
volunteer-how = Hoe wilt u helpen?
volunteer-how-hint = Kies wat het best bij u past. U kunt teruggaan en de andere mogelijkheden bekijken.
volunteer-how-time = Met mijn tijd, als vrijwilliger
volunteer-how-goods = Met spullen, zoals kleding of meubels
volunteer-how-job = Met werk
volunteer-how-money = Met geld

volunteer-give-time = Vrijwilligerswerk bij u in de buurt
volunteer-give-time-intro = VluchtelingenWerk, Oekraïense ontmoetingsplekken (social hubs) en uw gemeente weten waar hulp nodig is.
volunteer-goods = Spullen geven
volunteer-goods-intro = Wat nodig is, verandert steeds. Vraag eerst wat nodig is voordat u iets inzamelt of brengt.
volunteer-job = Werk aanbieden
volunteer-job-intro = Veel mensen uit Oekraïne zoeken werk op hun eigen niveau. Een baan helpt hen enorm.
volunteer-money = Geld geven
volunteer-money-intro = Giro555 zamelt alleen geld in tijdens landelijke acties. De actie voor Oekraïne is afgelopen.

volunteer-step-vluchtelingenwerk-volunteer = Op de website van VluchtelingenWerk leest u hoe u vrijwilliger kunt worden voor vluchtelingen.
volunteer-step-hubs-need-help = Oekraïense ontmoetingsplekken draaien op vrijwilligers. Vraag bij een plek in de buurt wat zij nodig hebben. U vindt ze hieronder.
volunteer-step-ask-municipality-local = Uw gemeente kent de initiatieven en opvanglocaties in de buurt die hulp nodig hebben.
volunteer-step-ask-before-collecting = Breng geen spullen zonder overleg. Vraag eerst wat nodig is, en wanneer en waar u het kunt brengen.
volunteer-step-vluchtelingenwerk-jobs = Neem contact op met VluchtelingenWerk om werk aan te bieden aan vluchtelingen.
volunteer-step-hubs-share-jobs = Vraag bij een Oekraïense ontmoetingsplek in de buurt of zij uw vacature kunnen delen. U vindt ze hieronder.
volunteer-step-ask-municipality-work = Vraag uw gemeente of zij een werkloket heeft voor mensen uit Oekraïne.
volunteer-step-giro555-campaign-closed = U kunt nog steeds voor Oekraïne geven, rechtstreeks aan de hulporganisaties die meededen aan de Giro555-actie, zoals het Nederlandse Rode Kruis en UNICEF.
volunteer-step-giro555-next-campaign = Geld dat u nu aan Giro555 geeft, gaat naar de volgende landelijke actie en niet vanzelf naar Oekraïne.
volunteer-step-hubs-donations = Oekraïense ontmoetingsplekken draaien vaak op giften. Vraag bij een plek in de buurt wat zij nodig hebben.
