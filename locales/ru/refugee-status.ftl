## Статус проживания

status-title = Статус проживания и временная защита
status-citizenship = У вас украинское гражданство?
status-citizenship-ukrainian = Да
status-citizenship-other = Нет, у меня другое гражданство
status-question = Что вы хотите узнать?
status-question-now = Что означает моя защита сейчас
status-question-after = Что будет после окончания временной защиты

status-protection-now = Ваша временная защита сейчас
status-protection-now-intro = Временная защита для людей из Украины действует до { $tp-end } включительно. Это решение ЕС.
status-after-protection = После временной защиты: что решено и что запланировано
status-after-protection-intro = Решено: временная защита действует до { $tp-end } включительно. Запланировано, но ещё не закон: переходный документ на три года с { $residence-permit-plan }.
status-other-nationality = Получите личную юридическую консультацию
status-other-nationality-intro = Для людей без украинского гражданства правила другие, и они уже много раз менялись.

status-step-stay-registered = Оставайтесь зарегистрированными по адресу, где живёте, и сообщайте о каждом переезде.
status-step-keep-documents = Храните в надёжном месте паспорт и документ о праве на пребывание (bewijs van verblijf).
status-step-check-official = Проверяйте новости на надёжных сайтах, например IND и RefugeeHelp. Слухи в соцсетях часто неверны.
status-step-decided = Решено: до { $tp-end } включительно ваша защита действует, как и раньше.
status-step-planned = Правительство планирует переходный документ (transitiedocument) на три года с { $residence-permit-plan }. По этому плану люди будут сами платить за жильё и часть медицинских расходов.
status-step-not-decided = Ещё не известно (ноябрь 2026): правила насчёт жилья, leefgeld и медицинских расходов после { $tp-end }. По словам правительства, подавать заявление на переходный документ самим не нужно.
status-step-no-answers-here = Здесь мы не даём ответов о вашей ситуации, потому что правила зависят от ваших документов.
status-step-get-legal-advice = Обратитесь в VluchtelingenWerk за консультацией о вашей ситуации.
status-step-do-not-wait = Не откладывайте до последнего. Возьмите с собой все документы из Украины.

## Возвращение в Украину

return-title = Думаю о возвращении
return-plan = О чём вы думаете?
return-plan-hint = Что бы вы ни выбрали, это ваше собственное решение.
return-plan-visit = Ненадолго съездить в Украину
return-plan-for-good = Вернуться насовсем
return-plan-not-sure = Я ещё не знаю
return-need-help = Вам нужна помощь с дорогой или документами для поездки?
return-need-help-yes = Да
return-need-help-no = Нет, я всё устрою сам(а)

return-visit = Перед короткой поездкой сообщите в муниципалитет
return-visit-intro = До { $tp-end } включительно: если уехать, не сообщив в муниципалитет, можно потерять место в пункте размещения и leefgeld.
return-return-with-help = Возвращение с помощью DT&V
return-return-with-help-intro = Государственная служба DT&V помогает людям из Украины, которые хотят вернуться и просят о помощи.
return-return-on-own = Возвращение насовсем: что нужно уладить
return-return-on-own-intro = Перед отъездом завершите свои дела в Нидерландах.
return-not-sure = Не торопитесь
return-not-sure-intro = Никто не может заставить вас вернуться. Прежде чем решать, почитайте и расспросите.

return-step-tell-before-leaving = Перед отъездом сообщите в муниципалитет или в свой пункт размещения.
return-step-say-how-long = Скажите, на сколько уезжаете. Если вас не будет слишком долго, муниципалитет может прекратить предоставлять вам место и leefgeld.
return-step-tell-when-back = Как только вернётесь, сообщите об этом в муниципалитет.
return-step-contact-dtv = Обратитесь в DT&V через их сайт.
return-step-dtv-what = DT&V может помочь с документами для поездки и самой дорогой, обычно до одной из соседних с Украиной стран. На подготовку нужно не меньше недели.
return-step-deregister = Выпишитесь из BRP в своём муниципалитете: сообщите о переезде за границу.
return-step-stop-leefgeld = Попросите муниципалитет прекратить выплату leefgeld.
return-step-tell-others = Сообщите также работодателю, в школу и в банк, что вы уезжаете.
return-step-your-choice = Возвращаться или оставаться — решаете только вы.
return-step-read-first = Почитайте о возможностях на RefugeeHelp на вашем языке.
return-step-talk-to-someone = Хотите об этом поговорить? VluchtelingenWerk может вас проконсультировать.

## Сообщество

community-title = Встречи с другими украинцами
community-looking-for = Что вы ищете?
community-looking-for-meet-people = Место, где можно встретиться с людьми
community-looking-for-information = Информацию на моём языке

community-meet-people = Украинские социальные хабы поблизости
community-meet-people-intro = Социальный хаб — это место встреч, которое создали украинцы для украинцев. В нашем списке { $hubs-information } из { $hubs-total } также информируют по практическим вопросам.
community-information = Информация на вашем языке
community-information-intro = Эти сайты рассказывают о жизни в Нидерландах на украинском и русском.

community-step-visit-hub = Посмотрите список хабов ниже. Сначала показаны хабы в вашей провинции.
community-step-bring-a-friend = Можно просто прийти. Можно взять с собой друга или детей.
community-step-hub-help = В нашем списке языковые занятия есть в { $hubs-language-lessons } хабах, а занятия для детей — в { $hubs-children }. Спросите в хабе поблизости, поможет ли кто-нибудь с письмами.
community-step-read-refugeehelp = Читайте RefugeeHelp: сайт есть на украинском, русском, английском и нидерландском.
community-step-ask-online = VluchtelingenWerk отвечает на вопросы онлайн.

## С чего начать

start-here-title = Я не знаю, с чего начать
start-here-registered = Вы зарегистрированы в муниципалитете (BRP)?
start-here-registered-hint = Если у вас есть номер BSN, вы уже зарегистрированы.
start-here-registered-yes = Да
start-here-registered-no = Нет, ещё нет
start-here-place-to-live = У вас есть безопасное место для ночлега?
start-here-place-to-live-yes = Да
start-here-place-to-live-no = Нет
start-here-money = У вас есть деньги на еду и повседневные расходы?
start-here-money-yes = Да
start-here-money-no = Нет
start-here-health = Вам или вашим детям в ближайшее время нужен врач?
start-here-health-no = Нет
start-here-health-yes = Да

start-here-next-topics = Самое необходимое есть: выберите следующий шаг
start-here-next-topics-intro = Хорошо. Теперь посмотрите темы о работе, школе, языке или вашем статусе проживания.
start-here-step-one-thing-at-a-time = Делайте всё по очереди. Помочь могут социальный хаб или муниципалитет.
status-since-protection-ended = Временная защита закончилась: что известно
status-since-protection-ended-intro = Временная защита ЕС действовала до { $tp-end } включительно. Правительство планировало после неё переходный документ.
status-step-ended = Решено ЕС: временная защита действовала до { $tp-end } включительно.
status-step-transition-plan = План правительства от 28 ноября 2025 года: переходный документ (transitiedocument) на три года с { $residence-permit-plan }, который IND выдаёт без заявления.
status-step-unknown-after = Мы не знаем, начал ли действовать этот план и что он означает для жилья, leefgeld и медицинских расходов. Не полагайтесь на эту страницу в этих вопросах.
status-step-check-monthly = Проверяйте новости на сайтах IND и RefugeeHelp хотя бы раз в месяц, и сразу, когда получите письмо от IND или муниципалитета.
