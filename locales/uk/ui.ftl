## Тексти самого застосунку

fmt-date = { $day } { $month ->
    [1] січня
    [2] лютого
    [3] березня
    [4] квітня
    [5] травня
    [6] червня
    [7] липня
    [8] серпня
    [9] вересня
    [10] жовтня
    [11] листопада
   *[12] грудня
} { $year } року
back = Назад
progress = Питання { $current } із щонайбільше { $total }
current-answer = ваша відповідь
what-to-do = Що робити
who-can-help = Хто може допомогти
read-more = Докладніше
choose-a-topic = Виберіть тему
asked-often = Часто запитують
also-useful = Також корисно
your-answers = Ваші відповіді
change-answer = Змінити
sources = Джерела
checked-on = перевірено { $date }
valid-until = діє до { $date }
contact-call = Зателефонувати
contact-whatsapp = WhatsApp
start-again = Почати спочатку
share-title = Зберегти або поділитися
share-whatsapp = Поділитися у WhatsApp
share-telegram = Поділитися в Telegram
share-viber = Поділитися у Viber
share-copy = Скопіювати посилання
share-print = Надрукувати
share-copied = Посилання скопійовано.
municipality-yours = Ваш муніципалітет
error-title = Не вдалося відкрити цю сторінку
error-unknown-language = В адресі вказано невідому мову.
error-too-long = Адреса задовга.
error-malformed = Адреса пошкоджена. Можливо, частина її загубилася.
error-unknown-topic = Такої теми немає (або вже немає). Можливо, посилання застаріло.
error-stale-answers = Відповіді в цьому посиланні не підходять до теми. Можливо, посилання застаріло або зміст змінився.
footer-privacy = Без файлів cookie і без стеження. Ваші відповіді залишаються на цьому пристрої. Користування сайтом ніяк не впливає на ваш статус перебування.
footer-status = Hulpwijzer — незалежний проєкт із відкритим кодом, а не урядовий сайт. Біля кожного факту вказано джерело і як та коли його перевірили.
municipality-choose-prompt = Виберіть свій муніципалітет, щоб побачити його контакти.
municipality-search-label = Ваш поштовий індекс або муніципалітет
municipality-search-hint = Наприклад, 9531 або Den Haag.
municipality-unknown-postcode = Поштового індексу { $postcode } у нас немає. Введіть натомість назву свого муніципалітету.
municipality-no-results = Муніципалітету з такою назвою немає. Перевірте написання або введіть поштовий індекс.
municipality-unknown-code = Муніципалітет у цьому посиланні нам невідомий. Виберіть його ще раз.
municipality-change = Вибрати інший муніципалітет
municipality-general-phone = Загальний номер
municipality-ukraine-desk = Відділ у справах українців
municipality-brp-appointment = Записатися на реєстрацію
municipality-appointment = Записатися на прийом до муніципалітету (для його послуг)
municipality-visiting-address = Адреса для відвідувачів
municipality-leefgeld = Гроші на життя (leefgeld)
municipality-meeting-place = Місце для людей з України
municipality-for-hosts = Для приймаючих родин
municipality-for-everyone = Загальна адреса муніципалітету
municipality-regional-reception = Регіональна лінія щодо розміщення (opvang)
municipality-for-hosts-money-trouble = Для приймаючих родин, коли в гостя немає грошей
municipality-walk-in = Прийомні години муніципалітету без запису
hubs-title = Українські місця зустрічей (соціальні хаби)
hubs-intro = Місця, які створили українці та волонтери: тут можна познайомитися з людьми й поставити запитання. Список узято з дослідження грудня 2025 року.
hubs-none-in-province = У вашій провінції ми не знаємо жодного місця зустрічей. Місця в інших провінціях — нижче.
hubs-other-provinces = Місця зустрічей в інших провінціях
municipality-unavailable = Не вдалося завантажити список муніципалітетів. Перевірте з’єднання з інтернетом і відкрийте цю сторінку ще раз.
meta-description = Допомога людям з України в Нідерландах і тим, хто їх приймає: де зареєструватися, хто платить, робота, здоров'я і що зміниться, коли закінчиться тимчасовий захист, — усе з джерелами. Українською, російською, англійською та нідерландською.
municipality-index-title = Усі муніципалітети від A до Z
municipality-index-intro = Виберіть свій муніципалітет, щоб побачити його вебсайт і відомі нам контакти, кожен — із джерелом.
municipality-description = Муніципалітет { $name }: вебсайт і контакти для людей з України та тих, хто їх приймає, кожен — із джерелом.
municipality-index-letters = Перейти до літери
municipality-index-link = Або знайдіть свій муніципалітет у списку від A до Z
topic-index-title = Усі відповіді від А до Я
offline-save = Зберегти цю мову для роботи без інтернету
offline-size = Буде завантажено близько { $size } МБ — усі сторінки цією мовою. Краще через Wi-Fi.
offline-start = Завантажити
offline-progress = Збереження… { $done } з { $total } { $total ->
    [one] файлу
    [few] файлів
    [many] файлів
   *[other] файлу
}
offline-done = Готово: усі сторінки цією мовою тепер відкриваються на цьому пристрої без інтернету.
offline-failed = Не вдалося зберегти. Перевірте з'єднання з інтернетом і спробуйте ще раз.
from-page-of = зі сторінки від { $date }
from-page-undated = зі збереженої копії сторінки (дата невідома)
from-document-of = з документа від { $date }
from-document-undated = з друкованого документа (дата невідома)
given-by-municipality-on = дані надав сам муніципалітет { $date }
verified-in-register-on = з державного реєстру організацій; муніципалітет востаннє підтвердив дані { $date }
given-by-municipality-stale = дані надав сам муніципалітет { $date }, понад рік тому: запитайте в муніципалітеті, чи вони ще актуальні

# The portal's pages point to the form (its own texts are in form.ftl, loaded only with the form).
form-pending-elsewhere = Форму, заповнену на цьому телефоні, ще не надіслано.
form-pending-open = Відкрийте сторінку форми, щоб її надіслати
form-sent-elsewhere = Пропозиції, надіслані з цього телефона:
form-sent-open = Переглянути або відкликати

# The search field of the menus and of the A–Z page (decision 29).
search-label = Опишіть своє питання кількома словами
search-button = Шукати

# Embedded pages (every page, when a municipality embeds the portal): open the same page on
# the full site. The embedding page's own texts are in embed.ftl, a part of their own.
embed-open-full-site = Відкрити повний сайт
