## The /embed/ page for municipal web editors (src/pages/embed_page.rs): shipped in a part of its own (`TextPart::Embed`), which only that page loads.

embed-title = Hulpwijzer op uw eigen website
embed-intro = Kies uw gemeente, de taal, het onderwerp waarmee de Hulpwijzer begint en de huisstijl. Kopieer daarna het stukje code naar een pagina van uw website. Zonder JavaScript ziet de bezoeker een gewone link naar de Hulpwijzer.
embed-municipality = Gemeente
embed-municipality-chosen = Gekozen gemeente: { $name } ({ $code })
embed-language = Taal
embed-language-auto = Automatisch: de taal van uw pagina, anders die van de browser
embed-start = Beginnen bij
embed-start-home = Alle onderwerpen
embed-theme = Huisstijl
embed-allow-change = Bezoekers mogen een andere gemeente kiezen
embed-preview = Voorbeeld
embed-snippet = Code voor uw pagina
embed-copy = Code kopiëren
embed-copied = Gekopieerd.
embed-fallback = Hulpwijzer: hulp voor mensen uit Oekraïne
embed-statement-title = Voor uw toegankelijkheidsverklaring
embed-statement = De Hulpwijzer ({ $site }) op deze pagina is op { $date } getest met axe-core tegen WCAG 2.2 niveau A en AA: 0 fouten op vraagpagina's, uitkomsten, het formulier en foutpagina's, in elke huisstijl. Elke pagina vermeldt haar taal: Oekraïens, Russisch, Engels of Nederlands.
embed-copy-statement = Tekst kopiëren
embed-docs = Uitleg voor webteams: attributen, huisstijlen, CSP en frame-ancestors, en welke gegevens waarheen gaan, staat in docs/embedding.md van de Hulpwijzer.
