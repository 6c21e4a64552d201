## Juridische gebeurtenissen (content/events.toml): een voorstel dat de datum zou verschuiven.

pending-change-title = Voorgestelde wijziging
pending-change-check-at = Kijk wat nu geldt:
body-european-commission = Europese Commissie
event-tp-end-pending = Op { $proposed } is voorgesteld de tijdelijke bescherming te verlengen tot { $to } ({ $by }). Toen deze pagina voor het laatst werd gecontroleerd ({ $checked }), was daarover nog niet besloten. Zolang er geen besluit is, geldt de einddatum die is vastgesteld.
updated-for-today = Deze pagina is gemaakt op { $shown }. Sindsdien is er iets veranderd: de pagina toont nu wat vandaag geldt.
