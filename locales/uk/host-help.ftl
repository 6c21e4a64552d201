## Великі приміщення та інші способи допомогти (content/trees/large-location.toml, volunteer.toml)

large-location-title = Запропонувати велике приміщення
large-location-meant-for-living = Чи призначене це місце для того, щоб у ньому жили або зупинялися люди?
large-location-meant-for-living-hint = Готель, база відпочинку чи B&B — так. Офіс, сарай чи склад — ні.
large-location-meant-for-living-yes = Так, наприклад готель або база відпочинку
large-location-meant-for-living-no = Ні, наприклад офіс або виробниче приміщення

large-location-offer-to-municipality = Запропонуйте це місце муніципалітету
large-location-offer-to-municipality-intro = Компанії, бази відпочинку й готелі повідомляють про великі приміщення муніципалітет. Він вирішує, чи може ними скористатися.
large-location-check-permit = Спершу порадьтеся з муніципалітетом
large-location-check-permit-intro = Щоб у будівлі, не призначеній для житла, могли жити люди, може знадобитися дозвіл.

large-location-step-contact-municipality = Зверніться до свого муніципалітету (gemeente). Контакти — нижче.
large-location-step-describe-place = Напишіть, де розташоване місце, скільки людей воно вміщує, з якого часу й на який строк, і скільки це коштує.
large-location-step-municipality-decides = Муніципалітет вирішує, чи і як він скористається вашим місцем. Можливо, нові місця йому зараз не потрібні.
large-location-step-permit-may-be-needed = Щоб поселити людей у такій будівлі, може знадобитися дозвіл (omgevingsvergunning). Муніципалітет особливо уважно перевіряє пожежну безпеку.

volunteer-title = Волонтерство, речі, робота чи гроші
volunteer-how = Як ви хочете допомогти?
volunteer-how-hint = Оберіть те, що вам найбільше підходить. Інші варіанти можна переглянути, повернувшись назад.
volunteer-how-time = Своїм часом, як волонтер
volunteer-how-goods = Речами, наприклад одягом чи меблями
volunteer-how-job = Роботою
volunteer-how-money = Грошима

volunteer-give-time = Волонтерство поруч із вами
volunteer-give-time-intro = VluchtelingenWerk, українські соціальні хаби та ваш муніципалітет знають, де потрібна допомога.
volunteer-goods = Передати речі
volunteer-goods-intro = Потреби постійно змінюються. Запитайте, що потрібно, перш ніж щось збирати чи привозити.
volunteer-job = Запропонувати роботу
volunteer-job-intro = Багато людей з України шукають роботу за своїм фахом. Робота дуже їм допомагає.
volunteer-money = Дати гроші
volunteer-money-intro = Giro555 збирає гроші лише під час загальнонаціональних акцій. Акція для України вже завершилася.

volunteer-step-vluchtelingenwerk-volunteer = VluchtelingenWerk пояснює на своєму сайті, як стати волонтером і допомагати біженцям.
volunteer-step-hubs-need-help = Українські соціальні хаби тримаються на волонтерах. Запитайте в найближчому хабі, чого там бракує. Хаби — нижче.
volunteer-step-ask-municipality-local = Ваш муніципалітет знає місцеві ініціативи та пункти розміщення, яким потрібна допомога.
volunteer-step-ask-before-collecting = Не привозьте речей без попередження. Спершу запитайте, що потрібно, а також коли й куди це привезти.
volunteer-step-vluchtelingenwerk-jobs = Зверніться до VluchtelingenWerk, щоб запропонувати роботу біженцям.
volunteer-step-hubs-share-jobs = Запитайте в найближчому українському соціальному хабі, чи може він поширити вашу вакансію. Хаби — нижче.
volunteer-step-ask-municipality-work = Запитайте в муніципалітеті, чи є в нього служба з працевлаштування людей з України.
volunteer-step-giro555-campaign-closed = Підтримати Україну й досі можна напряму через гуманітарні організації, що брали участь в акції Giro555, як-от Нідерландський Червоний Хрест і ЮНІСЕФ.
volunteer-step-giro555-next-campaign = Гроші, які ви зараз перерахуєте Giro555, підуть на наступну загальнонаціональну акцію, а не обов'язково на Україну.
volunteer-step-hubs-donations = Українські соціальні хаби часто існують на пожертви. Запитайте в найближчому хабі, чого там бракує.
