## Місцева інформація муніципалітетів і українські осередки (social hubs)

# content/local/GM1681.toml (Borger-Odoorn)
local-gm1681-reception = Муніципалітет Borger-Odoorn має окрему електронну адресу для запитань щодо людей з України та для пропозицій допомоги. Можна також зателефонувати на загальний номер муніципалітету: вас з’єднають із працівником. Ці дані з 2022 року, тож перевірте їх на сайті муніципалітету.

# Що пропонує осередок (content/hubs.toml, offers)
hub-offer-meeting = Зустрічі та спілкування
hub-offer-language-lessons = Мовні курси
hub-offer-psychological-help = Психологічна допомога
hub-offer-legal-help = Юридичні консультації
hub-offer-children = Заняття для дітей
hub-offer-culture = Культура та майстер-класи
hub-offer-information = Інформація та відповіді на запитання
hub-offer-work = Допомога з пошуком роботи
hub-offer-humanitarian-aid = Гуманітарна допомога
hub-offer-library = Українська бібліотека
hub-offer-school = Українська школа вихідного дня

# Чи працює осередок (status); закриті осередки не показуються
hub-status-active = Дані на кінець 2025 року: працює.
hub-status-unclear = Невідомо, чи це місце ще працює. Перевірте, перш ніж іти.
