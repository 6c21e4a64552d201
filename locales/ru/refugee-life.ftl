## Работа

work-title = Работа
work-topic = Какой у вас вопрос о работе?
work-topic-allowed = Можно ли мне работать?
work-topic-find-job = Как найти работу?
work-topic-problem = Проблемы на работе: маленькая зарплата, нет договора или опасная работа
work-topic-leefgeld = Что будет с моим leefgeld, если я буду работать?
work-contract = Как вы хотите работать?
work-contract-employee = На работодателя, по договору
work-contract-own-business = На себя, как предприниматель (zzp)

work-employee = Да, вы можете работать на работодателя
work-employee-intro = Разрешение на работу не нужно. Начать можно через { $work-start-after-notice } { $work-start-after-notice ->
    [one] рабочий день
    [few] рабочих дня
    [many] рабочих дней
   *[other] рабочего дня
} после того, как работодатель сообщит о вас в UWV.
work-self-employed = На этот вопрос мы не можем ответить
work-self-employed-intro = Известные нам правила касаются работы на работодателя. О работе на себя посоветуйтесь, прежде чем начинать.
work-find-job = Поиск работы
work-find-job-intro = Искать работу помогают муниципалитет, социальные хабы и RefugeeHelp.
work-report-abuse = Сообщите о нечестной или опасной работе
work-report-abuse-intro = На работе у вас такие же права, как у всех в Нидерландах.

work-step-no-permit = Для работы на работодателя разрешение на работу не нужно.
work-step-employer-notifies = Работодатель должен сообщить о вас в UWV до начала работы. Спросите, сделано ли это.
work-step-need-bsn = Вам нужны BSN, документ о праве на пребывание (bewijs van verblijf) от IND и банковский счёт для зарплаты.
work-step-tell-municipality = Вы получаете leefgeld? Сообщите в муниципалитет, что начинаете работать.
work-step-cannot-answer = Мы не знаем наверняка, можно ли с временной защитой (до { $tp-end } включительно) работать на себя. Гадать мы не будем.
work-step-ask-vluchtelingenwerk = Прежде чем регистрировать предприятие, спросите в VluchtelingenWerk или в своём муниципалитете.
work-step-ask-municipality-work = Спросите в муниципалитете о помощи с поиском работы, например, есть ли там пункт помощи с трудоустройством (werkservicepunt).
work-step-hub-job-help = Спросите в социальном хабе, помогают ли там искать работу или составить резюме.
work-step-beware-offers = Будьте осторожны с предложениями работы, за которые просят деньги или где жильё даёт работодатель.
work-step-your-rights = У вас есть право как минимум на минимальную зарплату, перерывы, отпуск и безопасное рабочее место.
work-step-call-inspectie = Бесплатно позвоните в Arbeidsinspectie или сообщите онлайн. Контакты — ниже.
work-step-anonymous = Сообщить можно, не называя своего имени.

## Школа и уход за детьми

school-title = Школа и уход за детьми
school-age = Сколько лет вашему ребёнку?
school-age-hint = Если детей несколько, отвечайте отдельно за каждого ребёнка.
school-age-under-four = До 4 лет
school-age-school-age = От 4 до 17 лет
school-age-adult = 18 лет и старше
school-at-school = Ваш ребёнок уже ходит в школу в Нидерландах?
school-at-school-no = Нет
school-at-school-yes = Да

school-childcare = Уход за маленькими детьми
school-childcare-intro = Спросите в муниципалитете, какой уход за детьми (kinderopvang) возможен и сколько он стоит.
school-enrol = Запишите ребёнка в школу
school-enrol-intro = В Нидерландах дети обязаны ходить в школу. Это касается и детей из Украины.
school-school-help = Помощь ребёнку в школе
school-school-help-intro = Есть вопросы о школе? Вам могут помочь.
school-over-eighteen = Учёба с 18 лет
school-over-eighteen-intro = Для взрослых учёба обычно начинается с нидерландского или английского языка.

school-step-ask-municipality-childcare = Спросите в муниципалитете об уходе за детьми (kinderopvang) и стоимости.
school-step-ask-hub-childcare = Спросите в социальном хабе. Другие родители часто знают, где есть места, и помогают друг другу.
school-step-school-from-four = С 4 лет ребёнок может ходить в начальную школу.
school-step-choose-school = Выберите школу рядом с домом и спросите, есть ли место.
school-step-municipality-helps = Муниципалитет может помочь найти школу. Некоторые дети сначала ходят в класс для новоприбывших.
school-step-bring-documents = Возьмите паспорт или свидетельство о рождении ребёнка, а также школьные табели из Украины, если они есть.
school-step-talk-to-teacher = Поговорите с учителем или контактным лицом школы. Можно взять с собой кого-то, кто будет переводить.
school-step-hub-parents = Спросите в социальном хабе, есть ли там родительская группа или помощь со школьными вопросами.
school-step-weekend-school = Спросите в социальном хабе, есть ли поблизости украинская школа выходного дня.
school-step-ask-municipality-study = Спросите в муниципалитете об учёбе и языковых курсах для взрослых.
school-step-learn-dutch-first = Для большинства программ нужен хороший уровень нидерландского или английского.

## Нидерландский язык

dutch-title = Изучение нидерландского
dutch-how = Как вы хотите учить нидерландский?
dutch-how-course = На курсе с преподавателем
dutch-how-practice = Бесплатно, практикуясь с другими людьми

dutch-course = Курсы нидерландского
dutch-course-intro = До { $tp-end } включительно, с временной защитой, учить нидерландский вы не обязаны. Многие муниципалитеты предлагают курсы.
dutch-practice = Бесплатная практика нидерландского
dutch-practice-intro = Больше всего помогает разговаривать. Эти места бесплатные или почти бесплатные.

dutch-step-ask-municipality-course = Спросите в муниципалитете, на какие курсы нидерландского можно записаться и есть ли очередь.
dutch-step-no-inburgering-courses = С временной защитой (до { $tp-end } включительно) вы не проходите курс интеграции (inburgering). Курсы для этой группы не для вас.
dutch-step-ask-vluchtelingenwerk-lessons = Спросите в VluchtelingenWerk, есть ли языковые занятия поблизости.
dutch-step-library-taalhuis = Зайдите в библиотеку. Во многих библиотеках есть taalhuis с занятиями и языковыми кафе.
dutch-step-taalmaatje = Попросите языкового партнёра (taalmaatje) — волонтёра, который будет практиковаться с вами.
dutch-step-hub-lessons = В нашем списке { $hubs-language-lessons } из { $hubs-total } социальных хабов { $hubs-language-lessons ->
    [one] проводит
   *[other] проводят
} занятия по нидерландскому или английскому. Смотрите список на этой странице.

## Документы

paperwork-title = Документы, банк и DigiD
paperwork-topic = С чем вам нужна помощь?
paperwork-topic-bank = Открыть банковский счёт
paperwork-topic-digid = Получить DigiD
paperwork-topic-letter = Письмо, которое я не понимаю
paperwork-topic-tax = Налоговая декларация или письмо из налоговой (Belastingdienst)
paperwork-bank-bsn = У вас есть номер BSN?
paperwork-bank-bsn-yes = Да
paperwork-bank-bsn-no = Нет, ещё нет
paperwork-digid-bsn = У вас есть номер BSN?
paperwork-digid-bsn-yes = Да
paperwork-digid-bsn-no = Нет, ещё нет

paperwork-bank-account = Откройте нидерландский банковский счёт
paperwork-bank-account-intro = Счёт нужен для leefgeld, зарплаты и большинства платежей.
paperwork-digid = Оформите DigiD
paperwork-digid-intro = DigiD — это ваш вход на сайты государства, налоговой и многих медицинских учреждений.
paperwork-letter-help = Получите помощь с письмом
paperwork-letter-help-intro = Во многих письмах есть срок для ответа. Попросите помощи как можно раньше.
paperwork-tax = Налоговая декларация и письма от Belastingdienst
paperwork-tax-intro = Если вы работали в Нидерландах, вам может прийти почта от налоговой службы (Belastingdienst).

paperwork-step-choose-bank = Выберите банк. На его сайте посмотрите, как открыть счёт.
paperwork-step-bring-passport-bsn = Подготовьте паспорт или ID-карту и номер BSN.
paperwork-step-no-documents-embassy = Ваш паспорт не принимают? Спросите в банке, какие ещё документы подходят, например вместе со справкой из Посольства Украины.
paperwork-step-apply-digid = Подайте заявление на сайте DigiD, указав BSN, дату рождения и адрес.
paperwork-step-activation-letter = На ваш адрес придёт письмо с кодом активации. С этим кодом вы активируете DigiD на сайте.
paperwork-step-keep-digid-private = Никому не передавайте свой DigiD. Кто-то хочет помочь? Попросите этого человека сесть рядом.
paperwork-step-do-not-ignore = Не оставляйте письмо без внимания: прочитайте его или попросите кого-нибудь прочитать его вам. Ответьте вовремя.
paperwork-step-photo-letter = Сфотографируйте письмо, чтобы показать его кому-нибудь.
paperwork-step-check-deadline = Найдите дату, до которой нужно ответить или заплатить.
paperwork-step-ask-hub = Принесите письмо в социальный хаб и спросите, может ли кто-нибудь там вам помочь.
paperwork-step-ask-vluchtelingenwerk = Можно также спросить в VluchtelingenWerk онлайн.
work-employee-after-tp = Работа по договору после { $tp-end }
work-employee-after-tp-intro = Работать без разрешения на работу можно было в рамках временной защиты — до { $tp-end } включительно. Прежде чем подписать договор, проверьте, что действует сейчас.
work-step-permit-after-tp = По плану правительства с переходным документом можно будет работать без разрешения на работу. Попросите работодателя проверить это в UWV или IND.
