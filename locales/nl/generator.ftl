# Only the page generator renders these (the language chooser at `/`, the offline page):
# no wasm does, so they are shipped in no part of the texts (see `hulpwijzer_core::texts`).

continue-in-language = Verder in het Nederlands
offline-page-title = U bent offline
offline-page-body = Deze pagina is nog niet op dit apparaat bewaard. Pagina's die u eerder opende, en talen die u voor offline gebruik bewaarde, werken ook zonder internet.
