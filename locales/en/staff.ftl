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
