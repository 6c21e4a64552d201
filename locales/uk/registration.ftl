## Реєстрація в муніципалітеті

registration-title = Реєстрація в муніципалітеті (BRP)
registration-where-staying = Де ви зараз живете?
registration-where-staying-hint = Кожен, хто виїхав з України, має зареєструватися в муніципалітеті (gemeente), де живе.
registration-where-staying-reception = У муніципальному пункті розміщення
registration-where-staying-host = У приймаючої родини або в знайомих
registration-where-staying-own-home = В орендованому житлі
registration-where-staying-moving = Я переїжджаю до іншого муніципалітету
registration-host-documents = У вас є паспорт або ID-картка?
registration-host-documents-hint = Український внутрішній або біометричний паспорт теж підходить. Зі старим рукописним внутрішнім паспортом може знадобитися довідка посольства.
registration-host-documents-yes = Так
registration-host-documents-no = Ні, документа, що посвідчує особу, немає
registration-home-documents = У вас є паспорт або ID-картка?
registration-home-documents-hint = Український внутрішній або біометричний паспорт теж підходить. Зі старим рукописним внутрішнім паспортом може знадобитися довідка посольства.
registration-home-documents-yes = Так
registration-home-documents-no = Ні, документа, що посвідчує особу, немає
registration-host-citizenship = У вас українське громадянство?
registration-host-citizenship-ukrainian = Так, я громадянин(-ка) України
registration-host-citizenship-other = Ні, у мене інше громадянство
registration-home-citizenship = У вас українське громадянство?
registration-home-citizenship-ukrainian = Так, я громадянин(-ка) України
registration-home-citizenship-other = Ні, у мене інше громадянство

registration-at-reception = Реєстрацію організовує пункт розміщення
registration-at-reception-intro = У муніципальному пункті розміщення муніципалітет реєструє вас прямо на місці.
registration-register-at-host = Зареєструйтеся в муніципалітеті за адресою приймаючої родини
registration-register-at-host-intro = Реєстрація потрібна, щоб отримати BSN.
registration-register-at-home = Зареєструйтеся в муніципалітеті за своєю адресою
registration-register-at-home-intro = Реєстрація потрібна, щоб отримати BSN.
registration-no-documents = Без документів: спершу підтвердьте свою особу
registration-no-documents-intro = Муніципалітет може зареєструвати вас лише тоді, коли знає, хто ви.
registration-other-nationality = Отримайте консультацію перед реєстрацією
registration-other-nationality-intro = Для людей без українського громадянства правила інші, і вони вже кілька разів змінювалися.
registration-moving = Зареєструйтеся в новому муніципалітеті
registration-moving-intro = Реєструються в тому муніципалітеті, де житимете.

registration-step-ask-reception-staff = Запитайте в працівників пункту розміщення, коли відбувається реєстрація.
registration-step-keep-documents = Тримайте під рукою паспорт або ID-картку та свідоцтва, якщо вони є.
registration-step-what-bsn-gives = Після реєстрації ви отримаєте особистий номер BSN (burgerservicenummer). Він потрібен для грошей на проживання (leefgeld), медичної допомоги, роботи, банківського рахунку та школи.
registration-step-make-appointment = Запишіться на прийом до муніципалітету. Сайт і телефон муніципалітету — нижче.
registration-step-bring-id = Візьміть із собою паспорт або ID-картку.
registration-step-bring-host-consent = Візьміть письмову згоду основного мешканця житла (того, хто його орендує або має у власності). Запитайте в муніципалітеті, який бланк потрібен.
registration-step-bring-address = Візьміть підтвердження адреси, наприклад договір оренди.
registration-step-bring-certificates = Якщо маєте, візьміть свідоцтва про народження, шлюб або розлучення.
registration-step-children-sworn-statement = Дітей, які приїхали з батьками, можна зареєструвати без документів. Для цього один із батьків складає в муніципалітеті заяву під присягою.
registration-step-embassy-certificate = Дорослі без документів можуть звернутися до Посольства України в Гаазі по довідку, що підтверджує особу та громадянство.
registration-step-then-register = З цією довідкою запишіться до муніципалітету на реєстрацію.
registration-step-get-legal-advice = Перш ніж записуватися на прийом, порадьтеся з VluchtelingenWerk щодо вашої ситуації.
registration-step-bring-residence-proof = Якщо маєте, візьміть підтвердження свого статусу проживання в Україні, виданого до 24 лютого 2022 року.
registration-step-register-in-new-municipality = Запишіться до нового муніципалітету, щоб зареєструватися за новою адресою.
registration-step-only-you-can-move = Повідомити про переїзд можете лише ви самі. Приймаюча родина не може зробити це за вас.
registration-step-tell-about-leefgeld = Якщо ви отримуєте гроші на життя (leefgeld), повідомте про переїзд обидва муніципалітети.
registration-step-ind-appointment = Протягом 4 тижнів після реєстрації запишіться на прийом (afspraak) до IND по документ про право на перебування (bewijs van verblijf) — зазвичай це наклейка в паспорті.
registration-step-ind-after-tp = Тимчасовий захист закінчився. За планом уряду IND видає перехідний документ (transitiedocument) без заяви. Якщо ви реєструєтеся зараз, перевірте на ind.nl або refugeehelp.nl, що діє для вас.

# What to bring to the desk: short items for the desk card.
registration-bring-passport = Паспорт або ID-картка
registration-bring-host-consent = Письмова згода основного мешканця житла
registration-bring-address-proof = Підтвердження адреси (наприклад, договір оренди)
registration-bring-certificates = Свідоцтва про народження, шлюб або розлучення (якщо є)
registration-bring-residence-proof = Підтвердження статусу проживання в Україні до 24 лютого 2022 року (якщо є)
