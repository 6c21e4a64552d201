# Only the page generator renders these (the language chooser at `/`, the offline page, the
# search on the A–Z page): no wasm does, so they are shipped in no part of the texts (see `hulpwijzer_core::texts`).

continue-in-language = Verder in het Nederlands
offline-page-title = U bent offline
offline-page-body = Deze pagina is nog niet op dit apparaat bewaard. Pagina's die u eerder opende, en talen die u voor offline gebruik bewaarde, werken ook zonder internet.

# The search on the A–Z page (the search module shows it; decision 29). Its field's label and
# button are in ui.ftl: the menus' search field has them too.
search-results = Antwoorden die passen
search-none = Niets gevonden. Probeer andere woorden, of kies een antwoord uit de lijst hieronder.
search-failed = Zoeken werkt nu niet. Kies een antwoord uit de lijst hieronder.
# Words too common to tell answers apart, comma-separated, lowercase: search ignores them.
search-ignored-words = hoe, wat, waar, kan, ik, mijn, mij, me, de, het, een, van, in, op, voor, met, en, of, is, zijn, ben, bij, naar, moet, mag, te, er, als, wordt
