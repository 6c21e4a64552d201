## Робота

work-title = Робота
work-topic = Яке у вас питання щодо роботи?
work-topic-allowed = Чи можна мені працювати?
work-topic-find-job = Як знайти роботу?
work-topic-problem = Проблеми на роботі: мала зарплата, немає договору або небезпечна робота
work-topic-leefgeld = Що буде з моїм leefgeld, якщо я працюватиму?
work-contract = Як ви хочете працювати?
work-contract-employee = На роботодавця, за договором
work-contract-own-business = На себе, як підприємець (zzp)

work-employee = Так, ви можете працювати на роботодавця
work-employee-intro = Дозвіл на роботу не потрібен. Почати можна через { $work-start-after-notice } { $work-start-after-notice ->
    [one] робочий день
    [few] робочі дні
    [many] робочих днів
   *[other] робочого дня
} після того, як роботодавець повідомить про вас в UWV.
work-self-employed = На це питання ми не можемо відповісти
work-self-employed-intro = Відомі нам правила стосуються роботи на роботодавця. Щодо роботи на себе порадьтеся, перш ніж починати.
work-find-job = Пошук роботи
work-find-job-intro = Шукати роботу допомагають муніципалітет, соціальні хаби і RefugeeHelp.
work-report-abuse = Повідомте про нечесну або небезпечну роботу
work-report-abuse-intro = На роботі у вас такі самі права, як і в усіх у Нідерландах.

work-step-no-permit = Для роботи на роботодавця дозвіл на роботу не потрібен.
work-step-employer-notifies = Роботодавець має повідомити про вас в UWV до початку роботи. Запитайте, чи це зроблено.
work-step-need-bsn = Вам потрібні BSN, документ про право на перебування (bewijs van verblijf) від IND і банківський рахунок для зарплати.
work-step-tell-municipality = Ви отримуєте leefgeld? Повідомте муніципалітет, що починаєте працювати.
work-step-cannot-answer = Ми не знаємо напевно, чи можна з тимчасовим захистом (до { $tp-end } включно) працювати на себе. Вгадувати ми не будемо.
work-step-ask-vluchtelingenwerk = Перш ніж реєструвати підприємство, запитайте у VluchtelingenWerk або у свого муніципалітету.
work-step-ask-municipality-work = Запитайте в муніципалітеті про допомогу з пошуком роботи, наприклад, чи є там пункт допомоги з працевлаштування (werkservicepunt).
work-step-hub-job-help = Запитайте в соціальному хабі, чи допомагають там шукати роботу або скласти резюме.
work-step-beware-offers = Будьте обережні з пропозиціями роботи, за які просять гроші або де житло надає роботодавець.
work-step-your-rights = Ви маєте право щонайменше на мінімальну зарплату, перерви, відпустку та безпечне робоче місце.
work-step-call-inspectie = Безплатно зателефонуйте в Arbeidsinspectie або повідомте онлайн. Контакти — нижче.
work-step-anonymous = Повідомити можна, не називаючи свого імені.

## Школа та догляд за дітьми

school-title = Школа та догляд за дітьми
school-age = Скільки років вашій дитині?
school-age-hint = Якщо дітей кілька, відповідайте окремо за кожну дитину.
school-age-under-four = До 4 років
school-age-school-age = Від 4 до 17 років
school-age-adult = 18 років і старше
school-at-school = Ваша дитина вже ходить до школи в Нідерландах?
school-at-school-no = Ні
school-at-school-yes = Так

school-childcare = Догляд за маленькими дітьми
school-childcare-intro = Запитайте в муніципалітеті, який догляд за дітьми (kinderopvang) можливий і скільки він коштує.
school-enrol = Запишіть дитину до школи
school-enrol-intro = У Нідерландах діти мають обов'язково ходити до школи. Це стосується і дітей з України.
school-school-help = Допомога дитині в школі
school-school-help-intro = Маєте запитання щодо школи? Вам можуть допомогти.
school-over-eighteen = Навчання з 18 років
school-over-eighteen-intro = Для дорослих навчання зазвичай починається з нідерландської або англійської мови.

school-step-ask-municipality-childcare = Запитайте в муніципалітеті про догляд за дітьми (kinderopvang) і вартість.
school-step-ask-hub-childcare = Запитайте в соціальному хабі. Інші батьки часто знають, де є місця, і допомагають одне одному.
school-step-school-from-four = З 4 років дитина може ходити до початкової школи.
school-step-choose-school = Виберіть школу поблизу від дому й запитайте, чи є місце.
school-step-municipality-helps = Муніципалітет може допомогти знайти школу. Деякі діти спершу ходять до класу для новоприбулих.
school-step-bring-documents = Візьміть паспорт або свідоцтво про народження дитини, а також шкільні табелі з України, якщо вони є.
school-step-talk-to-teacher = Поговоріть з учителем або контактною особою школи. Можна взяти когось, хто перекладатиме.
school-step-hub-parents = Запитайте в соціальному хабі, чи є там батьківська група або допомога зі шкільними питаннями.
school-step-weekend-school = Запитайте в соціальному хабі, чи є поблизу українська суботня або недільна школа.
school-step-ask-municipality-study = Запитайте в муніципалітеті про навчання та мовні курси для дорослих.
school-step-learn-dutch-first = Для більшості програм потрібен добрий рівень нідерландської або англійської.

## Нідерландська мова

dutch-title = Вивчення нідерландської
dutch-how = Як ви хочете вчити нідерландську?
dutch-how-course = На курсі з викладачем
dutch-how-practice = Безплатно, практикуючись з іншими людьми

dutch-course = Курси нідерландської
dutch-course-intro = До { $tp-end } включно, з тимчасовим захистом, вчити нідерландську ви не зобов'язані. Багато муніципалітетів пропонують курси.
dutch-practice = Безплатна практика нідерландської
dutch-practice-intro = Найбільше допомагає розмовляти. Ці місця безплатні або майже безплатні.

dutch-step-ask-municipality-course = Запитайте в муніципалітеті, на які курси нідерландської можна записатися і чи є черга.
dutch-step-no-inburgering-courses = З тимчасовим захистом (до { $tp-end } включно) ви не проходите курс інтеграції (inburgering). Курси для цієї групи не для вас.
dutch-step-ask-vluchtelingenwerk-lessons = Запитайте у VluchtelingenWerk, чи є мовні заняття поблизу.
dutch-step-library-taalhuis = Зайдіть до бібліотеки. У багатьох бібліотеках є taalhuis із заняттями та мовними кафе.
dutch-step-taalmaatje = Попросіть мовного партнера (taalmaatje) — волонтера, який практикуватиметься з вами.
dutch-step-hub-lessons = У нашому списку { $hubs-language-lessons } із { $hubs-total } соціальних хабів { $hubs-language-lessons ->
    [one] має
   *[other] мають
} заняття з нідерландської або англійської. Дивіться список на цій сторінці.

## Документи

paperwork-title = Документи, банк і DigiD
paperwork-topic = З чим вам потрібна допомога?
paperwork-topic-bank = Відкрити банківський рахунок
paperwork-topic-digid = Отримати DigiD
paperwork-topic-letter = Лист, якого я не розумію
paperwork-topic-tax = Податкова декларація або лист від податкової (Belastingdienst)
paperwork-bank-bsn = У вас є номер BSN?
paperwork-bank-bsn-yes = Так
paperwork-bank-bsn-no = Ні, ще ні
paperwork-digid-bsn = У вас є номер BSN?
paperwork-digid-bsn-yes = Так
paperwork-digid-bsn-no = Ні, ще ні

paperwork-bank-account = Відкрийте нідерландський банківський рахунок
paperwork-bank-account-intro = Рахунок потрібен для leefgeld, зарплати і більшості платежів.
paperwork-digid = Оформіть DigiD
paperwork-digid-intro = DigiD — це ваш вхід на сайти держави, податкової і багатьох медичних установ.
paperwork-letter-help = Отримайте допомогу з листом
paperwork-letter-help-intro = У багатьох листах є термін для відповіді. Попросіть допомоги якомога раніше.
paperwork-tax = Податкова декларація і листи від Belastingdienst
paperwork-tax-intro = Якщо ви працювали в Нідерландах, вам може прийти пошта від податкової служби (Belastingdienst).

paperwork-step-choose-bank = Виберіть банк. На його сайті подивіться, як відкрити рахунок.
paperwork-step-bring-passport-bsn = Підготуйте паспорт або ID-картку і номер BSN.
paperwork-step-no-documents-embassy = Ваш паспорт не приймають? Запитайте в банку, які ще документи підходять, наприклад разом із довідкою з Посольства України.
paperwork-step-apply-digid = Подайте заяву на сайті DigiD, указавши BSN, дату народження та адресу.
paperwork-step-activation-letter = На вашу адресу прийде лист із кодом активації. З цим кодом ви активуєте DigiD на сайті.
paperwork-step-keep-digid-private = Нікому не передавайте свій DigiD. Хтось хоче допомогти? Попросіть цю людину сісти поруч.
paperwork-step-do-not-ignore = Не залишайте лист без уваги: прочитайте його або попросіть когось прочитати його вам. Відповідайте вчасно.
paperwork-step-photo-letter = Сфотографуйте лист, щоб показати його комусь.
paperwork-step-check-deadline = Знайдіть дату, до якої треба відповісти або заплатити.
paperwork-step-ask-hub = Принесіть лист до соціального хабу й запитайте, чи хтось там може вам допомогти.
paperwork-step-ask-vluchtelingenwerk = Можна також запитати у VluchtelingenWerk онлайн.
work-employee-after-tp = Робота за договором після { $tp-end }
work-employee-after-tp-intro = Працювати без дозволу на роботу можна було в межах тимчасового захисту — до { $tp-end } включно. Перш ніж підписати договір, перевірте, що діє тепер.
work-step-permit-after-tp = За планом уряду з перехідним документом можна буде працювати без дозволу на роботу. Попросіть роботодавця перевірити це в UWV або IND.
