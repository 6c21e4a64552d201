# Only the page generator renders these (the language chooser at `/`, the offline page):
# no wasm does, so they are shipped in no part of the texts (see `hulpwijzer_core::texts`).

continue-in-language = Продолжить на русском
offline-page-title = Нет подключения к интернету
offline-page-body = Эта страница ещё не сохранена на этом устройстве. Страницы, которые вы уже открывали, и языки, сохранённые для работы офлайн, открываются и без интернета.
