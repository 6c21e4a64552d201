//! Validates the content and embeds it: a broken tree or a missing translation fails
//! the build with file, node and locale, exactly as the tests report it.

use hulpwijzer_core::load::{
    check_project, fnv_hex, load_glossary, locale_version, today, TODAY_VAR,
};
use hulpwijzer_core::validate::Severity;
use std::path::{Path, PathBuf};
use std::{env, fs, process};

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
    for dir in ["content", "locales", "src"] {
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
    let errors: Vec<String> = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(ToString::to_string)
        .collect();
    if !errors.is_empty() {
        fail(&errors);
    }
    for warning in problems.iter().filter(|p| p.severity == Severity::Warning) {
        println!("cargo:warning={warning}");
    }
    let out = PathBuf::from(env::var("OUT_DIR").unwrap_or_else(|_| ".".into()));
    let encode =
        |value: Result<Vec<u8>, postcard::Error>| value.unwrap_or_else(|e| fail(&[e.to_string()]));
    write(
        &out.join("catalog.postcard"),
        &encode(postcard::to_allocvec(&project.catalog)),
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
    // The app fetches /locales/<lang>-<version>/<chunk>.ftl; the version changes with any text.
    let version = locale_version(&root).unwrap_or_else(|e| fail(&[e]));
    write(&out.join("locale_version.txt"), version.as_bytes());
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
