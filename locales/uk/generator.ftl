# Only the page generator renders these (the language chooser at `/`, the offline page):
# no wasm does, so they are shipped in no part of the texts (see `hulpwijzer_core::texts`).

continue-in-language = Продовжити українською
offline-page-title = Немає з'єднання з інтернетом
offline-page-body = Ця сторінка ще не збережена на цьому пристрої. Сторінки, які ви вже відкривали, і мови, збережені для роботи офлайн, відкриваються і без інтернету.
