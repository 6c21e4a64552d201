## The app's own texts (keys used literally in src/)

fmt-date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
back = Back
progress = Question { $current } of at most { $total }
current-answer = your answer
what-to-do = What to do
who-can-help = Who can help
read-more = Read more
choose-a-topic = Choose a topic
asked-often = Asked often
also-useful = Also useful
your-answers = Your answers
change-answer = Change
sources = Sources
checked-on = checked on { $date }
valid-until = valid until { $date }
contact-call = Call
contact-whatsapp = WhatsApp
start-again = Start again
share-title = Save or share
share-whatsapp = Share on WhatsApp
share-telegram = Share on Telegram
share-viber = Share on Viber
share-copy = Copy link
share-print = Print
share-copied = The link has been copied.
municipality-yours = Your municipality
error-title = This page could not be opened
error-unknown-language = The address has a language we do not know.
error-too-long = The address is too long.
error-malformed = The link is broken. Perhaps part of it is missing.
error-unknown-topic = This topic does not exist (any more). The link may be old.
error-stale-answers = The answers in this link do not fit this topic. The link may be old, or the content has changed.
footer-privacy = No cookies, no tracking. Your answers stay on this device. Using this site has no effect on your residence status.
footer-status = Hulpwijzer is an independent open-source project, not a government website. Every fact shows its source and how and when it was checked.
municipality-choose-prompt = Choose your municipality to see its contact details.
municipality-search-label = Your postcode or municipality
municipality-search-hint = For example 9531 or Den Haag.
municipality-unknown-postcode = We do not know postcode { $postcode }. Type the name of your municipality instead.
municipality-no-results = No municipality has this name. Check the spelling, or type your postcode.
municipality-unknown-code = We do not know the municipality in this link. Please choose it again.
municipality-change = Choose another municipality
municipality-general-phone = General number
municipality-ukraine-desk = Ukraine desk
municipality-brp-appointment = Make an appointment to register
municipality-appointment = Make an appointment with the municipality (for its services)
municipality-visiting-address = Visiting address
municipality-leefgeld = Living allowance (leefgeld)
municipality-meeting-place = Place for people from Ukraine
municipality-for-hosts = For hosts
municipality-for-everyone = General address of the municipality
municipality-regional-reception = Regional line for reception (opvang)
municipality-for-hosts-money-trouble = For hosts whose guest has no money
municipality-walk-in = Walk-in hour of the municipality
hubs-title = Ukrainian meeting places (social hubs)
hubs-intro = Places started by Ukrainians and volunteers, where you can meet people and ask questions. The list is from a study of December 2025.
hubs-none-in-province = We know of no meeting place in your province. Meeting places elsewhere are below.
hubs-other-provinces = Meeting places in other provinces
municipality-unavailable = The list of municipalities could not be loaded. Check your internet connection and open this page again.
meta-description = Help for people from Ukraine in the Netherlands and for the people who host them: where to register, who pays, work, health and what changes when temporary protection ends, each with its source. In Ukrainian, Russian, English and Dutch.
municipality-index-title = All municipalities from A to Z
municipality-index-intro = Choose your municipality to see its website and the contact details we know, each with its source.
municipality-description = Municipality of { $name }: website and contact details for people from Ukraine and their hosts, each with its source.
municipality-index-letters = Jump to a letter
municipality-index-link = Or find your municipality in the list from A to Z
topic-index-title = All answers from A to Z
offline-save = Save this language for offline use
offline-size = This downloads about { $size } MB: every page in this language. Best over Wi-Fi.
offline-start = Download now
offline-progress = Saving… { $done } of { $total } { $total ->
    [one] file
   *[other] files
}
offline-done = Done: every page in this language now opens without internet on this device.
offline-failed = Saving did not work. Check your internet connection and try again.
from-page-of = from a page of { $date }
from-page-undated = from a stored copy of the page (date unknown)
from-document-of = from a document of { $date }
from-document-undated = from a printed document (date unknown)
given-by-municipality-on = given by the municipality itself on { $date }
verified-in-register-on = in the government's register of organisations; the municipality last confirmed it on { $date }
given-by-municipality-stale = given by the municipality itself on { $date }, more than a year ago: ask the municipality whether it still holds

# The portal's pages point to the form (its own texts are in form.ftl, loaded only with the form).
form-pending-elsewhere = A form filled in on this phone has not been sent yet.
form-pending-open = Open the form's page to send it
form-sent-elsewhere = Offers sent from this phone:
form-sent-open = See or withdraw

# The search field of the menus and of the A–Z page (decision 29).
search-label = Describe your question in a few words
search-button = Search

# Embedded pages (every page, when a municipality embeds the portal): open the same page on
# the full site. The embedding page's own texts are in embed.ftl, a part of their own.
embed-open-full-site = Open the full site
