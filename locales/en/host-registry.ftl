## Contacts, links and facts for hosts and helpers (content/registry/host-hosting.toml)

contact-giro555 = Giro555
contact-giro555-about = Joint fundraising of Dutch aid organisations, only during national campaigns.
contact-police-non-emergency = Police, general number
contact-police-non-emergency-about = For unsafe situations and worrying signs that are not an emergency.
contact-emergency-112 = Emergency number 112
contact-emergency-112-about = Police, ambulance or fire brigade when someone is in danger right now.
contact-veilig-thuis = Veilig Thuis
contact-veilig-thuis-about = Helpline for people who do not feel safe at home.
contact-hulp-dieren-oekraine = Hulp voor Dieren uit Oekraïne
contact-hulp-dieren-oekraine-about = Help for pets that came from Ukraine with their owners.

link-handreiking-poo = Government guide for private hosts (in Dutch)
link-rhnl-ended = RefugeeHomeNL: tips for hosts and guests (archive)
link-refugeehelp-leaving-host = RefugeeHelp: leaving a host family (for your guest)

fact-rhnl-end = RefugeeHomeNL, the national matching of hosts and guests, ended on { $value }.
fact-rhnl-stay-months = A stay through RefugeeHomeNL was usually agreed for { $value ->
    [one] { $value } month
   *[other] { $value } months
}.
fact-guests-prefer-cities = Most guests wanted to live in the Randstad or a large city, where few host families were available.
fact-separate-room = In 2022, prospective hosts without a separate room for a guest dropped out of the screening.
fact-no-host-payment = Hosts get no payment from the municipality for the costs of hosting.
fact-guest-contribution = Host and guest may agree a contribution to housing and energy costs, up to a maximum.
fact-leefgeld-host-extra = A guest registered with the municipality gets living allowance, with an extra amount for staying with a host.
fact-guest-rmo-care = Guests need no health insurance of their own: the RMO scheme covers their care without a premium.
fact-guest-gp-first = Your own GP is the first point of contact for your guest's physical and mental health.
fact-guest-reception-right = A guest who no longer wants to live with a host can always report to the municipality for reception.
fact-building-permit = Housing people in a building not meant for living, such as a barn or company building, may need a permit.
fact-giro555-ukraine-closed = The Giro555 campaign for Ukraine has closed; giving remains possible through the aid organisations that took part.
fact-giro555-outside-campaign = Money given to Giro555 outside a national campaign is kept for the next national campaign.
