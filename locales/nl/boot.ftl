## First in the language's text file: the portal's name and the texts of the page frame.

app-name = Hulpwijzer
loading = Laden…
skip-to-content = Naar de inhoud
choose-language = Taal
