//! Validating the overrides, the aliases and the local messages.

use super::fold::fold;
use super::load::{local_files, read_aliases, ALIASES_TOML};
use super::rules::check_message_keys;
use super::{reception_key, Directory, LocalOverride, Municipality, REGISTER_CSV};
use crate::card::site_domain;
use crate::contact::{check_email, is_dutch_phone, is_general_phone};
use crate::date::Date;
use crate::validate::{check_freshness, check_https, LocaleMessages, Problem};
use std::path::Path;

pub(super) fn check_override(
    file: &str,
    m: &Municipality,
    l: &LocalOverride,
    today: Date,
    problems: &mut Vec<Problem>,
) {
    let owner = format!("municipality {}", m.code);
    check_https(file, &owner, "source", &l.source, problems);
    check_freshness(file, &owner, l.checked, today, problems);
    if let Some(url) = &l.brp_appointment_url {
        check_https(file, &owner, "brp_appointment_url", url, problems);
    }
    if let Some(e) = l
        .ukraine_email
        .as_deref()
        .filter(|e| check_email(e).is_err())
    {
        problems.push(
            Problem::error(file, format!("ukraine_email {e:?} is not an address"))
                .at(owner.as_str()),
        );
    }
    if let Some(p) = l.ukraine_phone.as_deref().filter(|p| !is_dutch_phone(p)) {
        problems.push(
            Problem::error(file, format!("ukraine_phone {p:?} is not a Dutch number"))
                .at(owner.as_str()),
        );
    }
    if let Some(p) = l.general_phone.as_deref().filter(|p| !is_general_phone(p)) {
        problems.push(
            Problem::error(
                file,
                format!("general_phone {p:?} must be 14 + area code, like \"14 0591\""),
            )
            .at(owner.as_str()),
        );
    }
    // Only the municipality's own pages: every source and link on its website's domain.
    let mut own = vec![("source", l.source.as_str())];
    own.extend(
        l.brp_appointment_url
            .as_deref()
            .map(|u| ("brp_appointment_url", u)),
    );
    if let Some(g) = &l.leefgeld {
        check_https(file, &owner, "leefgeld.source", &g.source, problems);
        check_freshness(file, &owner, g.checked, today, problems);
        own.push(("leefgeld.source", &g.source));
        if let Some(u) = &g.url {
            check_https(file, &owner, "leefgeld.url", u, problems);
            own.push(("leefgeld.url", u));
        }
        if let Some(e) = g.email.as_deref().filter(|e| check_email(e).is_err()) {
            problems.push(
                Problem::error(file, format!("leefgeld.email {e:?} is not an address"))
                    .at(owner.as_str()),
            );
        }
        if let Some(p) = g.phone.as_deref().filter(|p| !is_dutch_phone(p)) {
            problems.push(
                Problem::error(file, format!("leefgeld.phone {p:?} is not a Dutch number"))
                    .at(owner.as_str()),
            );
        }
        if g.url.is_none() && g.email.is_none() && g.phone.is_none() {
            problems.push(
                Problem::error(file, "leefgeld gives no page, e-mail or phone").at(owner.as_str()),
            );
        }
    }
    if let Some(place) = &l.meeting_place {
        check_https(
            file,
            &owner,
            "meeting_place.source",
            &place.source,
            problems,
        );
        check_freshness(file, &owner, place.checked, today, problems);
        own.push(("meeting_place.source", &place.source));
        if place.name.trim().is_empty() || place.address.trim().is_empty() {
            problems.push(
                Problem::error(file, "meeting_place needs a name and an address")
                    .at(owner.as_str()),
            );
        }
    }
    let site = site_domain(&m.website);
    for (field, url) in own {
        if site_domain(url) != site {
            problems.push(
                Problem::error(
                    file,
                    format!("{field} {url:?} is not on the municipality's own website ({site})"),
                )
                .at(owner.as_str()),
            );
        }
    }
    let gives_nothing = l.ukraine_email.is_none()
        && l.ukraine_phone.is_none()
        && l.general_phone.is_none()
        && l.brp_appointment_url.is_none()
        && l.leefgeld.is_none()
        && l.meeting_place.is_none()
        && !l.reception_note;
    if gives_nothing {
        problems.push(
            Problem::error(file, "the override gives no contact and no note")
                .at(owner)
                .warning(),
        );
    }
}

/// What each municipality keeps in the register: a Dutch number, an https page, and a day
/// of verification that is not after `today`.
pub(super) fn check_register(dir: &Directory, today: Date, problems: &mut Vec<Problem>) {
    for m in dir.municipalities() {
        let Some(r) = &m.register else { continue };
        let owner = format!("municipality {}", m.code);
        if let Some(p) = r.phone.as_deref().filter(|p| !is_dutch_phone(p)) {
            let message = format!("general_phone {p:?} is not a Dutch number");
            problems.push(Problem::error(REGISTER_CSV, message).at(owner.as_str()));
        }
        if let Some(url) = &r.appointment_url {
            check_https(REGISTER_CSV, &owner, "appointment_url", url, problems);
        }
        check_freshness(REGISTER_CSV, &owner, r.check(), today, problems);
    }
}

fn check_aliases(root: &Path, dir: &Directory, problems: &mut Vec<Problem>) {
    let aliases = match read_aliases(root) {
        Ok(a) => a,
        Err(p) => return problems.push(p),
    };
    for (code, list) in &aliases {
        let owner = format!("municipality {code}");
        let Some(target) = dir.by_code(code) else {
            problems.push(
                Problem::error(ALIASES_TOML, format!("no municipality has code {code}")).at(owner),
            );
            continue;
        };
        for alias in list {
            let folded = fold(alias);
            if folded.is_empty() {
                problems.push(
                    Problem::error(ALIASES_TOML, format!("alias {alias:?} has no letters"))
                        .at(owner.as_str()),
                );
            } else if folded == fold(&target.name) {
                problems.push(
                    Problem::error(
                        ALIASES_TOML,
                        format!("alias {alias:?} is the name itself; search finds it anyway"),
                    )
                    .at(owner.as_str())
                    .warning(),
                );
            } else if let Some(other) = dir
                .municipalities()
                .iter()
                .find(|m| m.code != *code && fold(&m.name) == folded)
            {
                problems.push(
                    Problem::error(
                        ALIASES_TOML,
                        format!(
                            "alias {alias:?} is the name of {} ({})",
                            other.name, other.code
                        ),
                    )
                    .at(owner.as_str()),
                );
            }
        }
    }
}

/// Checks the overrides (`content/local/*.toml`), the aliases and their messages.
///
/// Every override names a known municipality by its file name; sources and the BRP
/// page are https; `checked` is not in the future (older than
/// 180 is a warning); e-mail addresses and phone numbers are plausible; every alias
/// names a known code and does not shadow another municipality's name; and every
/// `local-<code>-reception` message exists in all four locales without variables.
pub fn validate_local(
    root: &Path,
    dir: &Directory,
    locales: &[LocaleMessages],
    today: Date,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (file, code, _) in local_files(root) {
        let owner = format!("municipality {code}");
        match dir.by_code(&code) {
            None => problems.push(
                Problem::error(
                    &file,
                    format!("no municipality has code {code:?}; name the file <CBS code>.toml"),
                )
                .at(owner),
            ),
            Some(m) => {
                let Some(l) = &m.local else { continue };
                check_override(&file, m, l, today, &mut problems);
                if l.reception_note {
                    check_message_keys(
                        &[reception_key(&m.code)],
                        &file,
                        &owner,
                        locales,
                        &mut problems,
                    );
                }
            }
        }
    }
    check_aliases(root, dir, &mut problems);
    check_register(dir, today, &mut problems);
    problems.sort();
    problems.dedup();
    problems
}
