## Ingebouwd in de app: te zien voordat de teksten geladen zijn, of als dat niet lukt.

app-name = Hulpwijzer
loading = Laden…
texts-failed = De teksten konden niet worden geladen
texts-failed-hint = Controleer uw internetverbinding en probeer het opnieuw.
retry = Opnieuw proberen
skip-to-content = Naar de inhoud
choose-language = Taal
