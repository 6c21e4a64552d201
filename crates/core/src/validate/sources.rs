//! Sources: https addresses, how and when each was checked, contacts' numbers and addresses.

use super::{Problem, AGEING_AFTER_DAYS};
use crate::check::{Check, CheckMethod};
use crate::contact;
use crate::date::Date;
use crate::model::{Catalog, Provenance};

/// Checks that `url` is `https://` with a host that has a dot and no white space.
pub(crate) fn check_https(
    file: &str,
    owner: &str,
    what: &str,
    url: &str,
    problems: &mut Vec<Problem>,
) {
    if !crate::card::is_https(url) {
        problems.push(
            Problem::error(file, format!("{what} {url:?} is not an https address")).at(owner),
        );
    }
}

/// A live check needs its date; a date in the future is an error; a live check older than
/// [`AGEING_AFTER_DAYS`] is a warning. Copies and documents do not age here: the page says
/// "from a page of <date>", which stays true; `cargo xtask content-report` lists them by age.
pub(crate) fn check_freshness(
    file: &str,
    owner: &str,
    checked: Check,
    today: Date,
    problems: &mut Vec<Problem>,
) {
    if checked.method == CheckMethod::Register && file != crate::municipality::REGISTER_CSV {
        problems
            .push(Problem::error(file, "method \"register\" is only for register.csv").at(owner));
    }
    let Some(date) = checked.date else {
        if matches!(
            checked.method,
            CheckMethod::Live | CheckMethod::Municipality | CheckMethod::Register
        ) {
            problems.push(
                Problem::error(file, "a live check or a municipality's card needs its date")
                    .at(owner),
            );
        }
        return;
    };
    let age = date.days_until(today);
    if age < 0 {
        problems.push(
            Problem::error(file, format!("checked on {date}, which is in the future")).at(owner),
        );
    } else if age > crate::card::GIVEN_STALE_AFTER_DAYS
        && checked.method == CheckMethod::Municipality
    {
        problems.push(
            Problem::error(
                file,
                format!("given by the municipality {age} days ago ({date}); ask it to confirm"),
            )
            .at(owner)
            .warning(),
        );
    } else if age > AGEING_AFTER_DAYS && checked.method == CheckMethod::Live {
        problems.push(
            Problem::error(
                file,
                format!("last checked {age} days ago ({date}); check it again"),
            )
            .at(owner)
            .warning(),
        );
    }
}

pub(super) fn check_provenance(c: &Catalog, today: Date, problems: &mut Vec<Problem>) {
    let mut check = |file: &str, owner: String, p: &Provenance| {
        check_https(file, &owner, "source", &p.source, problems);
        check_freshness(file, &owner, p.checked, today, problems);
    };
    for f in &c.facts {
        check(&f.file, format!("fact {}", f.id), &f.provenance);
    }
    for x in &c.contacts {
        check(&x.file, format!("contact {}", x.id), &x.provenance);
    }
    for l in &c.links {
        let owner = format!("link {}", l.id);
        check_https(&l.file, &owner, "url", &l.url, problems);
        check_freshness(&l.file, &owner, l.checked, today, problems);
    }
}

pub(super) fn check_contacts(c: &Catalog, problems: &mut Vec<Problem>) {
    for x in &c.contacts {
        let owner = format!("contact {}", x.id);
        let err = |m: String| Problem::error(&x.file, m).at(owner.clone());
        if x.phone.is_none() && x.whatsapp.is_none() && x.email.is_none() && x.web.is_none() {
            problems.push(err("has no phone, WhatsApp, e-mail or website".into()));
        }
        if let Some(p) = x.phone.as_ref().filter(|p| !contact::is_listed_phone(p)) {
            problems.push(err(format!("phone {p:?} is not a phone number")));
        }
        if let Some(w) = x.whatsapp.as_ref().filter(|w| !contact::is_whatsapp(w)) {
            problems.push(err(format!("WhatsApp {w:?} must be +country digits")));
        }
        if let Some(e) = x
            .email
            .as_ref()
            .filter(|e| contact::check_email(e).is_err())
        {
            problems.push(err(format!("e-mail {e:?} is not an address")));
        }
        if let Some(w) = &x.web {
            check_https(&x.file, &owner, "web", w, problems);
        }
    }
}
