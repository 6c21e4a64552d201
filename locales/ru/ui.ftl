## Тексты самого приложения

fmt-date = { $day } { $month ->
    [1] января
    [2] февраля
    [3] марта
    [4] апреля
    [5] мая
    [6] июня
    [7] июля
    [8] августа
    [9] сентября
    [10] октября
    [11] ноября
   *[12] декабря
} { $year } года
back = Назад
progress = Вопрос { $current } из не более чем { $total }
current-answer = ваш ответ
what-to-do = Что делать
who-can-help = Кто может помочь
read-more = Подробнее
choose-a-topic = Выберите тему
asked-often = Часто спрашивают
also-useful = Также полезно
your-answers = Ваши ответы
change-answer = Изменить
sources = Источники
checked-on = проверено { $date }
valid-until = действует до { $date }
contact-call = Позвонить
contact-whatsapp = WhatsApp
start-again = Начать сначала
share-title = Сохранить или поделиться
share-whatsapp = Поделиться в WhatsApp
share-telegram = Поделиться в Telegram
share-viber = Поделиться в Viber
share-copy = Скопировать ссылку
share-print = Распечатать
share-copied = Ссылка скопирована.
municipality-yours = Ваш муниципалитет
error-title = Не удалось открыть эту страницу
error-unknown-language = В адресе указан неизвестный язык.
error-too-long = Адрес слишком длинный.
error-malformed = Адрес повреждён. Возможно, часть его потерялась.
error-unknown-topic = Такой темы нет (или уже нет). Возможно, ссылка устарела.
error-stale-answers = Ответы в этой ссылке не подходят к теме. Возможно, ссылка устарела или содержание изменилось.
footer-privacy = Без файлов cookie и без слежки. Ваши ответы остаются на этом устройстве. Использование сайта никак не влияет на ваш статус пребывания.
footer-status = Hulpwijzer — независимый проект с открытым кодом, а не правительственный сайт. У каждого факта указаны источник и как и когда его проверили.
municipality-choose-prompt = Выберите свой муниципалитет, чтобы увидеть его контакты.
municipality-search-label = Ваш почтовый индекс или муниципалитет
municipality-search-hint = Например, 9531 или Den Haag.
municipality-unknown-postcode = Почтового индекса { $postcode } у нас нет. Введите вместо него название своего муниципалитета.
municipality-no-results = Муниципалитета с таким названием нет. Проверьте написание или введите почтовый индекс.
municipality-unknown-code = Муниципалитет в этой ссылке нам неизвестен. Выберите его ещё раз.
municipality-change = Выбрать другой муниципалитет
municipality-general-phone = Общий номер
municipality-ukraine-desk = Отдел по делам украинцев
municipality-brp-appointment = Записаться на регистрацию
municipality-appointment = Записаться на приём в муниципалитет (для его услуг)
municipality-visiting-address = Адрес для посетителей
municipality-leefgeld = Деньги на жизнь (leefgeld)
municipality-meeting-place = Место для людей из Украины
municipality-for-hosts = Для принимающих семей
municipality-for-everyone = Общий адрес муниципалитета
municipality-regional-reception = Региональная линия по размещению (opvang)
municipality-for-hosts-money-trouble = Для принимающих семей, когда у гостя нет денег
municipality-walk-in = Приёмные часы муниципалитета без записи
hubs-title = Украинские места встреч (социальные хабы)
hubs-intro = Места, которые создали украинцы и волонтёры: здесь можно познакомиться с людьми и задать вопросы. Список взят из исследования декабря 2025 года.
hubs-none-in-province = В вашей провинции мы не знаем ни одного места встреч. Места в других провинциях — ниже.
hubs-other-provinces = Места встреч в других провинциях
municipality-unavailable = Не удалось загрузить список муниципалитетов. Проверьте подключение к интернету и откройте эту страницу ещё раз.
meta-description = Помощь людям из Украины в Нидерландах и тем, кто их принимает: где зарегистрироваться, кто платит, работа, здоровье и что изменится, когда закончится временная защита, — всё с источниками. На украинском, русском, английском и нидерландском.
municipality-index-title = Все муниципалитеты от A до Z
municipality-index-intro = Выберите свой муниципалитет, чтобы увидеть его сайт и известные нам контакты, каждый — с источником.
municipality-description = Муниципалитет { $name }: сайт и контакты для людей из Украины и тех, кто их принимает, каждый — с источником.
municipality-index-letters = Перейти к букве
municipality-index-link = Или найдите свой муниципалитет в списке от A до Z
topic-index-title = Все ответы от А до Я
offline-save = Сохранить этот язык для работы без интернета
offline-size = Будет загружено около { $size } МБ — все страницы на этом языке. Лучше через Wi-Fi.
offline-start = Загрузить
offline-progress = Сохранение… { $done } из { $total } { $total ->
    [one] файла
    [few] файлов
    [many] файлов
   *[other] файла
}
offline-done = Готово: все страницы на этом языке теперь открываются на этом устройстве без интернета.
offline-failed = Не удалось сохранить. Проверьте подключение к интернету и попробуйте ещё раз.
from-page-of = со страницы от { $date }
from-page-undated = из сохранённой копии страницы (дата неизвестна)
from-document-of = из документа от { $date }
from-document-undated = из печатного документа (дата неизвестна)
given-by-municipality-on = предоставлено самим муниципалитетом { $date }
verified-in-register-on = из государственного реестра организаций; муниципалитет последний раз подтвердил данные { $date }
given-by-municipality-stale = предоставлено самим муниципалитетом { $date }, больше года назад: уточните в муниципалитете, актуально ли это

# The portal's pages point to the form (its own texts are in form.ftl, loaded only with the form).
form-pending-elsewhere = Форма, заполненная на этом телефоне, ещё не отправлена.
form-pending-open = Откройте страницу формы, чтобы её отправить
form-sent-elsewhere = Предложения, отправленные с этого телефона:
form-sent-open = Посмотреть или отозвать

# The search field of the menus and of the A–Z page (decision 29).
search-label = Опишите свой вопрос несколькими словами
search-button = Искать

# Embedded pages (every page, when a municipality embeds the portal): open the same page on
# the full site. The embedding page's own texts are in embed.ftl, a part of their own.
embed-open-full-site = Открыть полный сайт
