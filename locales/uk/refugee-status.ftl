## Статус проживання

status-title = Статус проживання і тимчасовий захист
status-citizenship = У вас українське громадянство?
status-citizenship-ukrainian = Так
status-citizenship-other = Ні, у мене інше громадянство
status-question = Що ви хочете дізнатися?
status-question-now = Що означає мій захист зараз
status-question-after = Що буде після завершення тимчасового захисту

status-protection-now = Ваш тимчасовий захист зараз
status-protection-now-intro = Тимчасовий захист для людей з України діє до { $tp-end } включно. Це рішення ЄС.
status-after-protection = Після тимчасового захисту: що вирішено і що заплановано
status-after-protection-intro = Вирішено: тимчасовий захист діє до { $tp-end } включно. Заплановано, але ще не закон: перехідний документ на три роки з { $residence-permit-plan }.
status-other-nationality = Отримайте особисту юридичну консультацію
status-other-nationality-intro = Для людей без українського громадянства правила інші, і вони вже багато разів змінювалися.

status-step-stay-registered = Залишайтеся зареєстрованими за адресою, де живете, і повідомляйте про кожен переїзд.
status-step-keep-documents = Бережіть паспорт і документ про право на перебування (bewijs van verblijf).
status-step-check-official = Перевіряйте новини на надійних сайтах, як-от IND і RefugeeHelp. Чутки в соцмережах часто неправдиві.
status-step-decided = Вирішено: до { $tp-end } включно ваш захист діє, як і раніше.
status-step-planned = Уряд планує перехідний документ (transitiedocument) на три роки з { $residence-permit-plan }. За цим планом люди самі платитимуть за житло і частину медичних витрат.
status-step-not-decided = Ще не відомо (листопад 2026): правила щодо житла, leefgeld і медичних витрат після { $tp-end }. За словами уряду, подавати заяву на перехідний документ самим не потрібно.
status-step-no-answers-here = Тут ми не даємо відповідей щодо вашої ситуації, бо правила залежать від ваших документів.
status-step-get-legal-advice = Зверніться до VluchtelingenWerk по консультацію щодо вашої ситуації.
status-step-do-not-wait = Не зволікайте до останнього. Візьміть із собою всі документи з України.

## Повернення в Україну

return-title = Думаю про повернення
return-plan = Про що ви думаєте?
return-plan-hint = Що б ви не вибрали, це ваше власне рішення.
return-plan-visit = Ненадовго поїхати в Україну
return-plan-for-good = Повернутися назавжди
return-plan-not-sure = Я ще не знаю
return-need-help = Вам потрібна допомога з дорогою або документами для поїздки?
return-need-help-yes = Так
return-need-help-no = Ні, я все влаштую сам(-а)

return-visit = Перед короткою поїздкою повідомте муніципалітет
return-visit-intro = До { $tp-end } включно: якщо виїхати, не повідомивши муніципалітет, можна втратити місце в пункті розміщення і leefgeld.
return-return-with-help = Повернення з допомогою DT&V
return-return-with-help-intro = Державна служба DT&V допомагає людям з України, які хочуть повернутися й просять про допомогу.
return-return-on-own = Повернення назавжди: що треба владнати
return-return-on-own-intro = Перед від'їздом завершіть свої справи в Нідерландах.
return-not-sure = Не поспішайте
return-not-sure-intro = Ніхто не може змусити вас повернутися. Перш ніж вирішувати, почитайте і розпитайте.

return-step-tell-before-leaving = Перед від'їздом повідомте муніципалітет або свій пункт розміщення.
return-step-say-how-long = Скажіть, на скільки їдете. Якщо вас не буде надто довго, муніципалітет може припинити надавати вам місце і leefgeld.
return-step-tell-when-back = Щойно повернетеся, повідомте про це муніципалітет.
return-step-contact-dtv = Зверніться до DT&V через їхній сайт.
return-step-dtv-what = DT&V може допомогти з документами для поїздки і самою дорогою, зазвичай до однієї з сусідніх з Україною країн. На підготовку потрібно щонайменше тиждень.
return-step-deregister = Випишіться з BRP у своєму муніципалітеті: повідомте про переїзд за кордон.
return-step-stop-leefgeld = Попросіть муніципалітет припинити виплату leefgeld.
return-step-tell-others = Повідомте також роботодавця, школу і банк, що ви виїжджаєте.
return-step-your-choice = Повертатися чи залишатися — вирішуєте тільки ви.
return-step-read-first = Почитайте про можливості на RefugeeHelp вашою мовою.
return-step-talk-to-someone = Хочете про це поговорити? VluchtelingenWerk може вас проконсультувати.

## Спільнота

community-title = Зустрічі з іншими українцями
community-looking-for = Що ви шукаєте?
community-looking-for-meet-people = Місце, де можна зустрітися з людьми
community-looking-for-information = Інформацію моєю мовою

community-meet-people = Українські соціальні хаби поблизу
community-meet-people-intro = Соціальний хаб — це місце зустрічей, яке створили українці для українців. У нашому списку { $hubs-information } із { $hubs-total } також інформують з практичних питань.
community-information = Інформація вашою мовою
community-information-intro = Ці сайти розповідають про життя в Нідерландах українською та російською.

community-step-visit-hub = Перегляньте список хабів нижче. Спершу показано хаби у вашій провінції.
community-step-bring-a-friend = Можна просто прийти. Можна взяти з собою друга або дітей.
community-step-hub-help = У нашому списку мовні заняття є в { $hubs-language-lessons } хабах, а заняття для дітей — у { $hubs-children }. Запитайте в хабі поблизу, чи хтось допоможе з листами.
community-step-read-refugeehelp = Читайте RefugeeHelp: сайт є українською, російською, англійською та нідерландською.
community-step-ask-online = VluchtelingenWerk відповідає на запитання онлайн.

## З чого почати

start-here-title = Я не знаю, з чого почати
start-here-registered = Ви зареєстровані в муніципалітеті (BRP)?
start-here-registered-hint = Якщо у вас є номер BSN, ви вже зареєстровані.
start-here-registered-yes = Так
start-here-registered-no = Ні, ще ні
start-here-place-to-live = У вас є безпечне місце для ночівлі?
start-here-place-to-live-yes = Так
start-here-place-to-live-no = Ні
start-here-money = У вас є гроші на їжу та щоденні витрати?
start-here-money-yes = Так
start-here-money-no = Ні
start-here-health = Вам або вашим дітям найближчим часом потрібен лікар?
start-here-health-no = Ні
start-here-health-yes = Так

start-here-next-topics = Найнеобхідніше є: виберіть наступний крок
start-here-next-topics-intro = Добре. Тепер подивіться теми про роботу, школу, мову або ваш статус проживання.
start-here-step-one-thing-at-a-time = Робіть усе по черзі. Допомогти можуть соціальний хаб або муніципалітет.
status-since-protection-ended = Тимчасовий захист закінчився: що відомо
status-since-protection-ended-intro = Тимчасовий захист ЄС діяв до { $tp-end } включно. Уряд планував після нього перехідний документ.
status-step-ended = Вирішено ЄС: тимчасовий захист діяв до { $tp-end } включно.
status-step-transition-plan = План уряду від 28 листопада 2025 року: перехідний документ (transitiedocument) на три роки з { $residence-permit-plan }, який IND видає без заяви.
status-step-unknown-after = Ми не знаємо, чи почав діяти цей план, і що він означає для житла, leefgeld і медичних витрат. Не покладайтеся на цю сторінку в цих питаннях.
status-step-check-monthly = Перевіряйте новини на сайтах IND і RefugeeHelp щонайменше раз на місяць, і одразу, коли отримаєте лист від IND або муніципалітету.
