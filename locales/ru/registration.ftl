## Регистрация в муниципалитете

registration-title = Регистрация в муниципалитете (BRP)
registration-where-staying = Где вы сейчас живёте?
registration-where-staying-hint = Каждый, кто уехал из Украины, должен зарегистрироваться в муниципалитете (gemeente), где живёт.
registration-where-staying-reception = В муниципальном пункте размещения
registration-where-staying-host = В принимающей семье или у знакомых
registration-where-staying-own-home = В своём съёмном жилье
registration-where-staying-moving = Я переезжаю в другой муниципалитет
registration-host-documents = У вас есть паспорт или ID-карта?
registration-host-documents-hint = Украинский внутренний или биометрический паспорт тоже подходит. Со старым рукописным внутренним паспортом может понадобиться справка посольства.
registration-host-documents-yes = Да
registration-host-documents-no = Нет, документа, удостоверяющего личность, нет
registration-home-documents = У вас есть паспорт или ID-карта?
registration-home-documents-hint = Украинский внутренний или биометрический паспорт тоже подходит. Со старым рукописным внутренним паспортом может понадобиться справка посольства.
registration-home-documents-yes = Да
registration-home-documents-no = Нет, документа, удостоверяющего личность, нет
registration-host-citizenship = У вас украинское гражданство?
registration-host-citizenship-ukrainian = Да, я гражданин (гражданка) Украины
registration-host-citizenship-other = Нет, у меня другое гражданство
registration-home-citizenship = У вас украинское гражданство?
registration-home-citizenship-ukrainian = Да, я гражданин (гражданка) Украины
registration-home-citizenship-other = Нет, у меня другое гражданство

registration-at-reception = Регистрацию организует пункт размещения
registration-at-reception-intro = В муниципальном пункте размещения муниципалитет регистрирует вас прямо на месте.
registration-register-at-host = Зарегистрируйтесь в муниципалитете по адресу принимающей семьи
registration-register-at-host-intro = Регистрация нужна, чтобы получить BSN.
registration-register-at-home = Зарегистрируйтесь в муниципалитете по своему адресу
registration-register-at-home-intro = Регистрация нужна, чтобы получить BSN.
registration-no-documents = Без документов: сначала подтвердите свою личность
registration-no-documents-intro = Муниципалитет может зарегистрировать вас, только когда знает, кто вы.
registration-other-nationality = Получите консультацию перед регистрацией
registration-other-nationality-intro = Для людей без украинского гражданства правила другие, и они уже несколько раз менялись.
registration-moving = Зарегистрируйтесь в новом муниципалитете
registration-moving-intro = Регистрируются в том муниципалитете, где будут жить.

registration-step-ask-reception-staff = Спросите у сотрудников пункта размещения, когда проходит регистрация.
registration-step-keep-documents = Держите под рукой паспорт или ID-карту и свидетельства, если они есть.
registration-step-what-bsn-gives = После регистрации вы получите личный номер BSN (burgerservicenummer). Он нужен для денег на проживание (leefgeld), медицинской помощи, работы, банковского счёта и школы.
registration-step-make-appointment = Запишитесь на приём в муниципалитет. Сайт и телефон муниципалитета — ниже.
registration-step-bring-id = Возьмите с собой паспорт или ID-карту.
registration-step-bring-host-consent = Возьмите письменное согласие основного жильца (того, кто снимает жильё или владеет им). Спросите в муниципалитете, какой нужен бланк.
registration-step-bring-address = Возьмите подтверждение адреса, например договор аренды.
registration-step-bring-certificates = Если есть, возьмите свидетельства о рождении, браке или разводе.
registration-step-children-sworn-statement = Детей, приехавших с родителями, можно зарегистрировать без документов. Для этого один из родителей делает в муниципалитете заявление под присягой.
registration-step-embassy-certificate = Взрослые без документов могут обратиться в Посольство Украины в Гааге за справкой, подтверждающей личность и гражданство.
registration-step-then-register = С этой справкой запишитесь в муниципалитет на регистрацию.
registration-step-get-legal-advice = Прежде чем записываться на приём, посоветуйтесь с VluchtelingenWerk о вашей ситуации.
registration-step-bring-residence-proof = Если есть, возьмите подтверждение своего статуса проживания в Украине, выданного до 24 февраля 2022 года.
registration-step-register-in-new-municipality = Запишитесь в новый муниципалитет, чтобы зарегистрироваться по новому адресу.
registration-step-only-you-can-move = Сообщить о переезде можете только вы сами. Принимающая семья не может сделать это за вас.
registration-step-tell-about-leefgeld = Если вы получаете деньги на жизнь (leefgeld), сообщите о переезде в оба муниципалитета.
registration-step-ind-appointment = В течение 4 недель после регистрации запишитесь на приём (afspraak) в IND за документом о праве на пребывание (bewijs van verblijf) — обычно это наклейка в паспорте.
registration-step-ind-after-tp = Временная защита закончилась. По плану правительства IND выдаёт переходный документ (transitiedocument) без заявления. Если вы регистрируетесь сейчас, проверьте на ind.nl или refugeehelp.nl, что действует для вас.

# What to bring to the desk: short items for the desk card.
registration-bring-passport = Паспорт или ID-карта
registration-bring-host-consent = Письменное согласие основного жильца
registration-bring-address-proof = Подтверждение адреса (например, договор аренды)
registration-bring-certificates = Свидетельства о рождении, браке или разводе (если есть)
registration-bring-residence-proof = Подтверждение статуса проживания в Украине до 24 февраля 2022 года (если есть)
