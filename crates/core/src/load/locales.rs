//! The `.ftl` files: bundles as the app fetches them, message summaries for the validator, and the glossary.

use super::{display, read};
use crate::validate::{LocaleMessages, MessageInfo, Problem};
use fluent_syntax::ast;
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// The `.ftl` files of one locale, sorted by path.
pub fn locale_files(root: &Path, locale: &str) -> Vec<PathBuf> {
    super::files_with(&root.join("locales").join(locale), "ftl")
}

/// The locale folders under `root/locales`, sorted.
pub fn locale_dirs(root: &Path) -> Vec<String> {
    let mut dirs: Vec<String> = fs::read_dir(root.join("locales"))
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    dirs.sort();
    dirs
}

/// The file of each locale that the app embeds (shown before, or without, the rest).
pub const BOOT_FILE: &str = "boot.ftl";

/// All of a locale's `.ftl` files but [`BOOT_FILE`] joined into one resource, as the app fetches it.
///
/// # Errors
/// A message naming the file that cannot be read.
pub fn bundle_locale(root: &Path, locale: &str) -> Result<String, String> {
    let mut out = String::new();
    for path in locale_files(root, locale)
        .into_iter()
        .filter(|p| !p.ends_with(BOOT_FILE))
    {
        let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        out.push_str(&text);
        if !out.ends_with('\n') {
            out.push('\n');
        }
    }
    Ok(out)
}

/// FNV-1a 64 of `bytes` as 16 hex digits: names versioned files the same way in the
/// build script and in xtask.
pub fn fnv_hex(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// A stable version of all locale texts (FNV-1a over every bundle), part of their URL so a
/// new release is never mixed with cached old texts. The build script and xtask agree on it.
///
/// # Errors
/// A message naming a file that cannot be read.
pub fn locale_version(root: &Path) -> Result<String, String> {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for locale in crate::LOCALES {
        for byte in bundle_locale(root, locale)?
            .bytes()
            .chain(std::iter::once(0))
        {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    Ok(format!("{hash:016x}"))
}

fn collect_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression_vars(expression, vars);
        }
    }
}

fn collect_expression_vars(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_inline_vars(selector, vars);
            for v in variants {
                collect_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(inline) => collect_inline_vars(inline, vars),
    }
}

fn collect_inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                collect_inline_vars(a, vars);
            }
            for n in &arguments.named {
                collect_inline_vars(&n.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => {
            collect_expression_vars(expression, vars)
        }
        _ => {}
    }
}

fn collect_text(pattern: &ast::Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Select { variants, .. } => {
                    for v in variants {
                        collect_text(&v.value, out);
                        out.push('\n');
                    }
                }
                ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                    out.push_str(&format!("{{ ${} }}", id.name));
                }
                ast::Expression::Inline(_) => {}
            },
        }
    }
}

/// The glossary at [`crate::glossary::GLOSSARY_TOML`] (empty when the file does not exist).
///
/// # Errors
/// A problem when the file exists but cannot be read or parsed.
pub fn load_glossary(root: &Path) -> Result<crate::glossary::Glossary, Problem> {
    let path = root.join(crate::glossary::GLOSSARY_TOML);
    if !path.exists() {
        return Ok(crate::glossary::Glossary::default());
    }
    read(root, &path)
}

/// Parses every locale's `.ftl` files into message summaries.
pub fn load_locales(root: &Path) -> (Vec<LocaleMessages>, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut out = Vec::new();
    for locale in locale_dirs(root) {
        let mut messages = LocaleMessages {
            locale: locale.clone(),
            ..Default::default()
        };
        for path in locale_files(root, &locale) {
            let file = display(root, &path);
            let Ok(text) = fs::read_to_string(&path) else {
                problems.push(Problem::error(&file, "cannot read").in_locale(&locale));
                continue;
            };
            let resource = match fluent_syntax::parser::parse(text.as_str()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        let line = text[..e.pos.start.min(text.len())].matches('\n').count() + 1;
                        problems.push(
                            Problem::error(
                                &file,
                                format!("line {line}: Fluent syntax error: {:?}", e.kind),
                            )
                            .in_locale(&locale),
                        );
                    }
                    r
                }
            };
            for entry in resource.body {
                let ast::Entry::Message(m) = entry else {
                    continue;
                };
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    collect_vars(v, &mut vars);
                }
                for a in &m.attributes {
                    collect_vars(&a.value, &mut vars);
                }
                let key = m.id.name.to_owned();
                let mut text = String::new();
                if let Some(v) = &m.value {
                    collect_text(v, &mut text);
                }
                let info = MessageInfo {
                    vars,
                    file: file.clone(),
                    text,
                };
                if let Some(previous) = messages.messages.insert(key.clone(), info) {
                    problems.push(
                        Problem::error(
                            &file,
                            format!("message {key} is defined twice (also in {})", previous.file),
                        )
                        .in_locale(&locale),
                    );
                }
            }
        }
        out.push(messages);
    }
    (out, problems)
}
