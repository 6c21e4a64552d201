//! Validates the content and embeds it: a broken tree or a missing translation fails
//! the build with file, node and locale, exactly as the tests report it.

use hulpwijzer_core::load::{check_project, fnv_hex, load_glossary, today, TODAY_VAR};
use hulpwijzer_core::route::{STAFF_KEY_PREFIX, STAFF_LOCALES};
use hulpwijzer_core::texts::{TextPart, Wasm, UNSHIPPED_FILES};
use hulpwijzer_core::validate::{LocaleMessages, Severity};
use hulpwijzer_core::LOCALES;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::{env, fs, process};

fn main() {
    let app = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
    // The project's root, with the content, the texts and the styles (this crate is
    // `crates/app`).
    let root = app.join("../..");
    for dir in [
        "../../content",
        "../../locales",
        "src",
        "../../style/themes.toml",
    ] {
        println!("cargo:rerun-if-changed={dir}");
    }
    println!("cargo:rerun-if-env-changed={TODAY_VAR}");
    let today = today().unwrap_or_else(|e| fail(&[e]));
    // Printed by every build, so a build can be reproduced with the same date.
    println!("cargo:warning=content checked and pre-rendered as of {today}");
    // Pre-rendered pages show the content that holds on this date (`env!("HULPWIJZER_BUILD_DATE")`).
    println!("cargo:rustc-env=HULPWIJZER_BUILD_DATE={}", today.date);
    let project = match check_project(&root, today.date) {
        Ok(project) => project,
        Err(problems) => fail(&problems.iter().map(ToString::to_string).collect::<Vec<_>>()),
    };
    let problems = &project.problems;
    let errors: Vec<_> = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    // A `key!` literal that names no message fails to compile at its line, and the
    // compiler's error says which key. Its misspelling leaves the message it meant unused:
    // that alone does not stop the build here, so the compiler gets to say it.
    let messages: BTreeSet<&str> = project
        .locales
        .iter()
        .flat_map(|l| l.messages.keys().map(String::as_str))
        .collect();
    let misspelt: Vec<_> = project
        .app_keys
        .iter()
        .filter(|k| !messages.contains(k.key.as_str()))
        .collect();
    if !misspelt.is_empty() && errors.iter().all(|p| p.is_unused_message()) {
        for k in &misspelt {
            println!(
                "cargo:warning={}: key!(\"{}\") names no message (the compiler names its line)",
                k.file, k.key
            );
        }
        for p in &errors {
            println!("cargo:warning={}", (*p).clone().warning());
        }
    } else if !errors.is_empty() {
        fail(&errors.iter().map(ToString::to_string).collect::<Vec<_>>());
    }
    for warning in problems.iter().filter(|p| p.severity == Severity::Warning) {
        println!("cargo:warning={warning}");
    }
    let out = PathBuf::from(env::var("OUT_DIR").unwrap_or_else(|_| ".".into()));
    // The messages the app may name literally (`key!`, src/i18n/checked.rs), checked when
    // compiled: a wasm only those of the text parts it can have loaded
    // (`Wasm::loadable_parts`), the page generator every file's.
    let parts = for_browser_target().then(|| {
        // The same choice as `THIS_WASM` (`src/i18n/parts.rs`).
        Wasm::of_features(feature("STAFF_PAGE"), feature("HOST_FORM")).loadable_parts()
    });
    write(
        &out.join("message_keys.rs"),
        message_keys_rs(&project.locales, parts).as_bytes(),
    );
    let encode =
        |value: Result<Vec<u8>, postcard::Error>| value.unwrap_or_else(|e| fail(&[e.to_string()]));
    // Every wasm embeds the catalog; the page generator (native) keeps the files it names.
    let catalog = if for_browser_target() {
        project.catalog.for_browser()
    } else {
        project.catalog.clone()
    };
    write(
        &out.join("catalog.postcard"),
        &encode(postcard::to_allocvec(&catalog)),
    );
    // The municipality table is fetched by the pages that need it; xtask writes the file
    // under the same content-hashed name into dist/data.
    let directory = encode(postcard::to_allocvec(&project.directory));
    let name = format!("directory-{}.bin", fnv_hex(&directory));
    write(&out.join("directory_file.txt"), name.as_bytes());
    write(
        &out.join("hubs.postcard"),
        &encode(postcard::to_allocvec(&project.hubs)),
    );
    // The desk card lists the glossary's Dutch terms its texts use.
    let glossary = load_glossary(&root).unwrap_or_else(|p| fail(&[p.to_string()]));
    write(
        &out.join("glossary.postcard"),
        &encode(postcard::to_allocvec(&glossary)),
    );
    write(&out.join("themes.rs"), theme_enum(&root).as_bytes());
}

/// Whether the crate that ships this build gives the app `feature` (`STAFF_PAGE` for
/// `staff-page`).
fn feature(name: &str) -> bool {
    env::var_os(format!("CARGO_FEATURE_{name}")).is_some()
}

/// Whether this build is a wasm for the browser (else the page generator, natively).
fn for_browser_target() -> bool {
    env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32")
}

/// `MESSAGE_KEYS`, which the app's `key!` searches when compiled: every message present
/// in each language that must have it (the staff page's in its two), sorted. With `parts`
/// (a wasm), only the messages of the files shipped in those parts; without, every file's
/// (the page generator renders them all).
fn message_keys_rs(locales: &[LocaleMessages], parts: Option<&[TextPart]>) -> String {
    let in_build = |file: &str| {
        let name = Path::new(file)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        parts.is_none_or(|parts| {
            !UNSHIPPED_FILES.contains(&name.as_str()) && parts.contains(&TextPart::of_file(&name))
        })
    };
    let all: BTreeSet<&str> = locales
        .iter()
        .flat_map(|l| l.messages.keys().map(String::as_str))
        .collect();
    let mut code = String::from(
        "/// Every message `key!` may name in this build, sorted (written by `build.rs`).\n\
         const MESSAGE_KEYS: &[&str] = &[\n",
    );
    for key in all {
        let languages: &[&str] = if key.starts_with(STAFF_KEY_PREFIX) {
            &STAFF_LOCALES
        } else {
            &LOCALES
        };
        let everywhere = languages.iter().all(|language| {
            locales
                .iter()
                .find(|l| l.locale == *language)
                .and_then(|l| l.messages.get(key))
                .is_some_and(|m| in_build(&m.file))
        });
        if everywhere {
            code.push_str(&format!("    {key:?},\n"));
        }
    }
    code.push_str("];\n");
    code
}

/// `enum Theme` with the portal's own look and one variant per line of `style/themes.toml`.
fn theme_enum(root: &Path) -> String {
    let text = fs::read_to_string(root.join("style/themes.toml"))
        .unwrap_or_else(|e| fail(&[format!("style/themes.toml: {e}")]));
    let table: toml::Table = text
        .parse()
        .unwrap_or_else(|e| fail(&[format!("style/themes.toml: {e}")]));
    let mut themes = vec![("portal".to_owned(), "Hulpwijzer".to_owned())];
    for (name, value) in &table {
        let label = value.get("label").and_then(|l| l.as_str()).unwrap_or(name);
        themes.push((name.clone(), label.replace('"', "")));
    }
    let variant = |name: &str| {
        let mut chars = name.chars();
        chars
            .next()
            .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
            .unwrap_or_default()
    };
    let mut code = String::from("/// A look for the portal: its own, or a municipality's (generated from style/themes.toml).\n#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Theme {\n");
    for (name, label) in &themes {
        code.push_str(&format!(
            "    /// {label} (`{name}`).\n    {},\n",
            variant(name)
        ));
    }
    code.push_str("}\n\nimpl Theme {\n    /// Every theme, the portal's own first.\n    pub const ALL: &'static [Theme] = &[");
    for (name, _) in &themes {
        code.push_str(&format!("Theme::{}, ", variant(name)));
    }
    code.push_str("];\n\n    /// The name in `data-theme` and `?theme=`.\n    pub fn name(self) -> &'static str {\n        match self {\n");
    for (name, _) in &themes {
        code.push_str(&format!(
            "            Theme::{} => \"{name}\",\n",
            variant(name)
        ));
    }
    code.push_str("        }\n    }\n\n    /// The name shown to web editors.\n    pub fn label(self) -> &'static str {\n        match self {\n");
    for (name, label) in &themes {
        code.push_str(&format!(
            "            Theme::{} => \"{label}\",\n",
            variant(name)
        ));
    }
    code.push_str("        }\n    }\n}\n");
    code
}

fn write(path: &Path, bytes: &[u8]) {
    if let Err(e) = fs::write(path, bytes) {
        fail(&[format!("{}: {e}", path.display())]);
    }
}

fn fail(lines: &[String]) -> ! {
    for line in lines {
        eprintln!("{line}");
    }
    eprintln!(
        "content is not valid: {} problem(s); see above",
        lines.len()
    );
    process::exit(1);
}
