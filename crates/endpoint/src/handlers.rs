//! One handler per file.

/// `GET /v1/municipalities/{cbs_code}/card-proposals`: a municipality's proposals.
pub mod card_proposals;
/// `POST /v1/municipalities/{cbs_code}/card-proposals`: a municipality proposes its card.
pub mod card_propose;
/// `GET /v1/municipalities/{cbs_code}/host-interest`: the export for a municipality.
pub mod export;
/// `DELETE /v1/municipalities/{cbs_code}/host-interest/{reference}`: staff mark an offer handled.
pub mod handled;
/// `GET /healthz`.
pub mod health;
/// `GET /v1/municipalities`: the municipalities that take offers.
pub mod municipalities;
/// `GET /v1/openapi.yaml`.
pub mod openapi;
/// `POST /v1/host-interest`.
pub mod submit;
/// `DELETE /v1/host-interest/{reference}`.
pub mod withdraw;
