## Reality check before hosting (content/trees/hosting-check.toml)

hosting-check-title = Can I host someone from Ukraine?
hosting-check-room = Do you have a separate room with a door for your guest?
hosting-check-room-hint = Your guest needs a place to sleep and be alone. A sofa bed in the living room is not enough.
hosting-check-room-yes = Yes, a room of their own
hosting-check-room-no = No
hosting-check-months = Can your guest stay with you for several months?
hosting-check-months-hint = Guests need a stable place. A few weeks is usually too short.
hosting-check-months-yes = Yes, for months
hosting-check-months-no = No, only for a few weeks
hosting-check-unpaid = Can you host without money from the municipality?
hosting-check-unpaid-hint = Hosts get no payment from the municipality. Your guest may pay a small share of the costs.
hosting-check-unpaid-yes = Yes
hosting-check-unpaid-no = No, I need to be paid
hosting-check-registration = Will you let your guest register at your address?
hosting-check-registration-hint = Your guest must register with the municipality where they live. As the main occupant, you give written permission.
hosting-check-registration-yes = Yes
hosting-check-registration-no = No, or I am not sure I am allowed to
hosting-check-end-date = Will you agree an end date with your guest before they move in?
hosting-check-end-date-hint = You can always extend it together later.
hosting-check-end-date-yes = Yes
hosting-check-end-date-no = No, I would rather see how it goes
hosting-check-no-guarantee = Can you accept that a guest may come late, or not at all?
hosting-check-no-guarantee-hint = Most guests want to live in a city. There is no national matching of hosts and guests anymore.
hosting-check-no-guarantee-yes = Yes, I understand
hosting-check-no-guarantee-no = No, I want to be sure

hosting-check-no-room = Without a room of their own, hosting is very hard
hosting-check-no-room-intro = Living together for months without your own space is too hard for both of you. You can still help in many other ways.
hosting-check-short-stay = A short stay rarely helps
hosting-check-short-stay-intro = Through RefugeeHomeNL, a stay was usually agreed for { $rhnl-stay-months ->
    [one] { $rhnl-stay-months } month
   *[other] { $rhnl-stay-months } months
}. Moving again after a few weeks is hard for a guest.
hosting-check-needs-payment = Hosting is unpaid
hosting-check-needs-payment-intro = The municipality does not pay hosts. If that makes hosting too expensive for you, it is fine to help in another way.
hosting-check-no-registration = Your guest must be able to register at your address
hosting-check-no-registration-intro = Without registration your guest gets no BSN, no living allowance and no regular health care. So hosting only works if they can register with you.
hosting-check-plan-the-end = Agree on the end before the start
hosting-check-plan-the-end-intro = A stay without an end date often becomes hard for hosts and guests. Think it over and do this check again when you are ready.
hosting-check-wants-certainty = Nobody can promise you a guest
hosting-check-wants-certainty-intro = RefugeeHomeNL, the national matching for host families, ended on { $rhnl-end }. No organisation matches hosts and guests across the country now.
hosting-check-register-interest = Offer your room to your municipality
hosting-check-register-interest-intro = Your municipality decides whether it needs private hosts. Since RefugeeHomeNL ended on { $rhnl-end }, there is no national matching.

hosting-check-step-help-otherwise = You can also help with your time, goods, a job or money. You find these options below.
hosting-check-step-why-own-room = A guest needs a room with a door to rest, sleep and call home in private. In 2022, people who had no separate room were not accepted as hosts.
hosting-check-step-why-months = Your guest has to register, find a school for the children and often find work. That takes weeks, so a short stay costs them more than it gives.
hosting-check-step-no-host-payment = The municipality does not pay hosts for their costs.
hosting-check-step-guest-may-contribute = Until and including { $tp-end } your guest gets living allowance (leefgeld) from the municipality and may pay you a share for housing and energy. There is a maximum: ask the municipality. Do not sign a rental contract without advice.
hosting-check-step-why-registration = Your guest registers with the municipality (gemeente) where they live, also in a host's home. As the main occupant, you give written permission.
hosting-check-step-check-rental-contract = Do you rent your home? Check your rental contract, or ask your landlord whether someone may come to live with you.
hosting-check-step-why-end-date = Agree on an end date before your guest moves in. You can always extend it together.
hosting-check-step-guest-keeps-reception = Until and including { $tp-end }: when the stay ends, your guest can turn to the municipality for a place in municipal reception.
hosting-check-step-why-no-guarantee = Most guests look for a place in or near a large city. If you live elsewhere, it may take a long time, or nobody may come.
hosting-check-step-send-details = Leave your details with the municipality: use the form or the contact details on this page.
hosting-check-step-municipality-contacts-you = Whether your municipality looks for hosts, and whether it contacts you, is up to the municipality. Ask them directly.
hosting-check-step-no-promise = Nobody is promised a guest. In a village it may take a long time, or not happen at all.
hosting-check-step-agree-in-writing = Before a guest moves in, agree in writing on the end date, costs and house rules. Your guest then registers at your address with your written permission.
hosting-check-step-read-guide = Read the government guide for private hosts (in Dutch). The link is below.
