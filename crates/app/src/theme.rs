//! The themes a municipality can choose for the embedded portal: the portal's own look and
//! one per line of `style/themes.toml`, whose stylesheets xtask generates from the
//! municipalities' design-token packages.

include!(concat!(env!("OUT_DIR"), "/themes.rs"));

impl Theme {
    /// The theme with this name.
    pub fn parse(name: &str) -> Option<Theme> {
        Theme::ALL.iter().copied().find(|t| t.name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::Theme;

    #[test]
    fn names_read_back() {
        for theme in Theme::ALL {
            assert_eq!(Theme::parse(theme.name()), Some(*theme));
        }
        assert_eq!(Theme::parse("nope"), None);
        assert_eq!(Theme::ALL[0], Theme::Portal);
    }
}
