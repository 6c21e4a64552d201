## The /embed/ page for municipal web editors (src/pages/embed_page.rs): shipped in a part of its own (`TextPart::Embed`), which only that page loads.

embed-title = Hulpwijzer на вашому вебсайті
embed-intro = Виберіть свій муніципалітет, мову, тему, з якої почнеться Hulpwijzer, і фірмовий стиль. Потім скопіюйте код на сторінку свого вебсайту. Без JavaScript відвідувачі бачать звичайне посилання на Hulpwijzer.
embed-municipality = Муніципалітет
embed-municipality-chosen = Вибраний муніципалітет: { $name } ({ $code })
embed-language = Мова
embed-language-auto = Автоматично: мова вашої сторінки, інакше мова браузера
embed-start = Почати з
embed-start-home = Усі теми
embed-theme = Фірмовий стиль
embed-allow-change = Відвідувачі можуть вибрати інший муніципалітет
embed-preview = Попередній перегляд
embed-snippet = Код для вашої сторінки
embed-copy = Скопіювати код
embed-copied = Скопійовано.
embed-fallback = Hulpwijzer: допомога людям з України
embed-statement-title = Для вашої заяви про доступність
embed-statement = Hulpwijzer ({ $site }) на цій сторінці перевірено { $date } за допомогою axe-core на відповідність WCAG 2.2 рівнів A і AA: 0 порушень на сторінках запитань, результатів, форми та помилок, у кожному фірмовому стилі. Кожна сторінка зазначає свою мову: українська, російська, англійська або нідерландська.
embed-copy-statement = Скопіювати текст
embed-docs = Для вебкоманд: атрибути, фірмові стилі, CSP і frame-ancestors, а також які дані куди передаються, описано в docs/embedding.md проєкту Hulpwijzer.
