## Організації, посилання та факти

contact-refugeehelp = RefugeeHelp (VluchtelingenWerk)
contact-refugeehelp-about = Відповіді на поширені запитання українською, російською, англійською та нідерландською.
contact-vluchtelingenwerk = VluchtelingenWerk Nederland
contact-vluchtelingenwerk-about = Нідерландська рада у справах біженців: консультації, онлайн-прийом і волонтерство.
contact-ukraine-embassy = Посольство України, консульський відділ
contact-ukraine-embassy-about = Zeestraat 78, 2518 AD Den Haag. Можна прийти без запису.
contact-ukraine-embassy-hours = У робочі дні з 9:00 до 13:00

link-refugeehelp = refugeehelp.nl: інформація вашою мовою
link-ind-temporary-protection = IND: тимчасовий захист для людей з України

fact-tp-end = Тимчасовий захист для людей з України діє до { $value } включно.
fact-brp-duty = Реєструються в тому муніципалітеті, де живуть, зокрема й у приймаючій родині.
fact-reception-registration = У муніципальному пункті розміщення реєстрацію організовує муніципалітет на місці.
fact-registration-needs = Для реєстрації потрібні документ, що посвідчує особу, і адреса в Нідерландах.
fact-host-consent = Щоб зареєструватися за адресою, де живуть інші люди, потрібна згода основного мешканця.
fact-bsn-unlocks = Реєстрація відкриває доступ до медичної допомоги, школи та грошей на проживання; з BSN можна відкрити банківський рахунок.
fact-children-sworn-statement = Дітей, які приїхали з родиною, реєструють на підставі заяви батьків під присягою.
fact-embassy-certificate = Якщо документа немає, Посольство України може видати довідку для реєстрації.
fact-third-country-registration = Людей без українського громадянства реєструють лише в окремих випадках.
fact-register-after-moving = Якщо ви переїжджаєте до іншого муніципалітету, спершу зареєструйтеся там.
fact-tp-ended = Тимчасовий захист ЄС для людей з України діяв до { $value } включно.
