## Большие помещения и другие способы помочь (content/trees/large-location.toml, volunteer.toml)

large-location-title = Предложить большое помещение
large-location-meant-for-living = Предназначено ли это место для того, чтобы в нём жили или останавливались люди?
large-location-meant-for-living-hint = Гостиница, база отдыха или B&B — да. Офис, сарай или склад — нет.
large-location-meant-for-living-yes = Да, например гостиница или база отдыха
large-location-meant-for-living-no = Нет, например офис или производственное здание

large-location-offer-to-municipality = Предложите это место муниципалитету
large-location-offer-to-municipality-intro = Компании, базы отдыха и гостиницы сообщают о больших помещениях в муниципалитет. Он решает, может ли ими воспользоваться.
large-location-check-permit = Сначала посоветуйтесь с муниципалитетом
large-location-check-permit-intro = Чтобы в здании, не предназначенном для жилья, могли жить люди, может понадобиться разрешение.

large-location-step-contact-municipality = Обратитесь в свой муниципалитет (gemeente). Контакты — ниже.
large-location-step-describe-place = Напишите, где находится место, сколько людей оно вмещает, с какого времени и на какой срок, и сколько это стоит.
large-location-step-municipality-decides = Муниципалитет решает, воспользуется ли он вашим местом и как. Возможно, новые места ему сейчас не нужны.
large-location-step-permit-may-be-needed = Чтобы поселить людей в таком здании, может понадобиться разрешение (omgevingsvergunning). Муниципалитет особенно внимательно проверяет пожарную безопасность.

volunteer-title = Волонтёрство, вещи, работа или деньги
volunteer-how = Как вы хотите помочь?
volunteer-how-hint = Выберите то, что вам больше всего подходит. Другие варианты можно посмотреть, вернувшись назад.
volunteer-how-time = Своим временем, как волонтёр
volunteer-how-goods = Вещами, например одеждой или мебелью
volunteer-how-job = Работой
volunteer-how-money = Деньгами

volunteer-give-time = Волонтёрство рядом с вами
volunteer-give-time-intro = VluchtelingenWerk, украинские социальные хабы и ваш муниципалитет знают, где нужна помощь.
volunteer-goods = Передать вещи
volunteer-goods-intro = Потребности постоянно меняются. Спросите, что нужно, прежде чем что-то собирать или привозить.
volunteer-job = Предложить работу
volunteer-job-intro = Многие люди из Украины ищут работу по своей специальности. Работа им очень помогает.
volunteer-money = Дать деньги
volunteer-money-intro = Giro555 собирает деньги только во время общенациональных акций. Акция для Украины уже завершилась.

volunteer-step-vluchtelingenwerk-volunteer = VluchtelingenWerk объясняет на своём сайте, как стать волонтёром и помогать беженцам.
volunteer-step-hubs-need-help = Украинские социальные хабы держатся на волонтёрах. Спросите в ближайшем хабе, чего там не хватает. Хабы — ниже.
volunteer-step-ask-municipality-local = Ваш муниципалитет знает местные инициативы и пункты размещения, которым нужна помощь.
volunteer-step-ask-before-collecting = Не привозите вещи без предупреждения. Сначала спросите, что нужно, а также когда и куда это привезти.
volunteer-step-vluchtelingenwerk-jobs = Обратитесь в VluchtelingenWerk, чтобы предложить работу беженцам.
volunteer-step-hubs-share-jobs = Спросите в ближайшем украинском социальном хабе, может ли он распространить вашу вакансию. Хабы — ниже.
volunteer-step-ask-municipality-work = Спросите в муниципалитете, есть ли у него служба трудоустройства для людей из Украины.
volunteer-step-giro555-campaign-closed = Поддержать Украину по-прежнему можно напрямую через гуманитарные организации, участвовавшие в акции Giro555, например Нидерландский Красный Крест и ЮНИСЕФ.
volunteer-step-giro555-next-campaign = Деньги, которые вы сейчас переведёте Giro555, пойдут на следующую общенациональную акцию, а не обязательно на Украину.
volunteer-step-hubs-donations = Украинские социальные хабы часто существуют на пожертвования. Спросите в ближайшем хабе, чего там не хватает.
