## First in the language's text file: the portal's name and the texts of the page frame.

app-name = Hulpwijzer
loading = Loading…
skip-to-content = Skip to content
choose-language = Language
