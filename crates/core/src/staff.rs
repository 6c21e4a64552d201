//! What the staff page does with a municipality's export, as pure logic: read the
//! export, turn an opened (decrypted) offer into the typed form, sort newest first,
//! filter, and write the CSV download. The browser part only fetches and decrypts.

mod filter;

pub use filter::{OfferFilter, PetsFilter};

use crate::form::{Field, HostInterest};
use serde::Deserialize;

/// One item of `GET /v1/municipalities/{cbs}/host-interest`: still sealed.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct SealedItem {
    /// The offer's reference (`KTR-527`).
    pub reference: String,
    /// When the endpoint received it (RFC 3339, UTC).
    pub received_at: String,
    /// The age file, base64.
    pub sealed: String,
}

#[derive(Deserialize)]
struct Export {
    items: Vec<SealedItem>,
}

/// The items of an export body; `None` when it is not one.
pub fn parse_export(body: &str) -> Option<Vec<SealedItem>> {
    serde_json::from_str::<Export>(body).ok().map(|e| e.items)
}

/// An opened offer: the export's reference and time, and the form as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Offer {
    /// The offer's reference (`KTR-527`).
    pub reference: String,
    /// When the endpoint received it (RFC 3339, UTC).
    pub received_at: String,
    /// The host's form (without the fields the endpoint does not store).
    pub form: HostInterest,
}

/// Reads the plaintext of an opened offer (the stored form as JSON); `None` when it is
/// not one (a sealed file that is no offer of this schema).
pub fn parse_offer(item: &SealedItem, plaintext: &str) -> Option<Offer> {
    let form: HostInterest = serde_json::from_str(plaintext).ok()?;
    Some(Offer {
        reference: item.reference.clone(),
        received_at: item.received_at.clone(),
        form,
    })
}

/// Sorts newest first (then by reference, so the order is stable).
pub fn newest_first(offers: &mut [Offer]) {
    offers.sort_by(|a, b| {
        b.received_at
            .cmp(&a.received_at)
            .then_with(|| b.reference.cmp(&a.reference))
    });
}

/// The fields an offer shows and the CSV carries, in form order: every stored field.
pub fn shown_fields() -> impl Iterator<Item = Field> {
    Field::ALL.into_iter().filter(|f| f.is_stored())
}

fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_owned()
}

impl Offer {
    /// A field's value as plain text (codes for choices, `yes`/`no`, `YYYY-MM-DD`,
    /// empty when not given). The page shows labels instead of codes.
    pub fn value(&self, field: Field) -> String {
        let f = &self.form;
        let opt = |v: &Option<String>| v.clone().unwrap_or_default();
        let num = |v: Option<u32>| v.map(|n| n.to_string()).unwrap_or_default();
        match field {
            Field::SchemaVersion => f.schema_version.to_string(),
            Field::Name => f.name.clone(),
            Field::Email => opt(&f.email),
            Field::Phone => opt(&f.phone),
            Field::Municipality => f.municipality.clone(),
            Field::Place => f.place.clone(),
            Field::Capacity => num(f.capacity),
            Field::Rooms => num(f.rooms),
            Field::SeparateRoomWithDoor => yes_no(f.separate_room_with_door),
            Field::PetsAccepted => yes_no(f.pets_accepted),
            Field::StairsOrBunkBedsOnly => yes_no(f.stairs_or_bunk_beds_only),
            Field::RemoteLocationOwnTransportNeeded => {
                yes_no(f.remote_location_own_transport_needed)
            }
            Field::AvailableFrom => f.available_from.map(|d| d.to_string()).unwrap_or_default(),
            Field::Duration => f.duration.map(|d| d.code().to_owned()).unwrap_or_default(),
            Field::Languages => f
                .languages
                .iter()
                .map(|l| l.code())
                .collect::<Vec<_>>()
                .join(" "),
            Field::Note => opt(&f.note),
            Field::ConsentContactNow => yes_no(f.consent_contact_now),
            Field::ConsentKeepForFuture => yes_no(f.consent_keep_for_future),
            Field::Website | Field::FillMs | Field::IdempotencyKey | Field::Form => String::new(),
        }
    }
}

/// The CSV download of `offers` (Excel-safe by [`crate::csv`]'s rules): `reference`,
/// `received_at`, then every [`shown_fields`] by its JSON name.
pub fn offers_csv(offers: &[Offer]) -> String {
    let header: Vec<String> = ["reference", "received_at"]
        .into_iter()
        .map(str::to_owned)
        .chain(shown_fields().map(|f| f.name().to_owned()))
        .collect();
    let rows = offers.iter().map(|o| {
        [o.reference.clone(), o.received_at.clone()]
            .into_iter()
            .chain(shown_fields().map(|f| o.value(f)))
            .collect::<Vec<_>>()
    });
    crate::csv::document(header, rows)
}

/// How the CSV for Excel names and writes its columns: in the reader's language, as the
/// staff page shows them.
pub trait Labels {
    /// The heading of the reference column.
    fn reference(&self) -> String;
    /// The heading of the column with the time received (UTC).
    fn received(&self) -> String;
    /// The heading of a field's column: the host form's label.
    fn label(&self, field: Field) -> String;
    /// A field's value as the reader reads it (empty when not given).
    fn value(&self, offer: &Offer, field: Field) -> String;
}

/// `2026-11-29T18:40:12Z` as `2026-11-29 18:40`, which Excel reads as a date and time.
fn spreadsheet_time(at: &str) -> String {
    match (at.get(..10), at.get(11..16)) {
        (Some(day), Some(time)) => format!("{day} {time}"),
        _ => at.to_owned(),
    }
}

/// The CSV download for Dutch Excel: `;` between cells, the byte-order mark, the
/// headings and values of `labels`, Excel-safe by [`crate::csv`]'s rules; the same
/// columns as [`offers_csv`].
pub fn offers_csv_for_excel(offers: &[Offer], labels: &impl Labels) -> String {
    let header: Vec<String> = [labels.reference(), labels.received()]
        .into_iter()
        .chain(shown_fields().map(|f| labels.label(f)))
        .collect();
    let rows = offers.iter().map(|o| {
        [o.reference.clone(), spreadsheet_time(&o.received_at)]
            .into_iter()
            .chain(shown_fields().map(|f| labels.value(o, f)))
            .collect::<Vec<_>>()
    });
    crate::csv::document_in(crate::csv::Dialect::ExcelNl, header, rows)
}

#[cfg(test)]
mod tests;
