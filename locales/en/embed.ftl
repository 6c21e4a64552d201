## The /embed/ page for municipal web editors (src/pages/embed_page.rs): shipped in a part of its own (`TextPart::Embed`), which only that page loads.

embed-title = Hulpwijzer on your own website
embed-intro = Choose your municipality, the language, the topic Hulpwijzer starts with and the house style. Then copy the code into a page of your website. Without JavaScript, visitors see a plain link to Hulpwijzer.
embed-municipality = Municipality
embed-municipality-chosen = Chosen municipality: { $name } ({ $code })
embed-language = Language
embed-language-auto = Automatic: your page's language, else the browser's
embed-start = Start with
embed-start-home = All topics
embed-theme = House style
embed-allow-change = Visitors may choose another municipality
embed-preview = Preview
embed-snippet = Code for your page
embed-copy = Copy the code
embed-copied = Copied.
embed-fallback = Hulpwijzer: help for people from Ukraine
embed-statement-title = For your accessibility statement
embed-statement = Hulpwijzer ({ $site }), embedded on this page, was tested on { $date } with axe-core against WCAG 2.2 levels A and AA: 0 violations on question pages, outcomes, the form and error pages, in every house style. Every page states its language: Ukrainian, Russian, English or Dutch.
embed-copy-statement = Copy the text
embed-docs = For web teams: attributes, house styles, CSP and frame-ancestors, and what data goes where are explained in Hulpwijzer's docs/embedding.md.
