## Legal events (content/events.toml): a pending proposal that would move an event's date.

pending-change-title = Proposed change
pending-change-check-at = Check what applies now:
body-european-commission = European Commission
event-tp-end-pending = On { $proposed }, an extension of temporary protection to { $to } was proposed ({ $by }). When this page was last checked ({ $checked }), no decision had been made. Until there is one, the end date that was decided still applies.
updated-for-today = This page was prepared on { $shown }. What applies has changed since then: the page now shows what applies today.
