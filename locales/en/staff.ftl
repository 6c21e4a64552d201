## The staff page (/en/staff): for municipal staff, in Dutch and English only.

staff-title = Open offers from hosts
staff-intro = For staff of municipalities that receive offers from hosts through this site. The offers are encrypted with your municipality's key and are opened only in this browser. This page keeps nothing on this device: the code stays only in this tab, the key only while the page is open.
staff-open-heading = Open offers
staff-municipality = Municipality
staff-token = Export code
staff-token-hint = The code you received from this site's operator. It is kept only in this tab until you close it.
staff-key-file = Your municipality's key file
staff-passphrase = Passphrase of the key file
staff-open = Open offers
staff-opening = Opening…
staff-opened = { $count ->
    [one] 1 offer opened.
   *[other] { $count } offers opened.
}
staff-count = Showing { $shown } of { $total } offers, newest first.
staff-filters = Filter
staff-filter-any = Any
staff-filter-capacity = Number of people (at least)
staff-filter-pets = Pets
staff-filter-pets-any = Does not matter
staff-filter-pets-welcome = Pets welcome
staff-filter-pets-not-welcome = No pets
staff-filter-date = Free on or before
staff-filter-place = Place
staff-download-csv = Download the offers shown (CSV)
staff-download-excel = Download the offers shown for Excel
staff-download-hint = The file for Excel opens in columns in Excel with Dutch regional settings, with the same headings and answers as this page. The CSV file (separated by commas, with technical names) is meant for importing into other systems.
staff-csv-reference = Reference
staff-csv-received = Received (UTC)
staff-received = Received on { $date } at { $time } (UTC)
staff-schema-version = Form version
staff-yes = Yes
staff-no = No
staff-handled = Handled
staff-handled-question = Mark this offer as handled? It is deleted from the server at once and can no longer be opened.
staff-handled-confirm = Yes, delete
staff-handled-cancel = Cancel
staff-handled-done = Offer { $reference } has been handled and deleted.
# Many offers (issue 24, item 5): the progress of opening, pages of 50, one action for all filtered offers.
staff-opening-progress = { $opened } of { $total } downloaded offers opened…
staff-pages = Pages of offers
staff-page-position = Page { $page } of { $pages }
staff-page-previous = Previous page
staff-page-next = Next page
staff-handled-all = { $count ->
    [one] Mark the 1 offer that matches the filter as handled
   *[other] Mark all { $count } offers that match the filter as handled
}
staff-handled-all-question = Mark every offer that matches the filter as handled? They are deleted from the server at once and can no longer be opened.
staff-handled-all-progress = { $done } of { $total } offers handled…
staff-handled-all-done = { $count ->
    [one] 1 offer has been handled and deleted.
   *[other] { $count } offers have been handled and deleted.
}
staff-handled-all-failed = { $count ->
    [one] 1 offer could not be marked handled; it is still in the list.
   *[other] { $count } offers could not be marked handled; they are still in the list.
}

staff-key-heading = Make a key pair for your municipality
staff-key-intro = You do this once, before your municipality can receive offers. The key pair is made in this browser; the secret key leaves this device only as the file you save.
staff-key-send-public = Send this site's operator only the public key (it starts with age1). Never send the key file or the passphrase.
staff-key-compare = Then compare the fingerprint with the operator by phone: it must match what the operator sees when registering, character by character.
staff-key-loss = Keep the file in a safe place and remember the passphrase. If you lose either, nobody can open the offers encrypted with this key any more; then make a new key pair and have it registered.
staff-make-key = Make a key pair
staff-key-public = Public key (for the operator):
staff-copy-public-key = Copy the public key
staff-public-key-copied = Copied.
staff-replace-key-question = A key pair has already been made. A new key pair replaces it on this page. Offers already encrypted with the old public key can then only be opened with the old key file and its passphrase. If you have not saved that file, nobody can open those offers any more. After saving, have the operator register the new public key.
staff-replace-key-confirm = Yes, make a new key pair
staff-replace-key-cancel = Cancel
staff-key-fingerprint = Fingerprint (compare by phone):
staff-new-passphrase = Choose a passphrase
staff-new-passphrase-hint = At least 12 characters. For example four separate words.
staff-repeat-passphrase = Repeat the passphrase
staff-save-key = Save the key file
staff-key-saved = The key file has been saved (hulpwijzer-sleutel.age). Keep it in a safe place.

staff-error-wrong-passphrase = This passphrase does not open the key file. Check capitals and spaces and try again.
staff-error-not-a-key-file = This file is not a key file. Choose the file you saved when you made the key pair (hulpwijzer-sleutel.age).
staff-error-no-key-file = First choose your municipality's key file.
staff-error-no-token = First fill in the export code.
staff-error-wrong-key = Not every offer opens with this key: they were encrypted with another key. Check that you chose this municipality's key file.
staff-error-wrong-token = This export code is unknown or has been revoked. Check the code or ask the operator for a new one.
staff-error-other-municipality = This export code belongs to another municipality. Choose the right municipality or use this municipality's code.
staff-error-unreachable = The server with the offers cannot be reached just now. Check the connection and try again later.
staff-error-server = The server gave an unexpected answer. Try again later; if it keeps failing, contact the operator.
staff-error-module = The part that opens offers could not be loaded. Check the connection and reload the page.
staff-error-passphrase-mismatch = The two passphrases differ.
staff-error-passphrase-too-short = The passphrase is too short: use at least 12 characters.
staff-error-not-saved = The browser did not save the file. Try again.
staff-error-unknown-municipality = The server does not know this municipality. Choose your municipality again; if it keeps failing, contact the operator.

staff-card-heading = Your card in the portal
staff-card-intro = Here you propose corrections or additions to what the portal shows about your municipality. Use the same municipality and export code as above; the key file is not needed. Everything on the card is public information.
staff-card-shown = This is how the portal shows your municipality today:
staff-card-group-desk = Ukraine desk
staff-card-group-registration = Registration (BRP)
staff-card-group-leefgeld = Living allowance (leefgeld)
staff-card-group-place = Meeting place or information point
staff-card-group-source = Source
staff-card-field-ukraine-email = E-mail address of the Ukraine desk
staff-card-field-ukraine-phone = Phone number of the Ukraine desk
staff-card-field-general-phone = General number of the municipality (14 + area code)
staff-card-field-brp-appointment-url = Page for making a registration appointment
staff-card-field-leefgeld-url = Page about living allowance
staff-card-field-leefgeld-email = E-mail address for living allowance
staff-card-field-leefgeld-phone = Phone number for living allowance
staff-card-field-place-name = Name of the place
staff-card-field-place-address = Address of the place
staff-card-field-place-hours = Opening hours
staff-card-field-source = Page on your website that states these details
staff-card-problem-not-an-address = This is not an e-mail address.
staff-card-problem-not-a-dutch-number = This is not a Dutch phone number.
staff-card-problem-not-a-general-number = This is not a municipal number: 14 followed by the area code.
staff-card-problem-not-https = This is not a web address starting with https://.
staff-card-problem-not-own-website = This page is not on your municipality's own website.
staff-card-problem-too-long = This is too long.
staff-card-problem-invisible-character = This contains an invisible character. Type it again rather than pasting it.
staff-card-problem-place-incomplete = A place needs both a name and an address.
staff-card-nothing-given = Fill in at least one contact detail.
staff-card-error-prefix = Error:
staff-card-error-summary-title = Check the proposal
staff-card-send = Send proposal
staff-card-received = Received on { $date }. The portal's team reviews your proposal; it shows on the portal after the next update.
staff-card-earlier = Your proposals
staff-card-proposal-pending = Your proposal of { $date } is waiting for review.
staff-card-proposal-accepted = Your proposal of { $date } was accepted.
staff-card-proposal-rejected = Your proposal of { $date } was not accepted.
