## Главная страница и меню тем

start-title = Помощь для людей из Украины в Нидерландах
start-who = Кто вы?
start-who-hint = Выберите то, что вам больше всего подходит. Вернуться назад можно в любой момент.
start-who-refugee = Я уехал(-а) из Украины
start-who-host = Я хочу принять людей или помочь

refugee-title = Помощь для людей, уехавших из Украины
refugee-topic = С чем вам нужна помощь?
refugee-topic-start-here = Я не знаю, с чего начать
refugee-topic-safety = Я чувствую себя в опасности (насилие, угрозы, эксплуатация)
refugee-topic-registration = Регистрация в муниципалитете (BRP) и номер BSN
refugee-topic-housing = Жильё
refugee-topic-money = Деньги на жизнь (leefgeld)
refugee-topic-health = Здоровье и семейный врач (huisarts)
refugee-topic-work = Работа
refugee-topic-school = Школа и уход за детьми
refugee-topic-dutch = Изучение нидерландского
refugee-topic-paperwork = Документы, банк и DigiD
refugee-topic-status = Статус проживания и временная защита
refugee-topic-return = Думаю о возвращении
refugee-topic-community = Встречи с другими украинцами
refugee-topic-other = Другой вопрос
refugee-general-help = Куда обратиться с вопросом
refugee-general-help-intro = RefugeeHelp пишет на украинском, русском, английском и нидерландском. VluchtelingenWerk консультирует по вашей ситуации.
refugee-step-read-refugeehelp = Найдите свою тему на refugeehelp.nl. Сайт есть на украинском, русском, английском и нидерландском.
refugee-step-ask-municipality = Обратитесь в свой муниципалитет (gemeente). Он занимается вашей регистрацией, деньгами на проживание и жильём.

host-title = Приём людей и помощь
host-topic = Что вы хотите сделать?
host-topic-want-to-host = Я хочу принять человека из Украины у себя дома
host-topic-hosting-now = У меня уже живёт человек из Украины
host-topic-large-location = У меня есть большое помещение: компания, база отдыха или гостиница
host-topic-volunteer = Я хочу стать волонтёром, передать вещи, предложить работу или дать деньги
