## The desk card, reading aloud and leaving quickly (keys used literally in src/)

desk-link = Show to the person at the desk
desk-link-hint = This page in English and Dutch side by side: show it to the staff, or print it on one sheet.
desk-title = For the staff at the desk
desk-own-note = Show this page to the staff. Every part of it is in English and in Dutch.
desk-partner-note = For you: this is what needs to be done. Every part is also in Dutch.
desk-bring = What to bring
desk-terms = Words used at the desk
desk-find-municipality = Find your municipality's address and phone number in the list from A to Z
desk-back = Back to the full page
read-aloud-label = Reading aloud
read-aloud-start = Read this page aloud
read-aloud-pause = Pause
read-aloud-resume = Continue
read-aloud-stop = Stop
quick-exit = Leave this page
quick-exit-more = Leaving no trace
quick-exit-region = Safety
quick-exit-shortcut = Or press Shift three times: a weather site replaces this page at once.
quick-exit-private = Does someone else use this phone or computer? Open this site in a private (incognito) window, so it does not stay in the browser's history. Or delete this site from the history.
