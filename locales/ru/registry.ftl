## Организации, ссылки и факты

contact-refugeehelp = RefugeeHelp (VluchtelingenWerk)
contact-refugeehelp-about = Ответы на частые вопросы на украинском, русском, английском и нидерландском.
contact-vluchtelingenwerk = VluchtelingenWerk Nederland
contact-vluchtelingenwerk-about = Нидерландский совет по делам беженцев: консультации, онлайн-приём и волонтёрство.
contact-ukraine-embassy = Посольство Украины, консульский отдел
contact-ukraine-embassy-about = Zeestraat 78, 2518 AD Den Haag. Можно прийти без записи.
contact-ukraine-embassy-hours = По рабочим дням с 9:00 до 13:00

link-refugeehelp = refugeehelp.nl: информация на вашем языке
link-ind-temporary-protection = IND: временная защита для людей из Украины

fact-tp-end = Временная защита для людей из Украины действует до { $value } включительно.
fact-brp-duty = Регистрируются в том муниципалитете, где живут, в том числе в принимающей семье.
fact-reception-registration = В муниципальном пункте размещения регистрацию организует муниципалитет на месте.
fact-registration-needs = Для регистрации нужны документ, удостоверяющий личность, и адрес в Нидерландах.
fact-host-consent = Чтобы зарегистрироваться по адресу, где живут другие люди, нужно согласие основного жильца.
fact-bsn-unlocks = Регистрация даёт доступ к медицинской помощи, школе и деньгам на проживание; с BSN можно открыть банковский счёт.
fact-children-sworn-statement = Детей, приехавших с семьёй, регистрируют на основании заявления родителей под присягой.
fact-embassy-certificate = Если документа нет, Посольство Украины может выдать справку для регистрации.
fact-third-country-registration = Людей без украинского гражданства регистрируют только в отдельных случаях.
fact-register-after-moving = Если вы переезжаете в другой муниципалитет, сначала зарегистрируйтесь там.
fact-tp-ended = Временная защита ЕС для людей из Украины действовала до { $value } включительно.
