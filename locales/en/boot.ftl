## Embedded in the app: shown before the texts load, or when they cannot load.

app-name = Hulpwijzer
loading = Loading…
texts-failed = The texts could not be loaded
texts-failed-hint = Check your internet connection and try again.
retry = Try again
skip-to-content = Skip to content
choose-language = Language
