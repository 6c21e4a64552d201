//! What a visitor downloads, found in `dist/` and measured as served (brotli 11): the
//! numbers that `cargo xtask bench` prints and the size gate of `cargo xtask test` checks.

use crate::bundle::{brotli_bytes, files_with, gzip_bytes, with_suffix};
use hulpwijzer_core::texts::TextPart;
use std::path::{Path, PathBuf};

/// Raw, gzip and brotli bytes of one file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileSizes {
    /// Uncompressed.
    pub raw: usize,
    /// `gzip -9`.
    pub gzip: usize,
    /// Brotli at quality 11, as the server sends it.
    pub brotli: usize,
}

/// The sizes of the file at `path`: the compressed ones from the `.br` and `.gz` copies the
/// bundle already wrote beside it (the same encoders and settings), compressed here only
/// where there is none.
pub fn of_file(path: &Path) -> Result<FileSizes, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let compressed =
        |suffix: &str, encode: fn(&[u8]) -> Result<Vec<u8>, String>| match std::fs::metadata(
            with_suffix(path, suffix),
        ) {
            Ok(copy) => usize::try_from(copy.len()).map_err(|e| e.to_string()),
            Err(_) => encode(&bytes).map(|b| b.len()),
        };
    Ok(FileSizes {
        raw: bytes.len(),
        gzip: compressed("gz", gzip_bytes)?,
        brotli: compressed("br", brotli_bytes)?,
    })
}

/// The file directly in `dir` whose name starts with `prefix` and ends with `.ext`.
pub fn file_in(dir: &Path, prefix: &str, ext: &str) -> Result<PathBuf, String> {
    files_with(dir, &[ext])
        .into_iter()
        .filter(|p| p.parent() == Some(dir))
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
        })
        .ok_or_else(|| format!("no {prefix}*.{ext} in {}", dir.display()))
}

/// Which wasm a page loads after its first paint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loads {
    /// The portal's wasm, which every visitor downloads.
    Portal,
    /// The host wasm of the pages with the host-interest form (decision 14).
    Host,
}

/// The pages measured: a home page, a topic's first question, an outcome and the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum BenchPage {
    /// `/uk/`.
    Home,
    /// `/uk/registration`, the page the budget of the whole first visit is set for.
    Question,
    /// `/uk/registration/host/yes/ukrainian`.
    Outcome,
    /// `/uk/hosting-check/yes/yes/yes/yes/yes/yes`, with the host-interest form.
    Form,
}

impl BenchPage {
    /// Every page, in the order the tables list them.
    pub const ALL: [BenchPage; 4] = [Self::Home, Self::Question, Self::Outcome, Self::Form];

    /// The name in tables and in the baseline file.
    pub fn name(self) -> &'static str {
        match self {
            Self::Home => "home",
            Self::Question => "question",
            Self::Outcome => "outcome",
            Self::Form => "form",
        }
    }

    /// The address, for tables.
    pub fn address(self) -> &'static str {
        match self {
            Self::Home => "/uk/",
            Self::Question => "/uk/registration",
            Self::Outcome => "/uk/registration/host/yes/ukrainian",
            Self::Form => "/uk/hosting-check/yes/yes/yes/yes/yes/yes",
        }
    }

    /// The generated file in `dist/`.
    pub fn file(self) -> &'static str {
        match self {
            Self::Home => "uk/index.html",
            Self::Question => "uk/registration.html",
            Self::Outcome => "uk/registration/host/yes/ukrainian.html",
            Self::Form => "uk/hosting-check/yes/yes/yes/yes/yes/yes.html",
        }
    }

    /// The parts of the texts the page loads, in order: the portal's, then those of its
    /// tree (the form's page is in a tree for hosts) and of the form.
    pub fn texts(self) -> &'static [TextPart] {
        match self {
            Self::Home | Self::Question | Self::Outcome => &[TextPart::Portal],
            Self::Form => &[TextPart::Portal, TextPart::Hosts, TextPart::Form],
        }
    }

    /// The wasm the page loads.
    pub fn loads(self) -> Loads {
        match self {
            Self::Home | Self::Question | Self::Outcome => Loads::Portal,
            Self::Form => Loads::Host,
        }
    }
}

/// The files of a built bundle that a first visit downloads, or that only some pages load.
pub struct Bundle {
    /// `dist/` itself.
    pub dist: PathBuf,
    /// The portal's wasm and its JS glue.
    pub wasm: PathBuf,
    /// The portal's JS glue.
    pub glue: PathBuf,
    /// The stylesheet.
    pub css: PathBuf,
    /// The stylesheet only the pages with a form link, after the other (decision 30).
    pub form_css: PathBuf,
    /// The host wasm.
    pub host_wasm: PathBuf,
    /// The host wasm's JS glue.
    pub host_glue: PathBuf,
    /// The staff page's wasm.
    pub staff_wasm: PathBuf,
    /// The Ukrainian texts every page loads.
    pub uk_texts: PathBuf,
    /// The Ukrainian texts of the trees for hosts, which only their pages load.
    pub uk_host_texts: PathBuf,
    /// The Ukrainian texts only the pages with the form load, last.
    pub uk_form_texts: PathBuf,
    /// The Ukrainian texts only the embedding page loads.
    pub uk_embed_texts: PathBuf,
    /// The staff page's texts (Dutch: the staff page has no Ukrainian).
    pub nl_staff_texts: PathBuf,
}

impl Bundle {
    /// Finds the files in a built `dist/`.
    pub fn find(dist: &Path) -> Result<Bundle, String> {
        let version = hulpwijzer_core::load::locale_version(&crate::cmd::root())?;
        let texts = |part: TextPart| dist.join(part.url("uk", &version).trim_start_matches('/'));
        let (uk_texts, uk_host_texts, uk_form_texts) = (
            texts(TextPart::Portal),
            texts(TextPart::Hosts),
            texts(TextPart::Form),
        );
        Ok(Bundle {
            dist: dist.to_owned(),
            wasm: file_in(dist, "hulpwijzer-", "wasm")?,
            glue: file_in(dist, "hulpwijzer-", "js")?,
            css: file_in(dist, "main-", "css")?,
            form_css: file_in(dist, "form-", "css")?,
            host_wasm: file_in(&dist.join("host"), "hulpwijzer-", "wasm")?,
            host_glue: file_in(&dist.join("host"), "hulpwijzer-", "js")?,
            staff_wasm: file_in(&dist.join("staff"), "hulpwijzer-", "wasm")?,
            uk_texts,
            uk_host_texts,
            uk_form_texts,
            uk_embed_texts: texts(TextPart::Embed),
            nl_staff_texts: dist.join(TextPart::Staff.url("nl", &version).trim_start_matches('/')),
        })
    }

    /// Brotli bytes of `page` before its first paint: its HTML and its stylesheets (the form's
    /// page both).
    pub fn critical_path(&self, page: BenchPage) -> Result<usize, String> {
        let form_css = match page {
            BenchPage::Form => of_file(&self.form_css)?.brotli,
            BenchPage::Home | BenchPage::Question | BenchPage::Outcome => 0,
        };
        Ok(of_file(&self.dist.join(page.file()))?.brotli + of_file(&self.css)?.brotli + form_css)
    }

    /// Brotli bytes of a whole first visit of `page`: the critical path, then the glue,
    /// the wasm and the texts it loads after the first paint.
    pub fn first_visit(&self, page: BenchPage) -> Result<usize, String> {
        let mut after_paint = match page.loads() {
            Loads::Portal => vec![&self.glue, &self.wasm],
            Loads::Host => vec![&self.host_glue, &self.host_wasm],
        };
        after_paint.extend(page.texts().iter().map(|part| match part {
            TextPart::Portal => &self.uk_texts,
            TextPart::Hosts => &self.uk_host_texts,
            TextPart::Form => &self.uk_form_texts,
            TextPart::Embed => &self.uk_embed_texts,
            TextPart::Staff => &self.nl_staff_texts,
        }));
        let after_paint = after_paint
            .iter()
            .map(|p| of_file(p).map(|s| s.brotli))
            .sum::<Result<usize, String>>()?;
        Ok(self.critical_path(page)? + after_paint)
    }
}
