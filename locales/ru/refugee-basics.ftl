## Жильё

housing-title = Жильё
housing-situation = Какой у вас вопрос о жилье?
housing-situation-need-place = Мне нужно место, где жить
housing-situation-host-ending = Моё проживание в принимающей семье заканчивается
housing-situation-own-home = Я хочу снять собственное жильё
housing-situation-moving = Я переезжаю в другой муниципалитет
housing-situation-pets = У меня есть домашнее животное
housing-registered = Вы зарегистрированы в муниципалитете (BRP)?
housing-registered-hint = Если у вас есть номер BSN, вы уже зарегистрированы.
housing-registered-yes = Да
housing-registered-no = Нет, ещё нет

housing-need-place = Попросите муниципалитет о месте в пункте размещения
housing-need-place-intro = До { $tp-end } включительно размещение людей из Украины организует муниципалитет (gemeente).
housing-host-ending = Обратитесь в муниципалитет, прежде чем придётся уезжать
housing-host-ending-intro = До { $tp-end } включительно у вас есть право на место в муниципальном пункте размещения. Мест часто не хватает, поэтому вас могут поселить в другом муниципалитете.
housing-own-home = Аренда собственного жилья: сначала проверьте вот что
housing-own-home-intro = Аренда часто стоит дорого, а владельцы жилья требуют договор и подтверждение дохода.
housing-pets = Помощь с домашним животным

housing-step-contact-municipality = Позвоните в муниципалитет или придите туда и скажите, что вам нужно жильё. Сайт и телефон — ниже.
housing-step-say-who-comes = Скажите, кто будет жить с вами: сколько взрослых и сколько детей.
housing-step-ask-about-pets-and-needs = Расскажите о домашнем животном, болезни, инвалидности или о том, что вам трудно подниматься по лестнице.
housing-step-contact-municipality-early = Обратитесь в муниципалитет, как только узнаете, что проживание заканчивается.
housing-step-you-keep-reception-right = До { $tp-end } включительно вы сохраняете право на место в муниципальном пункте размещения. Оставаться там, где вам плохо, не обязательно.
housing-step-register-if-moving = Если переезжаете в другой муниципалитет, зарегистрируйтесь там. Принимающая семья не может сделать это за вас.
housing-step-know-the-costs = Посчитайте все ежемесячные расходы: аренду, электричество и газ, воду, интернет и муниципальные налоги.
housing-step-ask-municipality-before-signing = Прежде чем подписывать договор, посоветуйтесь с муниципалитетом. Собственное жильё может повлиять на ваш leefgeld.
housing-step-read-the-contract = Не подписывайте договор, которого не понимаете. Попросите социальный хаб или VluchtelingenWerk прочитать его вместе с вами.
housing-step-register-new-address = После переезда зарегистрируйте новый адрес в муниципалитете.
housing-step-pets-tell-municipality = Когда просите о жилье, скажите муниципалитету о животном.
housing-step-pets-look-for-help = Если нужны корм, ветеринар или временное место для животного, обратитесь в организацию, указанную ниже.

## Деньги

money-title = Деньги и leefgeld
money-topic = Какой у вас вопрос о деньгах?
money-topic-leefgeld = Деньги на жизнь (leefgeld)
money-topic-start-work = Я начинаю оплачиваемую работу
money-topic-own-contribution = Плата за место в пункте размещения
money-topic-letters = Счёт или письмо, которое я не понимаю
money-registered = Вы зарегистрированы в муниципалитете (BRP)?
money-registered-hint = Если у вас есть номер BSN, вы уже зарегистрированы.
money-registered-yes = Да
money-registered-no = Нет, ещё нет
money-bank = У вас есть нидерландский банковский счёт?
money-bank-yes = Да
money-bank-no = Нет

money-apply-leefgeld = Попросите муниципалитет о leefgeld
money-apply-leefgeld-intro = Leefgeld — это деньги на еду, одежду и другие повседневные расходы. До { $tp-end } включительно его выплачивает муниципалитет, в котором вы зарегистрированы.
money-bank-first = Сначала откройте банковский счёт
money-bank-first-intro = До { $tp-end } включительно муниципалитет перечисляет leefgeld на нидерландский банковский счёт.
money-work-and-leefgeld = Работа: что меняется с деньгами
money-work-and-leefgeld-intro = Когда у вас оплачиваемая работа, вы живёте на зарплату. До { $tp-end } включительно действует правило: когда вы начинаете оплачиваемую работу, выплата leefgeld прекращается для всей вашей семьи.
money-own-contribution = Плата за проживание (eigen bijdrage) в муниципальном пункте размещения
money-own-contribution-intro = Взрослые с доходом, которые живут в муниципальном пункте размещения, оплачивают часть расходов. Суммы ниже действуют с { $own-contribution-start }.

money-step-ask-municipality-leefgeld = Спросите в муниципалитете, как подать заявление. Если живёте в пункте размещения, спросите у сотрудников.
money-step-bring-bank-details = Возьмите паспорт или ID-карту, номер BSN и номер банковского счёта (IBAN).
money-step-report-changes = Сразу сообщайте в муниципалитет об изменениях: работа, переезд, кто-то приехал в вашу семью или уехал.
money-step-open-account = Откройте счёт в нидерландском банке.
money-step-account-documents = Возьмите паспорт или ID-карту и номер BSN.
money-step-then-apply = После этого попросите муниципалитет о leefgeld.
money-step-tell-municipality-work = Сообщите в муниципалитет, как только начнёте работать.
money-step-keep-payslips = Сохраняйте расчётные листки (loonstrook).
money-step-contribution-if-reception = Вы живёте в муниципальном пункте размещения? Тогда до { $tp-end } включительно вы вносите плату за проживание (eigen bijdrage).
money-step-contribution-operating = На содержание пункта размещения: { $own-contribution-operating } с каждого взрослого в месяц.
money-step-contribution-catering = Если в пункте размещения кормят: ещё { $own-contribution-catering } с каждого взрослого в месяц.
money-step-contribution-maximum = Семья из двух взрослых в пункте размещения с питанием платит не больше { $own-contribution-max-two-adults } в месяц.
money-step-cannot-pay = Не можете заплатить? Как можно скорее поговорите с муниципалитетом. Он может изменить сумму.

## Здоровье

health-title = Здоровье и медицинская помощь
health-need = Что вам нужно?
health-need-hint = Если есть угроза жизни, выберите первый ответ.
health-need-emergency = Помощь немедленно: есть угроза жизни
health-need-urgent-evening = Срочная помощь вечером, ночью или в выходные
health-need-doctor = Семейный врач (huisarts)
health-need-mind = Стресс, грусть или проблемы со сном
health-need-costs = Кто платит за моё лечение
health-has-bsn = У вас есть номер BSN?
health-has-bsn-hint = BSN выдают при регистрации в муниципалитете.
health-has-bsn-yes = Да
health-has-bsn-no = Нет, ещё нет
health-mind-urgent = Вы думаете о том, чтобы покончить с собой, или боитесь за кого-то?
health-mind-urgent-yes = Да
health-mind-urgent-no = Нет

health-emergency = Немедленно звоните по номеру { $emergency-number }
health-emergency-intro = Это номер экстренной помощи: скорая, полиция и пожарная служба.
health-out-of-hours = Позвоните в дежурную службу семейных врачей (huisartsenpost)
health-out-of-hours-intro = Вечером, ночью и в выходные ваш семейный врач не работает. Со срочными проблемами помогает huisartsenpost.
health-find-gp = Прикрепитесь к семейному врачу (huisarts)
health-find-gp-intro = К семейному врачу обращаются в первую очередь почти с любой проблемой со здоровьем. До { $tp-end } включительно за приём вы ничего не платите.
health-crisis = Поговорите с кем-нибудь прямо сейчас
health-crisis-intro = Вы не одни. Линии анонимны и работают круглосуточно. 113 бесплатный; стоимость звонка в De Luisterlijn уточните у своего оператора. Мы не нашли источника, что там отвечают на украинском или русском.
health-mental-support = Помощь при стрессе, грусти или бессоннице
health-mental-support-intro = После всего пережитого такое бывает часто. Есть помощь на украинском языке.
health-cover = До { $tp-end } включительно ваше лечение оплачивает RMO
health-cover-intro = До { $tp-end } включительно на людей из Украины, у которых есть BSN, распространяется программа медицинской помощи RMO.

health-step-call-112 = Позвоните по номеру { $emergency-number } и скажите, что вам нужна скорая (ambulance).
health-step-say-address = Скажите, где вы: улица, номер дома и город.
health-step-call-huisartsenpost = Сначала позвоните в huisartsenpost. Без звонка идите туда только при угрозе жизни.
health-step-save-number = Узнайте у семейного врача или в муниципалитете номер ближайшей huisartsenpost и сохраните его в телефоне.
health-step-112-if-danger = Если есть угроза жизни, звоните по номеру { $emergency-number }.
health-step-register-with-gp = Сначала прикрепитесь к семейному врачу (huisarts) рядом с домом, то есть зарегистрируйтесь как пациент: позвоните в кабинет врача и спросите, можно ли стать их пациентом. Только после этого можно записываться на приём.
health-step-ask-for-help-finding = Нигде нет мест? Попросите помощи в муниципалитете, у сотрудников пункта размещения или в социальном хабе.
health-step-show-bsn = На каждом приёме показывайте свой BSN. До { $tp-end } включительно врач или аптека выставляют счёт через RMO.
health-step-gp-first = К психологу или врачу в больнице нужно направление от семейного врача.
health-step-call-113 = Позвоните на линию 113 или напишите в чат на их сайте. Говорить можно обо всём.
health-step-call-113-free = Можно также позвонить по номеру { $zelfmoordpreventie-free-number }. Это тоже бесплатно.
health-step-luisterlijn = Хотите просто с кем-то поговорить? Звоните в De Luisterlijn, днём и ночью.
health-step-stress-is-normal = Стресс, плохой сон и тревога после войны бывают часто. Просить о помощи — нормально.
health-step-empatia = Empatia оказывает психологическую помощь на украинском языке. Как это работает, читайте на их сайте.
health-step-no-premium = До { $tp-end } включительно вы не платите ни страховой взнос, ни франшизу (eigen risico).
health-step-ask-before-extra = Нужны очки, слуховой аппарат или другая дополнительная помощь? Сначала спросите у семейного врача, как это организовать.
money-own-contribution-after-tp = Плата за проживание (eigen bijdrage) после { $tp-end }
money-own-contribution-after-tp-intro = Суммы платы были установлены для временной защиты, которая действовала до { $tp-end } включительно. Какие суммы действуют теперь, мы не знаем.
money-step-ask-what-you-pay = Спросите в муниципалитете, сколько вы платите теперь. Попросите ответ в письменном виде.
