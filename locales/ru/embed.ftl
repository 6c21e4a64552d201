## The /embed/ page for municipal web editors (src/pages/embed_page.rs): shipped in a part of its own (`TextPart::Embed`), which only that page loads.

embed-title = Hulpwijzer на вашем сайте
embed-intro = Выберите свой муниципалитет, язык, тему, с которой начнётся Hulpwijzer, и фирменный стиль. Затем скопируйте код на страницу своего сайта. Без JavaScript посетители видят обычную ссылку на Hulpwijzer.
embed-municipality = Муниципалитет
embed-municipality-chosen = Выбранный муниципалитет: { $name } ({ $code })
embed-language = Язык
embed-language-auto = Автоматически: язык вашей страницы, иначе язык браузера
embed-start = Начать с
embed-start-home = Все темы
embed-theme = Фирменный стиль
embed-allow-change = Посетители могут выбрать другой муниципалитет
embed-preview = Предварительный просмотр
embed-snippet = Код для вашей страницы
embed-copy = Скопировать код
embed-copied = Скопировано.
embed-fallback = Hulpwijzer: помощь людям из Украины
embed-statement-title = Для вашего заявления о доступности
embed-statement = Hulpwijzer ({ $site }) на этой странице проверен { $date } с помощью axe-core на соответствие WCAG 2.2 уровней A и AA: 0 нарушений на страницах вопросов, результатов, формы и ошибок, в каждом фирменном стиле. Каждая страница указывает свой язык: украинский, русский, английский или нидерландский.
embed-copy-statement = Скопировать текст
embed-docs = Для веб-команд: атрибуты, фирменные стили, CSP и frame-ancestors, а также какие данные куда передаются, описаны в docs/embedding.md проекта Hulpwijzer.
