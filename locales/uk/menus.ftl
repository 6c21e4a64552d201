## Головна сторінка та меню тем

start-title = Допомога для людей з України в Нідерландах
start-who = Хто ви?
start-who-hint = Виберіть те, що вам найбільше підходить. Повернутися назад можна будь-коли.
start-who-refugee = Я виїхав(-ла) з України
start-who-host = Я хочу прийняти людей або допомогти

refugee-title = Допомога для людей, які виїхали з України
refugee-topic = З чим вам потрібна допомога?
refugee-topic-start-here = Я не знаю, з чого почати
refugee-topic-safety = Я почуваюся в небезпеці (насильство, погрози, експлуатація)
refugee-topic-registration = Реєстрація в муніципалітеті (BRP) і номер BSN
refugee-topic-housing = Житло
refugee-topic-money = Гроші на життя (leefgeld)
refugee-topic-health = Здоров'я і сімейний лікар (huisarts)
refugee-topic-work = Робота
refugee-topic-school = Школа та догляд за дітьми
refugee-topic-dutch = Вивчення нідерландської
refugee-topic-paperwork = Документи, банк і DigiD
refugee-topic-status = Статус проживання і тимчасовий захист
refugee-topic-return = Думаю про повернення
refugee-topic-community = Зустрічі з іншими українцями
refugee-topic-other = Інше питання
refugee-general-help = Де поставити своє запитання
refugee-general-help-intro = RefugeeHelp пише українською, російською, англійською та нідерландською. VluchtelingenWerk радить щодо вашої ситуації.
refugee-step-read-refugeehelp = Знайдіть свою тему на refugeehelp.nl. Сайт є українською, російською, англійською та нідерландською.
refugee-step-ask-municipality = Зверніться до свого муніципалітету (gemeente). Він займається вашою реєстрацією, грошима на проживання та житлом.

host-title = Прийом людей і допомога
host-topic = Що ви хочете зробити?
host-topic-want-to-host = Я хочу прийняти людину з України в себе вдома
host-topic-hosting-now = У мене вже живе людина з України
host-topic-large-location = У мене є велике приміщення: компанія, база відпочинку чи готель
host-topic-volunteer = Я хочу стати волонтером, передати речі, запропонувати роботу або дати гроші
