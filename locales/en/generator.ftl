# Only the page generator renders these (the language chooser at `/`, the offline page, the
# search on the A–Z page): no wasm does, so they are shipped in no part of the texts (see `hulpwijzer_core::texts`).

continue-in-language = Continue in English
offline-page-title = You are offline
offline-page-body = This page has not been saved on this device. Pages you opened before, and languages you saved for offline use, still open without internet.

# The search on the A–Z page (the search module shows it; decision 29). Its field's label and
# button are in ui.ftl: the menus' search field has them too.
search-results = Answers that match
search-none = Nothing found. Try other words, or choose an answer from the list below.
search-failed = Search does not work right now. Choose an answer from the list below.
# Words too common to tell answers apart, comma-separated, lowercase: search ignores them.
search-ignored-words = how, what, where, can, could, i, my, me, do, does, the, a, an, to, of, in, on, for, with, and, or, is, are, am, be, get, may, allowed, should, will, it, there
