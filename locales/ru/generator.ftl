# Only the page generator renders these (the language chooser at `/`, the offline page, the
# search on the A–Z page): no wasm does, so they are shipped in no part of the texts (see `hulpwijzer_core::texts`).

continue-in-language = Продолжить на русском
offline-page-title = Нет подключения к интернету
offline-page-body = Эта страница ещё не сохранена на этом устройстве. Страницы, которые вы уже открывали, и языки, сохранённые для работы офлайн, открываются и без интернета.

# The search on the A–Z page (the search module shows it; decision 29). Its field's label and
# button are in ui.ftl: the menus' search field has them too.
search-results = Подходящие ответы
search-none = Ничего не найдено. Попробуйте другие слова или выберите ответ из списка ниже.
search-failed = Поиск сейчас не работает. Выберите ответ из списка ниже.
# Words too common to tell answers apart, comma-separated, lowercase: search ignores them.
search-ignored-words = как, что, где, ли, я, мне, меня, мой, моя, моё, мои, моего, в, во, на, до, с, со, из, за, для, о, об, про, и, а, но, не, можно, нужно, надо, это, есть, свой, своё, свою, свои, своих, быть, будет
