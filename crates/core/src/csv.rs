//! Excel-safe CSV, shared by the endpoint's export and the staff page's download: RFC
//! 4180 with a UTF-8 byte-order mark (so Excel reads UTF-8), CRLF line ends, every cell
//! quoted (quotes doubled), and a cell that starts with `=`, `+`, `-`, `@`, a tab or a
//! carriage return prefixed with `'`, so a spreadsheet never runs it as a formula.
//! Two dialects: [`Dialect::Rfc4180`] (`,`, for systems) and [`Dialect::ExcelNl`] (`;`,
//! what Excel with Dutch regional settings splits into columns when the file is opened).

/// The byte-order mark every document starts with.
pub const BOM: char = '\u{feff}';

/// Characters that make a spreadsheet read a cell as a formula when they come first.
pub const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// One cell, quoted and defused.
pub fn cell(text: &str) -> String {
    let prefix = if text.starts_with(FORMULA_STARTS) {
        "'"
    } else {
        ""
    };
    format!("\"{prefix}{}\"", text.replace('"', "\"\""))
}

/// How cells are separated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    /// RFC 4180: `,` between cells, for systems that read CSV.
    Rfc4180,
    /// `;` between cells: the list separator of Dutch regional settings, so Dutch
    /// Excel opens the file in columns.
    ExcelNl,
}

impl Dialect {
    /// The character between two cells.
    pub fn separator(self) -> char {
        match self {
            Self::Rfc4180 => ',',
            Self::ExcelNl => ';',
        }
    }
}

/// One line of cells, ending in CRLF, separated by `,`.
pub fn line<S: AsRef<str>>(cells: impl IntoIterator<Item = S>) -> String {
    line_in(Dialect::Rfc4180, cells)
}

/// One line of cells in `dialect`, ending in CRLF.
pub fn line_in<S: AsRef<str>>(dialect: Dialect, cells: impl IntoIterator<Item = S>) -> String {
    let mut out = cells
        .into_iter()
        .map(|c| cell(c.as_ref()))
        .collect::<Vec<_>>()
        .join(&dialect.separator().to_string());
    out.push_str("\r\n");
    out
}

/// A whole RFC 4180 document: the mark, the header line, then one line per row.
pub fn document<H: AsRef<str>, S: AsRef<str>, R: IntoIterator<Item = S>>(
    header: impl IntoIterator<Item = H>,
    rows: impl IntoIterator<Item = R>,
) -> String {
    document_in(Dialect::Rfc4180, header, rows)
}

/// A whole document in `dialect`: the mark, the header line, then one line per row.
pub fn document_in<H: AsRef<str>, S: AsRef<str>, R: IntoIterator<Item = S>>(
    dialect: Dialect,
    header: impl IntoIterator<Item = H>,
    rows: impl IntoIterator<Item = R>,
) -> String {
    let mut out = String::from(BOM);
    out.push_str(&line_in(dialect, header));
    for row in rows {
        out.push_str(&line_in(dialect, row));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused() {
        for start in ["=1+1", "+31 6", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(cell(start), format!("\"'{start}\""), "{start:?}");
        }
        assert_eq!(cell("a=b"), "\"a=b\"");
        assert_eq!(cell(""), "\"\"");
    }

    #[test]
    fn quotes_are_doubled_and_newlines_kept_inside_the_cell() {
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(cell("a,b"), "\"a,b\"");
    }

    #[test]
    fn documents_start_with_the_mark_and_end_lines_with_crlf() {
        let doc = document(["a", "b"], [vec!["1", "=2"], vec!["Олена", "x"]]);
        assert_eq!(
            doc,
            "\u{feff}\"a\",\"b\"\r\n\"1\",\"'=2\"\r\n\"Олена\",\"x\"\r\n"
        );
    }

    #[test]
    fn the_dutch_excel_dialect_separates_with_semicolons() {
        let doc = document_in(Dialect::ExcelNl, ["a", "b"], [vec!["1;2", "=3"]]);
        assert_eq!(doc, "\u{feff}\"a\";\"b\"\r\n\"1;2\";\"'=3\"\r\n");
    }
}
