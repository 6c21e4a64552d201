# Only the page generator renders these (the language chooser at `/`, the offline page, the
# search on the A–Z page): no wasm does, so they are shipped in no part of the texts (see `hulpwijzer_core::texts`).

continue-in-language = Продовжити українською
offline-page-title = Немає з'єднання з інтернетом
offline-page-body = Ця сторінка ще не збережена на цьому пристрої. Сторінки, які ви вже відкривали, і мови, збережені для роботи офлайн, відкриваються і без інтернету.

# The search on the A–Z page (the search module shows it; decision 29). Its field's label and
# button are in ui.ftl: the menus' search field has them too.
search-results = Відповіді, що підходять
search-none = Нічого не знайдено. Спробуйте інші слова або виберіть відповідь зі списку нижче.
search-failed = Пошук зараз не працює. Виберіть відповідь зі списку нижче.
# Words too common to tell answers apart, comma-separated, lowercase: search ignores them.
search-ignored-words = як, що, де, чи, я, мені, мене, мій, моя, моє, мої, мого, моїй, в, у, на, до, з, із, зі, за, для, про, і, й, та, а, але, не, можу, можна, треба, потрібно, це, є, свій, своє, свою, своїх, свої, мати, буде, бути
