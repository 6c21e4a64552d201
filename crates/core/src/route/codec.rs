//! Reading and writing a [`Route`]: the one place a URL becomes a [`Page`] and back.

use super::*;

impl Route {
    /// Decodes a path (`/uk/registration/host`) and its query (`m=GM0034`, without `?`).
    ///
    /// # Errors
    /// A [`RouteError`] for anything malformed; never panics.
    pub fn parse(path: &str, query: &str) -> Result<Self, RouteError> {
        if path.len() + query.len() > MAX_URL_LEN {
            return Err(RouteError::TooLong);
        }
        let mut segments = path
            .trim_start_matches('/')
            .split('/')
            .filter(|s| !s.is_empty());
        let locale = segments.next().ok_or(RouteError::NoLocale)?;
        if !LOCALES.contains(&locale) {
            return Err(RouteError::UnknownLocale(locale.chars().take(16).collect()));
        }
        let mut segments = segments.peekable();
        let desk = segments.next_if(|s| *s == DESK).is_some();
        if desk && segments.peek().is_none() {
            return Err(RouteError::BadSegment(DESK.to_owned()));
        }
        let mut ids = Vec::new();
        for segment in segments {
            if !is_valid_id(segment) {
                return Err(RouteError::BadSegment(segment.chars().take(40).collect()));
            }
            if ids.len() > MAX_ANSWERS {
                return Err(RouteError::TooLong);
            }
            ids.push(segment.to_owned());
        }
        let mut ids = ids.into_iter();
        let first = ids.next();
        let mut answers: Vec<OptionId> = ids.map(OptionId).collect();
        let mut municipality = None;
        let mut edit = None;
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            match name {
                "m" if is_municipality_code(value) => municipality = Some(value.to_owned()),
                "change" if edit.is_none() => {
                    let bad = || RouteError::BadQuery(pair.chars().take(40).collect());
                    let kept: Vec<&str> = value.split(',').collect();
                    if kept.iter().any(|id| !is_valid_id(id)) {
                        return Err(bad());
                    }
                    if answers.len() + kept.len() > MAX_ANSWERS {
                        return Err(RouteError::TooLong);
                    }
                    edit = Some(answers.len());
                    answers.extend(kept.into_iter().map(|id| OptionId(id.to_owned())));
                }
                "edit" if edit.is_none() => {
                    let index = value.parse::<usize>().ok().filter(|i| *i < answers.len());
                    edit = Some(index.ok_or_else(|| RouteError::BadQuery(pair.to_owned()))?);
                }
                "m" | "edit" | "change" => {
                    return Err(RouteError::BadQuery(pair.chars().take(40).collect()))
                }
                // Unknown parameters (e.g. added by a municipality's CMS or a messenger) are ignored.
                _ => {}
            }
        }
        let page = match (desk, first.as_deref(), answers.as_slice()) {
            // A desk card shows every answer, a change in progress included.
            (true, _, _) => Page::Desk {
                tree: TreeId(first.unwrap_or_default()),
                answers,
            },
            (false, None, _) => Page::Tree {
                tree: TreeId::from(Catalog::START),
                answers,
                edit,
            },
            (false, Some(MUNICIPALITY_INDEX), []) => Page::MunicipalityIndex,
            (false, Some(MUNICIPALITY_INDEX), [code]) => Page::Municipality(code.0.clone()),
            (false, Some(EMBED_PAGE), []) => Page::Embed,
            (false, Some(STAFF_PAGE), [])
                if municipality.is_none() && STAFF_LOCALES.contains(&locale) =>
            {
                Page::Staff
            }
            (false, Some(tree), _) => Page::Tree {
                tree: TreeId(tree.to_owned()),
                answers,
                edit,
            },
        };
        Ok(Route {
            locale: locale.to_owned(),
            page,
            municipality,
        })
    }

    /// Encodes the route as path and query; [`Route::parse`] reads it back unchanged.
    pub fn to_url(&self) -> String {
        let mut url = self.path();
        let mut sep = '?';
        if let Some(m) = &self.municipality {
            url.push_str(&format!("{sep}m={m}"));
            sep = '&';
        }
        if let Page::Tree {
            answers,
            edit: Some(e),
            ..
        } = &self.page
        {
            if let Some(kept) = answers.get(*e..) {
                let kept: Vec<&str> = kept.iter().map(OptionId::as_str).collect();
                url.push_str(&format!("{sep}change={}", kept.join(",")));
            }
        }
        url
    }

    /// The path alone: the page a static host serves for this route (in edit mode, the
    /// question being changed).
    pub fn path(&self) -> String {
        let mut url = format!("/{}/", self.locale);
        let (tree, shown) = match &self.page {
            Page::Tree {
                tree,
                answers,
                edit,
            } => (tree, shown(answers, *edit)),
            Page::Desk { tree, answers } => {
                url.push_str(DESK);
                url.push('/');
                (tree, answers.as_slice())
            }
            Page::MunicipalityIndex => {
                url.push_str(MUNICIPALITY_INDEX);
                return url;
            }
            Page::Municipality(code) => {
                url.push_str(&format!("{MUNICIPALITY_INDEX}/{code}"));
                return url;
            }
            Page::Embed => {
                url.push_str(EMBED_PAGE);
                return url;
            }
            Page::Staff => {
                url.push_str(STAFF_PAGE);
                return url;
            }
        };
        if *tree != *Catalog::START || !shown.is_empty() {
            url.push_str(tree.as_str());
            for a in shown {
                url.push('/');
                url.push_str(a.as_str());
            }
        }
        url
    }
}
