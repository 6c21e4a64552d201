## Житло

housing-title = Житло
housing-situation = Яке у вас питання щодо житла?
housing-situation-need-place = Мені потрібне місце, де жити
housing-situation-host-ending = Моє проживання в приймаючій родині закінчується
housing-situation-own-home = Я хочу орендувати власне житло
housing-situation-moving = Я переїжджаю до іншого муніципалітету
housing-situation-pets = У мене є домашня тварина
housing-registered = Ви зареєстровані в муніципалітеті (BRP)?
housing-registered-hint = Якщо у вас є номер BSN, ви вже зареєстровані.
housing-registered-yes = Так
housing-registered-no = Ні, ще ні

housing-need-place = Попросіть муніципалітет про місце в пункті розміщення
housing-need-place-intro = До { $tp-end } включно розміщення людей з України організовує муніципалітет (gemeente).
housing-host-ending = Зверніться до муніципалітету, перш ніж доведеться виїжджати
housing-host-ending-intro = До { $tp-end } включно ви маєте право на місце в муніципальному пункті розміщення. Місць часто бракує, тож вас можуть поселити в іншому муніципалітеті.
housing-own-home = Оренда власного житла: спершу перевірте ось що
housing-own-home-intro = Оренда часто дорога, а власники житла вимагають договір і підтвердження доходу.
housing-pets = Допомога з домашньою твариною

housing-step-contact-municipality = Зателефонуйте до муніципалітету або прийдіть туди й скажіть, що вам потрібне житло. Сайт і телефон — нижче.
housing-step-say-who-comes = Скажіть, хто житиме з вами: скільки дорослих і скільки дітей.
housing-step-ask-about-pets-and-needs = Розкажіть про домашню тварину, хворобу, інвалідність або про те, що вам важко ходити сходами.
housing-step-contact-municipality-early = Зверніться до муніципалітету, щойно дізнаєтеся, що проживання закінчується.
housing-step-you-keep-reception-right = До { $tp-end } включно ви зберігаєте право на місце в муніципальному пункті розміщення. Залишатися там, де вам погано, не обов'язково.
housing-step-register-if-moving = Якщо переїжджаєте до іншого муніципалітету, зареєструйтеся там. Приймаюча родина не може зробити це за вас.
housing-step-know-the-costs = Порахуйте всі щомісячні витрати: оренду, електрику й газ, воду, інтернет і муніципальні податки.
housing-step-ask-municipality-before-signing = Перш ніж підписувати договір, порадьтеся з муніципалітетом. Власне житло може вплинути на ваш leefgeld.
housing-step-read-the-contract = Не підписуйте договір, якого не розумієте. Попросіть соціальний хаб або VluchtelingenWerk прочитати його разом з вами.
housing-step-register-new-address = Після переїзду зареєструйте нову адресу в муніципалітеті.
housing-step-pets-tell-municipality = Коли просите про житло, скажіть муніципалітету про тварину.
housing-step-pets-look-for-help = Якщо потрібні корм, ветеринар або тимчасове місце для тварини, зверніться до організації, зазначеної нижче.

## Гроші

money-title = Гроші та leefgeld
money-topic = Яке у вас питання щодо грошей?
money-topic-leefgeld = Гроші на життя (leefgeld)
money-topic-start-work = Я починаю оплачувану роботу
money-topic-own-contribution = Плата за місце в пункті розміщення
money-topic-letters = Рахунок або лист, якого я не розумію
money-registered = Ви зареєстровані в муніципалітеті (BRP)?
money-registered-hint = Якщо у вас є номер BSN, ви вже зареєстровані.
money-registered-yes = Так
money-registered-no = Ні, ще ні
money-bank = У вас є нідерландський банківський рахунок?
money-bank-yes = Так
money-bank-no = Ні

money-apply-leefgeld = Попросіть муніципалітет про leefgeld
money-apply-leefgeld-intro = Leefgeld — це гроші на їжу, одяг та інші щоденні витрати. До { $tp-end } включно його виплачує муніципалітет, у якому ви зареєстровані.
money-bank-first = Спершу відкрийте банківський рахунок
money-bank-first-intro = До { $tp-end } включно муніципалітет перераховує leefgeld на нідерландський банківський рахунок.
money-work-and-leefgeld = Робота: що змінюється з грошима
money-work-and-leefgeld-intro = Коли у вас оплачувана робота, ви живете на зарплату. До { $tp-end } включно діє правило: коли ви починаєте оплачувану роботу, виплата leefgeld припиняється для всієї вашої родини.
money-own-contribution = Внесок за проживання (eigen bijdrage) у муніципальному пункті розміщення
money-own-contribution-intro = Дорослі з доходом, які живуть у муніципальному пункті розміщення, оплачують частину витрат. Суми нижче діють з { $own-contribution-start }.

money-step-ask-municipality-leefgeld = Запитайте в муніципалітеті, як подати заяву. Якщо живете в пункті розміщення, запитайте в працівників.
money-step-bring-bank-details = Візьміть паспорт або ID-картку, номер BSN і номер банківського рахунку (IBAN).
money-step-report-changes = Одразу повідомляйте муніципалітет про зміни: робота, переїзд, хтось приїхав до вашої сім'ї або виїхав.
money-step-open-account = Відкрийте рахунок у нідерландському банку.
money-step-account-documents = Візьміть паспорт або ID-картку і номер BSN.
money-step-then-apply = Після цього попросіть муніципалітет про leefgeld.
money-step-tell-municipality-work = Повідомте муніципалітет, щойно почнете працювати.
money-step-keep-payslips = Зберігайте розрахункові листи (loonstrook).
money-step-contribution-if-reception = Ви живете в муніципальному пункті розміщення? Тоді до { $tp-end } включно ви сплачуєте внесок за проживання (eigen bijdrage).
money-step-contribution-operating = На утримання пункту розміщення: { $own-contribution-operating } з кожного дорослого на місяць.
money-step-contribution-catering = Якщо в пункті розміщення годують: ще { $own-contribution-catering } з кожного дорослого на місяць.
money-step-contribution-maximum = Сім'я з двох дорослих у пункті розміщення з харчуванням платить не більше ніж { $own-contribution-max-two-adults } на місяць.
money-step-cannot-pay = Не можете заплатити? Якнайшвидше поговоріть з муніципалітетом. Він може змінити суму.

## Здоров'я

health-title = Здоров'я та медична допомога
health-need = Що вам потрібно?
health-need-hint = Якщо є загроза життю, виберіть першу відповідь.
health-need-emergency = Допомога негайно: є загроза життю
health-need-urgent-evening = Термінова допомога ввечері, вночі або у вихідні
health-need-doctor = Сімейний лікар (huisarts)
health-need-mind = Стрес, смуток або проблеми зі сном
health-need-costs = Хто платить за моє лікування
health-has-bsn = У вас є номер BSN?
health-has-bsn-hint = BSN видають під час реєстрації в муніципалітеті.
health-has-bsn-yes = Так
health-has-bsn-no = Ні, ще ні
health-mind-urgent = Ви думаєте про те, щоб покінчити з життям, або боїтеся за когось?
health-mind-urgent-yes = Так
health-mind-urgent-no = Ні

health-emergency = Негайно телефонуйте на { $emergency-number }
health-emergency-intro = Це номер екстреної допомоги: швидка, поліція і пожежна служба.
health-out-of-hours = Зателефонуйте до чергової служби сімейних лікарів (huisartsenpost)
health-out-of-hours-intro = Увечері, вночі та у вихідні ваш сімейний лікар не працює. З терміновими проблемами допомагає huisartsenpost.
health-find-gp = Зареєструйтеся в сімейного лікаря (huisarts)
health-find-gp-intro = Сімейний лікар — перше, куди звертаються майже з будь-якою проблемою зі здоров'ям. До { $tp-end } включно за прийом ви нічого не платите.
health-crisis = Поговоріть з кимось просто зараз
health-crisis-intro = Ви не самі. Лінії анонімні й працюють цілодобово. 113 безкоштовний; вартість дзвінка на De Luisterlijn уточніть у свого оператора. Ми не знайшли джерела, що там відповідають українською чи російською.
health-mental-support = Допомога при стресі, смутку або безсонні
health-mental-support-intro = Після всього пережитого це трапляється часто. Є допомога українською.
health-cover = До { $tp-end } включно ваше лікування оплачує RMO
health-cover-intro = До { $tp-end } включно на людей з України, які мають BSN, поширюється програма медичної допомоги RMO.

health-step-call-112 = Зателефонуйте на { $emergency-number } і скажіть, що вам потрібна швидка (ambulance).
health-step-say-address = Скажіть, де ви: вулиця, номер будинку і місто.
health-step-call-huisartsenpost = Спершу зателефонуйте до huisartsenpost. Без дзвінка йдіть туди лише в разі загрози життю.
health-step-save-number = Дізнайтеся в сімейного лікаря або в муніципалітеті номер найближчої huisartsenpost і збережіть його в телефоні.
health-step-112-if-danger = Якщо є загроза життю, телефонуйте на { $emergency-number }.
health-step-register-with-gp = Спершу зареєструйтеся в сімейного лікаря (huisarts) поблизу вашого дому: зателефонуйте до кабінету сімейного лікаря й запитайте, чи можна у них зареєструватися як пацієнт. Лише після цього можна записуватися на прийом.
health-step-ask-for-help-finding = Ніде немає місць? Попросіть допомоги в муніципалітеті, у працівників пункту розміщення або в соціальному хабі.
health-step-show-bsn = На кожному прийомі показуйте свій BSN. До { $tp-end } включно лікар або аптека виставляють рахунок через RMO.
health-step-gp-first = До психолога або лікаря в лікарні потрібне направлення від сімейного лікаря.
health-step-call-113 = Зателефонуйте на лінію 113 або напишіть у чат на їхньому сайті. Говорити можна про все.
health-step-call-113-free = Можна також зателефонувати за номером { $zelfmoordpreventie-free-number }. Це теж безплатно.
health-step-luisterlijn = Хочете просто з кимось поговорити? Телефонуйте в De Luisterlijn, вдень і вночі.
health-step-stress-is-normal = Стрес, поганий сон і тривога після війни трапляються часто. Просити про допомогу — нормально.
health-step-empatia = Empatia надає психологічну допомогу українською. Як це працює, читайте на їхньому сайті.
health-step-no-premium = До { $tp-end } включно ви не платите ні страхового внеску, ні франшизи (eigen risico).
health-step-ask-before-extra = Потрібні окуляри, слуховий апарат чи інша додаткова допомога? Спершу запитайте в сімейного лікаря, як це організувати.
money-own-contribution-after-tp = Внесок за проживання (eigen bijdrage) після { $tp-end }
money-own-contribution-after-tp-intro = Суми внеску були встановлені для тимчасового захисту, який діяв до { $tp-end } включно. Які суми діють тепер, ми не знаємо.
money-step-ask-what-you-pay = Запитайте в муніципалітеті, скільки ви платите тепер. Попросіть відповідь письмово.
