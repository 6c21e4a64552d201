# Only the page generator renders these (the language chooser at `/`, the offline page):
# no wasm does, so they are shipped in no part of the texts (see `hulpwijzer_core::texts`).

continue-in-language = Continue in English
offline-page-title = You are offline
offline-page-body = This page has not been saved on this device. Pages you opened before, and languages you saved for offline use, still open without internet.
