## First in the language's text file: the portal's name and the texts of the page frame.

app-name = Hulpwijzer
loading = Завантаження…
skip-to-content = Перейти до змісту
choose-language = Мова
