## First in the language's text file: the portal's name and the texts of the page frame.

app-name = Hulpwijzer
loading = Загрузка…
skip-to-content = Перейти к содержанию
choose-language = Язык
