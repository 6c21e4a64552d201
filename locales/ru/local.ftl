## Местная информация муниципалитетов и украинские центры (social hubs)

# content/local/GM1681.toml (Borger-Odoorn)
local-gm1681-reception = У муниципалитета Borger-Odoorn есть отдельный адрес электронной почты для вопросов о людях из Украины и для предложений помощи. Можно также позвонить по общему номеру муниципалитета: вас соединят с сотрудником. Эти данные 2022 года, поэтому проверьте их на сайте муниципалитета.

# Что предлагает центр (content/hubs.toml, offers)
hub-offer-meeting = Встречи и общение
hub-offer-language-lessons = Языковые курсы
hub-offer-psychological-help = Психологическая помощь
hub-offer-legal-help = Юридические консультации
hub-offer-children = Занятия для детей
hub-offer-culture = Культура и мастер-классы
hub-offer-information = Информация и ответы на вопросы
hub-offer-work = Помощь в поиске работы
hub-offer-humanitarian-aid = Гуманитарная помощь
hub-offer-library = Украинская библиотека
hub-offer-school = Украинская школа выходного дня

# Работает ли центр (status); закрытые центры не показываются
hub-status-active = Данные на конец 2025 года: работает.
hub-status-unclear = Неизвестно, работает ли это место сейчас. Проверьте, прежде чем идти.
