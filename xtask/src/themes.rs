//! Municipal themes, generated at build time from design-token packages (`style/themes.toml`):
//! each becomes `dist/themes/<name>-<hash>.css`, a single `:root` rule of the package's
//! custom properties, which the portal's stylesheet reads through NL Design System token
//! names (`--utrecht-button-primary-action-background-color`, …). Only custom properties
//! are taken, never a selector, an `@import`, a `url()` or a font family: a theme cannot
//! fetch anything or restyle beyond its tokens, and text stays in the system font.

use crate::cmd::root;
use hulpwijzer_core::load::fnv_hex;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

/// One line of `style/themes.toml`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
pub struct ThemeSpec {
    /// Shown on the /embed/ page.
    pub label: String,
    /// The tokens file, relative to the project root (`.css` or `.json`).
    pub tokens: String,
}

/// The themes of `style/themes.toml`, by name, in file order.
pub fn specs(root: &Path) -> Result<Vec<(String, ThemeSpec)>, String> {
    let path = root.join("style").join("themes.toml");
    let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let table: toml::Table = text
        .parse()
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    for (name, value) in table {
        if !name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        {
            return Err(format!(
                "themes.toml: a theme's name is [a-z0-9]+, not {name}"
            ));
        }
        let spec: ThemeSpec = value
            .try_into()
            .map_err(|e| format!("themes.toml: {name}: {e}"))?;
        out.push((name, spec));
    }
    Ok(out)
}

/// Whether a declaration may go into a theme.
fn allowed(name: &str, value: &str) -> bool {
    let name_ok = name.len() > 2
        && name[2..]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    let lower = value.to_ascii_lowercase();
    name_ok
        && !name.contains("font-family")
        && !value.is_empty()
        && !["url(", "@", "<", "{", "}", "\\", "image("]
            .iter()
            .any(|bad| lower.contains(bad))
}

/// The custom properties declared anywhere in a CSS file.
pub fn from_css(text: &str) -> Vec<(String, String)> {
    text.split([';', '{', '}'])
        .filter_map(|piece| {
            let (name, value) = piece.trim().split_once(':')?;
            let name = name.trim();
            name.starts_with("--")
                .then(|| (name.to_owned(), value.trim().to_owned()))
        })
        .collect()
}

/// The tokens of a Style Dictionary JSON file: `{"a":{"b":{"value":"#fff"}}}` is `--a-b`;
/// a reference `{a.b}` becomes `var(--a-b)`.
pub fn from_json(value: &serde_json::Value, prefix: &str, out: &mut Vec<(String, String)>) {
    let serde_json::Value::Object(map) = value else {
        return;
    };
    if let Some(leaf) = map.get("value").or_else(|| map.get("$value")) {
        let text = match leaf {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Number(n) => n.to_string(),
            _ => return,
        };
        let text = match text.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
            Some(reference) => format!("var(--{})", reference.replace('.', "-")),
            None => text,
        };
        out.push((format!("--{prefix}"), text));
        return;
    }
    for (key, child) in map.iter().filter(|(k, _)| !k.starts_with('$')) {
        let name = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}-{key}")
        };
        from_json(child, &name, out);
    }
}

/// The declarations the portal can use: the NL Design System component tokens
/// (`--utrecht-*`) and, transitively, every token their values refer to with `var(--…)`.
/// A package's tokens for components the portal does not have stay out.
pub fn used(declarations: Vec<(String, String)>) -> Vec<(String, String)> {
    let values: std::collections::HashMap<&str, &str> = declarations
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let mut keep: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut todo: Vec<String> = declarations
        .iter()
        .filter(|(n, _)| n.starts_with("--utrecht-"))
        .map(|(n, _)| n.clone())
        .collect();
    while let Some(name) = todo.pop() {
        if !keep.insert(name.clone()) {
            continue;
        }
        let value = values.get(name.as_str()).copied().unwrap_or_default();
        for reference in value.split("var(").skip(1) {
            let end = reference.find([')', ',']).unwrap_or(reference.len());
            todo.push(reference[..end].trim().to_owned());
        }
    }
    declarations
        .into_iter()
        .filter(|(n, _)| keep.contains(n))
        .collect()
}

/// A theme's stylesheet from its tokens file.
pub fn stylesheet(tokens: &Path) -> Result<String, String> {
    let text = fs::read_to_string(tokens).map_err(|e| format!("{}: {e}", tokens.display()))?;
    let mut declarations = Vec::new();
    if tokens.extension().is_some_and(|e| e == "json") {
        let json = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", tokens.display()))?;
        from_json(&json, "", &mut declarations);
    } else {
        declarations = from_css(&text);
    }
    let mut css = String::from(":root{");
    let declarations: Vec<_> = declarations
        .into_iter()
        .filter(|(n, v)| allowed(n, v))
        .collect();
    for (name, value) in used(declarations) {
        let _ = write!(css, "{name}:{value};");
    }
    css.push_str("}\n");
    Ok(css)
}

/// Writes every theme; returns (name, `/themes/<name>-<hash>.css`) for the pages.
pub fn write(dist: &Path) -> Result<Vec<(String, String)>, String> {
    let root = root();
    let dir = dist.join("themes");
    fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for (name, spec) in specs(&root)? {
        let css = stylesheet(&root.join(&spec.tokens))?;
        let file = format!("{name}-{}.css", fnv_hex(css.as_bytes()));
        fs::write(dir.join(&file), css).map_err(|e| e.to_string())?;
        out.push((name, format!("/themes/{file}")));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_only_custom_properties_that_fetch_nothing() {
        let css = ".x-theme { --a-color: hsl(1 2% 3%); --b-font-family: TheSans; color: red;\n\
                   --c-bg: url(https://evil.example/x.png); --d: var(--a-color) }";
        let got = from_css(css);
        let kept: Vec<_> = got.iter().filter(|(n, v)| allowed(n, v)).collect();
        assert_eq!(
            kept,
            [
                &("--a-color".to_owned(), "hsl(1 2% 3%)".to_owned()),
                &("--d".to_owned(), "var(--a-color)".to_owned())
            ]
        );
    }

    #[test]
    fn keeps_the_component_tokens_and_what_they_refer_to() {
        let d = |n: &str, v: &str| (n.to_owned(), v.to_owned());
        let all = vec![
            d("--gm-green", "#0a0"),
            d("--gm-unused", "#fff"),
            d("--gm-dark", "var(--gm-green)"),
            d("--utrecht-link-color", "var(--gm-dark, red)"),
        ];
        let names: Vec<String> = used(all).into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["--gm-green", "--gm-dark", "--utrecht-link-color"]);
    }

    #[test]
    fn reads_style_dictionary_json_with_references() {
        let json = serde_json::json!({"gm": {"color": {"green": {"value": "#0a0"}},
            "button": {"background-color": {"$value": "{gm.color.green}"}}}});
        let mut out = Vec::new();
        from_json(&json, "", &mut out);
        assert!(out.contains(&("--gm-color-green".to_owned(), "#0a0".to_owned())));
        assert!(out.contains(&(
            "--gm-button-background-color".to_owned(),
            "var(--gm-color-green)".to_owned()
        )));
    }

    #[test]
    fn every_configured_theme_builds() {
        if !root().join("node_modules").exists() {
            return;
        }
        for (name, spec) in specs(&root()).expect("themes.toml reads") {
            let css = stylesheet(&root().join(&spec.tokens)).expect(&name);
            assert!(
                css.contains("--utrecht-button-primary-action-background-color"),
                "{name}"
            );
        }
    }
}
