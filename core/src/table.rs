//! Tables: a CSV, TSV or Markdown cell read under its column's header.
//!
//! In `service,user,password` then `billing,app,Kitten2000=` the value has
//! no key name beside it, so no credential rule can see it. This pass reads
//! text line by line, keeps the header of the table it is in, and hands the
//! engine each cell under a credential column (`Password`, `Secret access
//! key`, `api_token`) as `header: "cell"`, and each row of a `Key | Value`
//! table as `key: "value"`. Secret findings map back to the cell.
//!
//! A column named for a PII value (`SSN`, `PESEL`, `Telefon`, `DOB`: the
//! words a PII rule needs near its value, read from the rules) hands its
//! cells to the engine the same way, so a rule that needs its context word
//! finds the ten-thousandth row as it finds the first; PII findings map
//! back to those cells.
//!
//! AsciiDoc tables (`|===`), whose rows may take several lines, count
//! cells against the header instead (`table/asciidoc.rs`). SQL `INSERT`
//! tuples and `COPY ... FROM stdin` rows are read against the statement's
//! column list (`table/sql.rs`).
//!
//! A line is the text between two line breaks, read whole; a line longer
//! than [`LINE_MAX`] is no table's and ends the table it was in. A stream
//! therefore reads the same lines, in the same state, as a whole text.

mod asciidoc;
mod sql;

use aho_corasick::AhoCorasick;
use memchr::{memchr, memchr_iter, memmem, memrchr};
use std::sync::Arc;

use crate::engine::{Cost, Detection, Engine};
use crate::error::Result;
use crate::rules::{Category, Rule};
use crate::validate::credential::{COLUMN_WORDS, PASSWORD_WORDS, is_credential_column};

/// Longest table line, in bytes (without its line break).
pub(crate) const LINE_MAX: usize = 768;

/// Longest HTML row (`<tr>` to `</tr>`) read over several lines, in bytes.
const ROW_MAX: usize = 4 * LINE_MAX;

/// The line that names a Zeek log's columns, and the one that gives
/// their types.
const ZEEK_FIELDS: &[u8] = b"#fields\t";
const ZEEK_TYPES: &[u8] = b"#types\t";

/// Most cells a header may have.
const CELLS_MAX: usize = 32;

/// Longest header cell, in bytes.
const HEADER_CELL_MAX: usize = 48;

/// Words that begin a header worth reading (ASCII case-insensitively),
/// besides the password words and [`COLUMN_WORDS`]: a key column's and
/// the value column's names.
const HEADER_WORDS: &[&str] = &["key", "pw", "value", "wert", "valeur", "valor"];

/// Header cells that name a person only beside a PII column (`name`,
/// `contact`, `nome`, `contato`).
const BARE_NAME_HEADERS: &[&str] = &[
    "name",
    "names",
    "contact",
    "contato",
    "contacto",
    "nome",
    "nombre",
    "nom",
    "naam",
    "navn",
    "namn",
    "nimi",
    "isim",
    "imię",
    "imie",
    "jméno",
    "customer",
    "cliente",
    "kunde",
    "klant",
    "recipient",
    "payee",
    "beneficiary",
    "person",
];

/// Header cells that name the key column of a key/value table.
const KEY_HEADERS: &[&str] = &[
    "key",
    "name",
    "variable",
    "var",
    "env",
    "env var",
    "environment variable",
    "setting",
    "parameter",
    "param",
    "property",
    "field",
    "secret",
    "secret name",
    "credential",
    "config key",
];

/// Header cells that name the value column of a key/value table.
const VALUE_HEADERS: &[&str] = &[
    "value",
    "values",
    "secret value",
    "val",
    "wert",
    "valeur",
    "valor",
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Delimiter {
    /// Markdown: `| a | b |`, then a `|---|---|` line.
    Pipe,
    Tab,
    Comma,
    Semicolon,
}

impl Delimiter {
    fn byte(self) -> u8 {
        match self {
            Delimiter::Pipe => b'|',
            Delimiter::Tab => b'\t',
            Delimiter::Comma => b',',
            Delimiter::Semicolon => b';',
        }
    }
}

/// The words that make a line a table header worth reading: the
/// credential words, and the words that name a PII rule's value.
pub(crate) struct HeaderWords {
    /// Every header word, `<tr` and `|===`: what makes a line outside a
    /// table worth reading.
    skip: AhoCorasick,
    /// Every header word.
    any: AhoCorasick,
    /// The words naming a PII value, if the rules have any.
    pii: Option<AhoCorasick>,
}

impl HeaderWords {
    /// The header words for `rules`: each PII rule's required context
    /// words (`pesel`, `bsn`, `tel`), and the keywords of a PII rule that
    /// has no context because its pattern starts with them (`dob`,
    /// `birth`), when made of letters, inner spaces and underscores (`full_name`;
    /// not `name `, which only ends a label).
    pub(crate) fn new<'a>(rules: impl Iterator<Item = &'a Rule>) -> HeaderWords {
        let mut pii: Vec<String> = Vec::new();
        for rule in rules.filter(|r| r.category == Category::Pii) {
            let words: Vec<&String> = match &rule.context {
                Some(c) if c.required => c.words.iter().collect(),
                Some(_) => continue,
                None => rule
                    .keywords
                    .iter()
                    .filter(|k| {
                        k.trim() == k.as_str()
                            && k.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '_')
                    })
                    .collect(),
            };
            for word in words {
                let word = word.trim();
                if word.chars().count() >= 2 && !pii.iter().any(|w| w == word) {
                    pii.push(word.to_owned());
                }
            }
        }
        let extra: Vec<&str> = pii.iter().map(String::as_str).collect();
        let mut skip = extra.clone();
        skip.extend(["<tr", "<row", "|==="]);
        HeaderWords {
            skip: words(&skip),
            any: words(&extra),
            pii: (!pii.is_empty()).then(|| {
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .build(&pii)
                    .expect("words from validated rules build")
            }),
        }
    }

    /// Whether the header cell `name` names a PII value: it holds one of
    /// the words at the start of a word.
    fn names_pii(&self, name: &[u8]) -> bool {
        self.pii.as_ref().is_some_and(|ac| {
            ac.find_overlapping_iter(name)
                .any(|m| m.start() == 0 || !name[m.start() - 1].is_ascii_alphanumeric())
        })
    }
}

/// Test-only: building the words compiles an Aho-Corasick automaton
/// (about 1.4 ms), so the library shares the engine's
/// ([`crate::engine::Engine::table_words`]) and never builds one per call.
#[cfg(test)]
impl Default for HeaderWords {
    /// The credential words only.
    fn default() -> HeaderWords {
        HeaderWords::new(std::iter::empty())
    }
}

/// The header of the table being read.
struct Header {
    delimiter: Delimiter,
    cells: usize,
    /// Credential columns: index and the name the engine sees.
    columns: Vec<(usize, Vec<u8>)>,
    /// Columns named for a PII value: index and the name the engine sees.
    pii: Vec<(usize, Vec<u8>)>,
    /// A key/value table: the key column and the value column.
    pairs: Option<(usize, usize)>,
    /// The first column names the rows (`Secret`, `Setting`, or no name):
    /// a row naming a credential there holds values in the others.
    labelled: bool,
    /// Markdown: the `|---|` line must come next.
    awaits_rule: bool,
    /// An aligned table (`sqlite3 .mode column`, `vault kv get`,
    /// reStructuredText simple tables): where each column starts, read
    /// from the `---  ---` line under the header.
    starts: Option<Vec<usize>>,
    /// Drawn with box-drawing characters or written in HTML: no rule line
    /// follows the header, and HTML lines of tags only (`<tr>`, `</tr>`)
    /// keep the table.
    markup: bool,
}

/// The table reader's state between lines (and between a stream's chunks).
/// No `Debug`: it holds a line of the input, as [`Batch`] holds cells.
/// No `Default` either: a default would build its own [`HeaderWords`]
/// (an Aho-Corasick automaton) on every call; [`Tables::new`] shares the
/// engine's.
pub(crate) struct Tables {
    words: Arc<HeaderWords>,
    header: Option<Header>,
    /// Inside a line longer than [`LINE_MAX`]: skip to its end.
    overlong: bool,
    /// The previous line, when it may head an aligned table (its columns
    /// are known only from the rule line after it).
    aligned: Option<Vec<u8>>,
    /// An HTML cell that named a credential (`<td>Password:</td>`) on the
    /// line before: the value's cell may come on this one.
    label: Option<Vec<u8>>,
    /// An HTML row open over several lines (`<tr>`, then a cell a line):
    /// its text so far, line breaks as spaces, and its absolute offset.
    /// It is read as one line when `</tr>` closes it.
    row: Option<(Vec<u8>, usize)>,
    /// Inside an AsciiDoc table (`|===`).
    asciidoc: Option<asciidoc::AsciiDoc>,
    /// Inside an SQL `INSERT` whose tuples go on over lines: its columns.
    insert: Option<Header>,
}

impl Tables {
    /// A reader that knows `words` (see [`HeaderWords::new`]).
    pub(crate) fn new(words: Arc<HeaderWords>) -> Tables {
        Tables {
            words,
            header: None,
            overlong: false,
            aligned: None,
            label: None,
            row: None,
            asciidoc: None,
            insert: None,
        }
    }

    /// Reads the whole lines at the start of `text` (all of it when
    /// `is_final`), whose first byte is at absolute offset `base`, adding
    /// the cells to scan to `batch`; returns the bytes read. `text` starts
    /// where the previous call stopped.
    pub(crate) fn advance(
        &mut self,
        text: &[u8],
        base: usize,
        is_final: bool,
        batch: &mut Batch,
    ) -> usize {
        let mut at = 0;
        while at < text.len() {
            if self.overlong {
                match memchr(b'\n', &text[at..]) {
                    Some(i) => {
                        at += i + 1;
                        self.overlong = false;
                        continue;
                    }
                    None => return text.len(),
                }
            }
            if self.header.is_none()
                && self.aligned.is_none()
                && self.label.is_none()
                && self.row.is_none()
                && self.asciidoc.is_none()
                && self.insert.is_none()
            {
                // Outside a table only a header matters: go to the next
                // line holding a header word or opening an HTML row.
                let rest = &text[at..];
                match self.words.skip.find(rest) {
                    Some(m) => at += memrchr(b'\n', &rest[..m.start()]).map_or(0, |i| i + 1),
                    None => {
                        let tail = memrchr(b'\n', rest).map_or(0, |i| i + 1);
                        if rest.len() - tail > LINE_MAX {
                            self.overlong = true;
                            return text.len();
                        }
                        return if is_final { text.len() } else { at + tail };
                    }
                }
            }
            let rest = &text[at..];
            match memchr(b'\n', &rest[..rest.len().min(LINE_MAX + 1)]) {
                Some(i) => {
                    self.line(&rest[..i], base + at, batch);
                    at += i + 1;
                }
                None if rest.len() > LINE_MAX => {
                    self.header = None;
                    self.aligned = None;
                    self.label = None;
                    self.row = None;
                    self.asciidoc = None;
                    self.insert = None;
                    self.overlong = true;
                }
                None if is_final => {
                    self.line(rest, base + at, batch);
                    at = text.len();
                }
                None => break,
            }
        }
        if is_final && let Some((row, from)) = self.row.take() {
            // The text ends inside a row (no `</tr>`): read what it holds.
            self.read(&row, from, batch);
        }
        at
    }

    /// One line without its line break, at absolute offset `base`: an HTML
    /// row over several lines is gathered and read as one line.
    fn line(&mut self, line: &[u8], base: usize, batch: &mut Batch) {
        if self.row.is_none() && asciidoc::is_delimiter(line) {
            self.asciidoc = match self.asciidoc.take() {
                Some(_) => None,
                None => {
                    self.header = None;
                    self.aligned = None;
                    self.label = None;
                    Some(asciidoc::AsciiDoc::default())
                }
            };
            return;
        }
        if let Some(table) = &mut self.asciidoc {
            table.line(line, base, &self.words, batch);
            return;
        }
        if let Some(header) = self.insert.take()
            && line.trim_ascii_start().starts_with(b"(")
        {
            if sql::tuples(line, 0, &header, base, batch) {
                self.insert = Some(header);
            }
            return;
        }
        if let Some((header, from)) = sql::insert(line, &self.words) {
            if sql::tuples(line, from, &header, base, batch) {
                self.insert = Some(header);
            }
            return;
        }
        if let Some(header) = sql::copy(line, &self.words) {
            self.header = Some(header);
            self.aligned = None;
            self.label = None;
            return;
        }
        if let Some((mut row, at)) = self.row.take() {
            let closes = find_tag(line, b"</tr").is_some();
            let ends = [&b"<tr"[..], b"</table", b"</thead", b"</tbody", b"</tfoot"]
                .iter()
                .any(|tag| find_tag(line, tag).is_some());
            if !closes && ends {
                // `<tr>` without `</tr>` (HTML lets a row end unclosed),
                // or `</table>`: the row ended on the line before.
                self.read(&row, at, batch);
                return self.line(line, base, batch);
            }
            row.push(b' ');
            row.extend(line.iter().map(|&b| if b == b'\r' { b' ' } else { b }));
            if closes || row.len() > ROW_MAX {
                self.read(&row, at, batch);
            } else {
                self.row = Some((row, at));
            }
            return;
        }
        if let Some(open) = find_tag(line, b"<tr")
            && find_tag(&line[open..], b"</tr").is_none()
            && tags(&line[open..], b"<tr").nth(1).is_none()
        {
            self.row = Some((
                line.iter()
                    .map(|&b| if b == b'\r' { b' ' } else { b })
                    .collect(),
                base,
            ));
            return;
        }
        self.read(line, base, batch);
    }

    /// One line (or HTML row) without its line break, at absolute offset
    /// `base`.
    fn read(&mut self, line: &[u8], base: usize, batch: &mut Batch) {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        // `<table><tr>...</tr><tr>...</tr></table>` on one line: a row each.
        let rows: Vec<usize> = tags(line, b"<tr").collect();
        if rows.len() > 1 {
            let ends = rows[1..].iter().copied().chain([line.len()]);
            let mut from = 0;
            for end in ends {
                self.read(&line[from..end], base + from, batch);
                from = end;
            }
            return;
        }
        let label = self.label.take();
        let ends_table = memchr_iter(b'<', line).any(|i| {
            line.get(i..i + 7)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"</table"))
        });
        let (drawn, html) = match unboxed(line) {
            Some(boxed) => (Some(boxed), false),
            None => {
                let html = html_row(line);
                let is_html = html.is_some();
                (html, is_html)
            }
        };
        let line = drawn.as_deref().unwrap_or(line);
        // `<td>Password:</td>`, then `<td>value</td>` on the next line.
        let lone = if html { lone_cell(line) } else { None };
        if let (Some(name), Some(cell)) = (&label, lone) {
            push_worth_scanning(batch, name, line, cell, base);
        }
        if let Some(previous) = self.aligned.take()
            && drawn.is_none()
        {
            if let Some(starts) = rule_columns(line)
                && let Some(header) = aligned_header(&previous, starts, &self.words)
            {
                self.header = Some(header);
                return;
            }
            // `column -t`, a hand-aligned list: no rule line, but a header
            // of labels only (no digits, no punctuation), and this row
            // starts a cell where each label of the header starts.
            if let Some(starts) = label_columns(&previous)
                && previous.iter().all(|&b| {
                    b.is_ascii_alphabetic() || matches!(b, b' ' | b'_' | b'-') || b >= 0x80
                })
                && split_aligned(line, &starts).is_some_and(|cells| {
                    cells
                        .iter()
                        .zip(&starts)
                        .all(|(&(a, b), &s)| a == s && a < b)
                })
                && let Some(header) = aligned_header(&previous, starts, &self.words)
            {
                self.header = Some(header);
            }
        }
        if let Some(header) = &mut self.header {
            if header.delimiter == Delimiter::Tab && line.starts_with(ZEEK_TYPES) {
                // Zeek's `#types` line follows `#fields`: the rows come next.
                return;
            }
            if header.markup && drawn.is_some() && line.trim_ascii().is_empty() {
                // `<tr>`, `</tr>`: a row's cells may follow; `</table>` ends.
                if ends_table {
                    self.header = None;
                }
                return;
            }
            if header.awaits_rule {
                header.awaits_rule = false;
                if is_rule_line(line) {
                    return;
                }
                // `| env | user | password |`, then rows without a rule
                // line between: a row of the header's width, in the pipes
                // that open a Markdown row (a git diffstat has none),
                // continues it.
                if line.trim_ascii_start().starts_with(b"|")
                    && let Some(cells) =
                        split(line, header.delimiter).filter(|c| c.len() == header.cells)
                {
                    header.row(line, &cells, base, batch);
                    return;
                }
            } else if is_rule_line(line)
                && (header.delimiter == Delimiter::Pipe || header.starts.is_some())
            {
                // A grid table (reStructuredText, tabulate) rules every row.
                return;
            } else if let Some(cells) = match &header.starts {
                Some(starts) => split_aligned(line, starts),
                None => split(line, header.delimiter),
            }
            .filter(|c| c.len() == header.cells)
            {
                header.row(line, &cells, base, batch);
                return;
            }
        }
        // A form's row (`| CVV | 882 |`) heads no table.
        let form = labelled_row(
            line,
            drawn.is_some() && !html,
            Some(&self.words),
            base,
            batch,
        );
        self.header = (!form).then(|| read_header(line, &self.words)).flatten();
        if let Some(header) = &mut self.header
            && drawn.is_some()
        {
            // Box drawing or HTML is table enough: DuckDB prints a type
            // row, not a rule line, under the header.
            header.awaits_rule = false;
            header.markup = true;
        }
        if let Some(cell) = lone
            && let Some(name) = credential_label(&line[cell.0..cell.1])
        {
            self.label = Some(name);
        }
        if self.header.is_none() && drawn.is_none() && may_head_aligned(line, &self.words) {
            self.aligned = Some(line.to_vec());
        }
    }
}

impl Header {
    /// Adds a data row's credential cells to `batch`.
    fn row(&self, line: &[u8], cells: &[(usize, usize)], base: usize, batch: &mut Batch) {
        if self.columns.is_empty() && self.pairs.is_none() {
            // A header read for its PII columns only (`attribute,web-app,
            // mobile-app`): a row may still name a credential first.
            labelled_row(line, false, None, base, batch);
        }
        for (i, name) in &self.columns {
            let (from, to) = unquoted(line, cells[*i]);
            if worth_scanning(&line[from..to]) {
                batch.push(name, &line[from..to], base + from);
            }
        }
        for (i, name) in &self.pii {
            let (from, to) = unquoted(line, cells[*i]);
            if may_hold_pii(&line[from..to]) {
                batch.push_pii(name, &line[from..to], base + from);
            }
        }
        // A transposed table under a header of its own (`| Secret |
        // Staging | Production |`): a row that names a credential in its
        // first cell holds values in the others. Not under `Pass | Notes`:
        // there the first column holds values.
        if self.pairs.is_none() && self.labelled {
            let (from, to) = unquoted(line, cells[0]);
            if let Some(name) = credential_label(&line[from..to]) {
                for (i, &cell) in cells.iter().enumerate().skip(1) {
                    if !self.columns.iter().any(|(c, _)| *c == i) {
                        push_worth_scanning(batch, &name, line, cell, base);
                    }
                }
            }
        }
        if let Some((k, v)) = self.pairs {
            let (kf, kt) = unquoted(line, cells[k]);
            let key = &line[kf..kt];
            let (from, to) = unquoted(line, cells[v]);
            push_pair(batch, key, &line[from..to], base + from);
        }
    }
}

/// Adds a key/value table's `value` (at absolute offset `at`) under `key`.
/// A key names its value, so a diceware passphrase is read too (`correct
/// horse battery staple`: 3+ lower-case words; the credential scorer drops
/// sentences such as `stored in vault`).
fn push_pair(batch: &mut Batch, key: &[u8], value: &[u8], at: usize) {
    let words = value.split(|&b| b == b' ').filter(|w| !w.is_empty());
    let passphrase = words.clone().count() >= 3
        && words
            .clone()
            .all(|w| w.len() >= 3 && w.iter().all(u8::is_ascii_lowercase));
    if !key.is_empty()
        && key.len() <= 64
        && !key.contains(&b'"')
        && (worth_scanning(value) || passphrase)
    {
        batch.push(key, value, at);
    }
}

/// Whether a cell under a credential header can hold one: one word with a
/// digit or a symbol, or 16+ letters of both cases. A column also holds notes (`sent via Signal`,
/// `rotated`, `SSO`, `(expired)`), dates and numbers, which a row gives
/// without the quotes or syntax that would tell them from a value.
fn worth_scanning(cell: &[u8]) -> bool {
    let symbol = |b: &u8| !b.is_ascii_alphanumeric() && *b < 0x80;
    // `AcCFZDYnVxsAKxXcpjHUrOHwgvPhFozT`: letters only, machine-made.
    let mixed_case = cell.len() >= 16
        && cell.iter().any(u8::is_ascii_uppercase)
        && cell.iter().any(u8::is_ascii_lowercase);
    let date_or_number =
        |b: &u8| b.is_ascii_digit() || matches!(b, b'-' | b':' | b'/' | b'.' | b'+' | b'T' | b'Z');
    let note = cell.starts_with(b"(") && cell.ends_with(b")");
    !cell.is_empty()
        && !note
        && !cell.iter().any(u8::is_ascii_whitespace)
        && (mixed_case || cell.iter().any(|b| b.is_ascii_digit() || symbol(b)))
        && !cell.iter().all(date_or_number)
}

/// Whether a cell under a PII column can hold a value the PII rules that
/// need a context word match: national IDs, phone numbers, account
/// numbers and dates all have six digits or more; a person's name is
/// one or more words with no digit, the first capitalised or in another
/// script (a first-name or surname column holds one word).
fn may_hold_pii(cell: &[u8]) -> bool {
    let digits = cell.iter().filter(|b| b.is_ascii_digit()).count();
    cell.len() <= 64
        && (digits >= 6
            || (digits == 0
                && (cell.contains(&b' ')
                    || cell.len() >= 2
                        && cell.iter().all(|&b| {
                            b.is_ascii_alphabetic() || b >= 0x80 || b == b'-' || b == b'\''
                        }))
                && cell
                    .first()
                    .is_some_and(|&b| b.is_ascii_uppercase() || b >= 0x80)))
}

/// The table header `line` is, if it names a credential column, a PII
/// column or a key/value pair of columns.
fn read_header(line: &[u8], words: &HeaderWords) -> Option<Header> {
    let line = line.strip_prefix("\u{feff}".as_bytes()).unwrap_or(line);
    // A Zeek log names its tab-separated columns on a `#fields` line.
    let line = line.strip_prefix(ZEEK_FIELDS).unwrap_or(line);
    let trimmed = line.trim_ascii();
    // Most lines with a header word are code, logs or prose: a character no
    // header cell has rejects them before any splitting.
    if trimmed.len() > CELLS_MAX * (HEADER_CELL_MAX + 3)
        || trimmed.iter().any(|&b| CODE_BYTES[usize::from(b)])
    {
        return None;
    }
    let delimiter = if trimmed.starts_with(b"|") {
        Delimiter::Pipe
    } else if trimmed.contains(&b'\t') {
        Delimiter::Tab
    } else if trimmed.contains(&b',') {
        Delimiter::Comma
    } else if trimmed.contains(&b';') {
        Delimiter::Semicolon
    } else if trimmed.windows(3).any(|w| w == b" | ") {
        Delimiter::Pipe
    } else {
        return None;
    };
    // A CSV header starts its line: an indented line, or one ending in
    // `, ` style separators and a comma, continues a list (of arguments,
    // names, files) wrapped over lines.
    let spaced = trimmed
        .windows(2)
        .any(|w| w[0] == delimiter.byte() && w[1] == b' ');
    if delimiter != Delimiter::Pipe
        && (line.first().is_some_and(u8::is_ascii_whitespace)
            || (trimmed.last() == Some(&delimiter.byte()) && spaced))
    {
        return None;
    }
    let wiki = trimmed.starts_with(b"||");
    let cells = match wiki {
        true => split_wiki(line)?,
        false => split(line, delimiter)?,
    };
    let names: Vec<&[u8]> = cells
        .iter()
        .map(|&c| {
            let (from, to) = unquoted(line, c);
            strip_emphasis(&line[from..to])
        })
        .collect();
    let awaits_rule = delimiter == Delimiter::Pipe && !wiki;
    header_of(&names, delimiter, awaits_rule, None, words)
}

/// The header whose cells are `names`, if it names a credential column, a
/// PII column or a key/value pair of columns.
fn header_of(
    names: &[&[u8]],
    delimiter: Delimiter,
    awaits_rule: bool,
    starts: Option<Vec<usize>>,
    words: &HeaderWords,
) -> Option<Header> {
    let filled = names.iter().filter(|n| !n.is_empty()).count();
    if !(2..=CELLS_MAX).contains(&names.len())
        || filled < 2
        || !names.iter().all(|n| header_cell(n, delimiter))
    {
        return None;
    }
    let lower: Vec<Vec<u8>> = names.iter().map(|n| n.to_ascii_lowercase()).collect();
    let position = |list: &[&str]| {
        let mut found = lower
            .iter()
            .enumerate()
            .filter(|(_, n)| list.iter().any(|w| w.as_bytes() == n.as_slice()));
        match (found.next(), found.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    };
    let pairs = position(KEY_HEADERS).zip(position(VALUE_HEADERS));
    let columns: Vec<(usize, Vec<u8>)> = names
        .iter()
        .enumerate()
        .filter(|(i, n)| pairs.is_none_or(|(k, _)| k != *i) && is_credential_column(n))
        .map(|(i, n)| (i, engine_name(n)))
        .collect();
    let pii: Vec<(usize, Vec<u8>)> = names
        .iter()
        .enumerate()
        .filter(|(i, n)| {
            pairs.is_none_or(|(k, _)| k != *i)
                && !columns.iter().any(|(c, _)| c == i)
                && words.names_pii(n)
        })
        .map(|(i, n)| (i, engine_name(n)))
        .collect();
    // `name,phone,stage`, `supplier<TAB>name<TAB>iban`: a bare name column
    // beside a PII column holds people (alone it heads service and
    // resource listings: kubectl's `NAME`); its cells are read as full
    // names, so they need two capitalised words.
    let mut pii = pii;
    if !pii.is_empty() {
        for (i, n) in lower.iter().enumerate() {
            let taken = |list: &[(usize, Vec<u8>)]| list.iter().any(|(c, _)| *c == i);
            if BARE_NAME_HEADERS
                .iter()
                .any(|w| w.as_bytes() == n.as_slice())
                && !taken(&pii)
                && !taken(&columns)
                && pairs.is_none_or(|(k, v)| k != i && v != i)
            {
                pii.push((i, b"full_name".to_vec()));
            }
        }
    }
    // `Password,Passwort,Mot de passe`: a header of credential words only
    // heads a translation table, not credentials.
    if (columns.is_empty() && pairs.is_none() && pii.is_empty())
        || (!columns.is_empty() && columns.len() == filled)
    {
        return None;
    }
    Some(Header {
        delimiter,
        cells: names.len(),
        columns,
        pii,
        pairs,
        labelled: lower[0].is_empty() || KEY_HEADERS.iter().any(|w| w.as_bytes() == lower[0]),
        awaits_rule,
        starts,
        markup: false,
    })
}

/// Whether `line` may head an aligned table: a header word, and labels
/// parted by two or more spaces.
fn may_head_aligned(line: &[u8], words: &HeaderWords) -> bool {
    line.len() <= LINE_MAX
        && !line.first().is_some_and(u8::is_ascii_whitespace)
        && memmem::find(line, b"  ").is_some()
        && words.any.is_match(line)
}

/// The header of an aligned table: `line`'s labels at the column `starts`.
fn aligned_header(line: &[u8], starts: Vec<usize>, words: &HeaderWords) -> Option<Header> {
    let cells = split_aligned(line, &starts)?;
    let names: Vec<&[u8]> = cells.iter().map(|&(a, b)| &line[a..b]).collect();
    if names.iter().any(|n| n.contains(&b'|') || n.contains(&b',')) {
        return None;
    }
    header_of(&names, Delimiter::Tab, false, Some(starts), words)
}

/// Where the columns of an aligned table without a rule line start: at
/// each label of its header `line`, the labels parted by two or more
/// spaces.
fn label_columns(line: &[u8]) -> Option<Vec<usize>> {
    let line = line.trim_ascii_end();
    let starts: Vec<usize> = (0..line.len())
        .filter(|&i| line[i] != b' ' && (i == 0 || (i >= 2 && &line[i - 2..i] == b"  ")))
        .collect();
    (starts.first() == Some(&0) && (2..=CELLS_MAX).contains(&starts.len())).then_some(starts)
}

/// Where the columns of an aligned table start: the dash or `=` runs of
/// its rule line (`--  -----------`, `====  ====`), two or more.
fn rule_columns(line: &[u8]) -> Option<Vec<usize>> {
    let line = line.trim_ascii_end();
    if line.is_empty() || !line.iter().all(|b| matches!(b, b'-' | b'=' | b' ')) {
        return None;
    }
    let starts: Vec<usize> = (0..line.len())
        .filter(|&i| line[i] != b' ' && (i == 0 || line[i - 1] == b' '))
        .collect();
    (2..=CELLS_MAX).contains(&starts.len()).then_some(starts)
}

/// The cells of an aligned table's `line` at the column `starts`, or
/// `None` when text runs across a column start or the line is blank.
fn split_aligned(line: &[u8], starts: &[usize]) -> Option<Vec<(usize, usize)>> {
    if line.trim_ascii().is_empty() {
        return None;
    }
    let mut cells = Vec::with_capacity(starts.len());
    for (i, &start) in starts.iter().enumerate() {
        let from = start.min(line.len());
        if i > 0 && from < line.len() && line[from - 1] != b' ' {
            return None;
        }
        let to = starts.get(i + 1).map_or(line.len(), |&n| n.min(line.len()));
        let cell = &line[from..to.max(from)];
        let lead = cell.len() - cell.trim_ascii_start().len();
        let trail = cell.len() - cell.trim_ascii_end().len();
        cells.push((from + lead, (to.max(from) - trail).max(from + lead)));
    }
    Some(cells)
}

/// A row that names its value in its first cell (`| Password | s3cr3t |`,
/// `<td>API key:</td><td>...</td>`): a transposed table, a form, a
/// welcome e-mail. The other cells go to `batch` under that name.
///
/// A pipe row must start with a pipe unless box drawing drew it (`psql`'s
/// `password │ value`); a CSV, TSV or `;` row needs two values or more,
/// each one that may hold a secret (`password,salt,hash` names columns).
/// With `words`, a pipe row of two cells whose first names a PII value
/// (`| CVV | 882 |`, `| Name on card | Hannah Taylor |`: a form) hands
/// its value to the PII rules the same way; then it returns true. It
/// returns true too for a pipe row whose first cell labels a credential
/// and one of whose other cells holds a value no header has
/// (`| DB password | Harbor#Lantern42 |`): such a row is a form's, so the
/// rows after it are read as forms too, not as cells under it.
fn labelled_row(
    line: &[u8],
    drawn: bool,
    words: Option<&HeaderWords>,
    base: usize,
    batch: &mut Batch,
) -> bool {
    let trimmed = line.trim_ascii_start();
    let delimiter = if trimmed.starts_with(b"|") || (drawn && trimmed.contains(&b'|')) {
        Delimiter::Pipe
    } else if trimmed.len() < line.len() {
        return false;
    } else if line.contains(&b'\t') {
        Delimiter::Tab
    } else if line.contains(&b',') {
        Delimiter::Comma
    } else if line.contains(&b';') {
        Delimiter::Semicolon
    } else {
        return false;
    };
    let Some(cells) = split(line, delimiter) else {
        return false;
    };
    let (from, to) = unquoted(line, cells[0]);
    let Some(name) = credential_label(&line[from..to]) else {
        return delimiter == Delimiter::Pipe
            && cells.len() == 2
            && words
                .is_some_and(|words| pii_form_row(line, (from, to), cells[1], words, base, batch));
    };
    let values = &cells[1..];
    if delimiter != Delimiter::Pipe
        && (values.len() < 2
            || !values.iter().all(|&c| {
                let (from, to) = unquoted(line, c);
                worth_scanning(&line[from..to])
            }))
    {
        return false;
    }
    for &cell in values {
        push_worth_scanning(batch, &name, line, cell, base);
    }
    delimiter == Delimiter::Pipe
        && values.iter().any(|&c| {
            let (from, to) = unquoted(line, c);
            value_like(strip_emphasis(&line[from..to]))
        })
}

/// Whether a cell holds what no header cell does: a symbol of a typed
/// password (`Harbor#Lantern42`) or a word of 6+ characters mixing
/// letters and digits (`9f8Kq2Zx7LmN`). `API v2`, `Expires (UTC)` and
/// `Notes` are header cells.
fn value_like(cell: &[u8]) -> bool {
    cell.iter().any(|b| b"#!%&*+=?^~@$".contains(b))
        || cell.split(|&b| b == b' ').any(|w| {
            w.len() >= 6
                && w.iter().any(u8::is_ascii_digit)
                && w.iter().any(u8::is_ascii_alphabetic)
        })
}

/// The value cell `value` of a form's row in `line` when the label cell
/// `label` names a PII value: to `batch` as a PII cell under the label,
/// when it may hold one (a card security code is three or four digits)
/// and names none itself (`| Name | Phone |` heads a table). Whether it
/// went.
fn pii_form_row(
    line: &[u8],
    label: (usize, usize),
    value: (usize, usize),
    words: &HeaderWords,
    base: usize,
    batch: &mut Batch,
) -> bool {
    let label = strip_emphasis(&line[label.0..label.1]);
    let label = label.strip_suffix(b":").unwrap_or(label).trim_ascii_end();
    if label.is_empty() || label.len() > HEADER_CELL_MAX || !words.names_pii(label) {
        return false;
    }
    let (from, to) = unquoted(line, value);
    let cell = &line[from..to];
    let code = (3..=4).contains(&cell.len()) && cell.iter().all(u8::is_ascii_digit);
    let form =
        (code || may_hold_pii(cell)) && !words.names_pii(cell) && !is_credential_column(cell);
    if form {
        batch.push_pii(&engine_name(label), cell, base + from);
    }
    form
}

/// The name the engine sees for a cell that labels a credential
/// (`Password:`, `**API key**`), if it does.
fn credential_label(cell: &[u8]) -> Option<Vec<u8>> {
    let label = strip_emphasis(cell);
    let label = label.strip_suffix(b":").unwrap_or(label).trim_ascii_end();
    (!label.is_empty() && header_cell(label, Delimiter::Pipe) && is_credential_column(label))
        .then(|| engine_name(label))
}

/// Adds the cell at `cell` in `line` (offset `base`) to `batch` under
/// `name`, when it may hold a value.
fn push_worth_scanning(
    batch: &mut Batch,
    name: &[u8],
    line: &[u8],
    cell: (usize, usize),
    base: usize,
) {
    let (from, to) = unquoted(line, cell);
    if worth_scanning(&line[from..to]) {
        batch.push(name, &line[from..to], base + from);
    }
}

/// The one cell of a line that holds one (`|   Password:`, as an HTML
/// line `<td>Password:</td>` reads), as a span.
fn lone_cell(line: &[u8]) -> Option<(usize, usize)> {
    let from = line.len() - line.trim_ascii_start().len();
    let rest = line[from..].strip_prefix(b"|")?;
    if rest.contains(&b'|') {
        return None;
    }
    let lead = rest.len() - rest.trim_ascii_start().len();
    let cell = (from + 1 + lead, from + 1 + rest.trim_ascii_end().len());
    (cell.0 < cell.1).then_some(cell)
}

/// An HTML line of a table (`<tr><td>a</td><td>b</td></tr>`, `<th>`,
/// `</tr>`), of a definition list (`<dt>Password</dt><dd>x</dd>`) or of a
/// spreadsheet's sheet XML (`<row><c>...</c></row>`) as the pipe row it
/// holds, at the same offsets: each `<td>`, `<th>`, `<dt>`, `<dd>` or
/// (in a `<row>`) `<c>` tag becomes `|`, every tag blanks. `None` when the line has no
/// table or list tag.
fn html_row(line: &[u8]) -> Option<Vec<u8>> {
    let tag_name = |tag: &[u8]| -> Vec<u8> {
        let tag = tag.strip_prefix(b"/").unwrap_or(tag);
        let end = tag
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .unwrap_or(tag.len());
        tag[..end].to_ascii_lowercase()
    };
    let table_tag = |name: &[u8]| {
        [
            &b"td"[..],
            b"th",
            b"tr",
            b"table",
            b"thead",
            b"tbody",
            b"tfoot",
            b"dl",
            b"dt",
            b"dd",
        ]
        .contains(&name)
    };
    let mut tags = Vec::new();
    let mut at = 0;
    while let Some(i) = memchr(b'<', &line[at..]) {
        let start = at + i;
        let Some(j) = memchr(b'>', &line[start..]) else {
            break;
        };
        let end = start + j + 1;
        tags.push((start, end, tag_name(&line[start + 1..end - 1])));
        at = end;
    }
    // A spreadsheet's sheet XML (`<row><c><is><t>a</t></is></c>...</row>`,
    // a `.xlsx` file's `sheet1.xml`): `<row>` is a row and `<c>` a cell.
    let sheet = tags.iter().any(|(_, _, name)| name == b"row");
    if !sheet && !tags.iter().any(|(_, _, name)| table_tag(name)) {
        return None;
    }
    let mut out = line.to_vec();
    for (start, end, name) in tags {
        out[start..end].fill(b' ');
        let cell = matches!(&name[..], b"td" | b"th" | b"dt" | b"dd") || (sheet && name == b"c");
        if line[start + 1] != b'/' && cell {
            out[start] = b'|';
        }
    }
    Some(out)
}

/// A line drawn with box-drawing characters (U+2500-U+257F: DuckDB,
/// `psql` with `linestyle unicode`, Python's `rich` and `tabulate`'s
/// `fancy_grid`) as the pipe table it draws, at the same offsets: each
/// vertical line (`│`, `┃`, `║`) becomes `|` and every other piece `-`,
/// each padded to the character's three bytes with spaces. `None` when the
/// line has none.
fn unboxed(line: &[u8]) -> Option<Vec<u8>> {
    let drawn =
        |w: &[u8]| w[0] == 0xe2 && matches!(w[1], 0x94 | 0x95) && (0x80..=0xbf).contains(&w[2]);
    if !memchr_iter(0xe2, line).any(|i| line.get(i..i + 3).is_some_and(drawn)) {
        return None;
    }
    let mut out = line.to_vec();
    let mut at = 0;
    while at + 3 <= out.len() {
        if !drawn(&out[at..at + 3]) {
            at += 1;
            continue;
        }
        let code = 0x2500 + (u32::from(out[at + 1] - 0x94) << 6) + u32::from(out[at + 2] & 0x3f);
        let vertical = matches!(
            code,
            0x2502 | 0x2503 | 0x2506 | 0x2507 | 0x250a | 0x250b | 0x2551 | 0x254e | 0x254f
        );
        out[at..at + 3].copy_from_slice(if vertical { b"|  " } else { b"-  " });
        at += 3;
    }
    Some(out)
}

/// Whether `name` can be a header cell: a short label of at most four
/// words, with a letter and none of the characters of code or values.
fn header_cell(name: &[u8], delimiter: Delimiter) -> bool {
    let code = |b: &u8| {
        matches!(
            b,
            b'=' | b':'
                | b'@'
                | b'<'
                | b'>'
                | b'{'
                | b'}'
                | b'['
                | b']'
                | b'\\'
                | b'$'
                | b'"'
                | b';'
        ) || (delimiter != Delimiter::Pipe && matches!(b, b'/' | b'\''))
    };
    // `Password (prod)`, `No.`: a parenthesised last word, a final dot;
    // not a call (`login(user`) or a file name (`chpasswd.8`).
    let paren = name.iter().position(|&b| b == b'(' || b == b')');
    let call = paren
        .is_some_and(|i| name[i] == b')' || i == 0 || name[i - 1] != b' ' || !name.ends_with(b")"));
    // A dot inside a word is code (`chpasswd.8`, `user.email`); one after
    // single letters abbreviates (`T.C. Kimlik No`, `D.O.B.`).
    let dotted = name.iter().enumerate().any(|(i, &b)| {
        b == b'.'
            && name.get(i + 1).is_some_and(u8::is_ascii_alphanumeric)
            && name[..i]
                .iter()
                .rev()
                .take_while(|c| c.is_ascii_alphanumeric())
                .count()
                >= 2
    });
    let code_like = delimiter != Delimiter::Pipe && (call || dotted);
    name.is_empty()
        || (name.len() <= HEADER_CELL_MAX
            && name.split(|&b| b == b' ').filter(|w| !w.is_empty()).count() <= 4
            && !code_like
            // `#`, `№`: an index column's label.
            && (name.len() <= 3 || name.iter().any(|&b| b.is_ascii_alphabetic() || b >= 0x80))
            && !name.iter().any(code))
}

/// A header cell as a key name the credential rules read: without a
/// parenthesised qualifier (`Password (prod)` gives `Password`), name
/// characters kept and anything else a space, lower-cased when it is not
/// ASCII (the rules fold ASCII case only: `Пароль` gives `пароль`).
fn engine_name(name: &[u8]) -> Vec<u8> {
    let name = match name.iter().position(|&b| b == b'(') {
        Some(i) if i > 0 => &name[..i],
        _ => name,
    };
    let kept: Vec<u8> = name
        .iter()
        .map(
            |&b| match b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.') || b >= 0x80 {
                true => b,
                false => b' ',
            },
        )
        .collect();
    let kept = kept.trim_ascii();
    match (kept.is_ascii(), std::str::from_utf8(kept)) {
        (false, Ok(text)) => text.to_lowercase().into_bytes(),
        _ => kept.to_vec(),
    }
}

/// `**Password**`, `` `API_KEY` ``: a cell's emphasis or code span.
fn strip_emphasis(cell: &[u8]) -> &[u8] {
    let mut cell = cell;
    for mark in [&b"**"[..], b"__", b"*", b"`"] {
        if cell.len() > 2 * mark.len() && cell.starts_with(mark) && cell.ends_with(mark) {
            cell = &cell[mark.len()..cell.len() - mark.len()];
        }
    }
    cell.trim_ascii()
}

/// A cell's span without the quotes or code span around it. Confluence
/// wiki's monospace `{{Lantern.quartz98^}}` counts as a code span when
/// what it holds is not a template's name (`{{password}}`,
/// `{{ .Values.pw }}`).
fn unquoted(line: &[u8], (from, to): (usize, usize)) -> (usize, usize) {
    let cell = &line[from..to];
    let monospace = |inner: &[u8]| {
        !inner.is_empty()
            && !inner.iter().any(u8::is_ascii_whitespace)
            && !inner
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.'))
    };
    match (cell.first(), cell.last()) {
        (Some(&a), Some(&b)) if cell.len() >= 2 && a == b && matches!(a, b'"' | b'\'' | b'`') => {
            (from + 1, to - 1)
        }
        _ if cell.len() > 4
            && cell.starts_with(b"{{")
            && cell.ends_with(b"}}")
            && monospace(&cell[2..cell.len() - 2]) =>
        {
            (from + 2, to - 2)
        }
        _ => (from, to),
    }
}

/// A Markdown table's rule line (`|---|:--:|`, `--- | ---`), the one
/// psql and the mysql client print under their header (`-----+-----`,
/// `+-----+-----+`), or a grid table's (`+=====+=====+`).
fn is_rule_line(line: &[u8]) -> bool {
    let line = line.trim_ascii();
    (line.contains(&b'-') || line.contains(&b'='))
        && line
            .iter()
            .all(|b| matches!(b, b'|' | b'-' | b'=' | b':' | b'+' | b' ' | b'\t'))
}

/// The header cells of a Confluence or Jira wiki table (`||User||Password||`),
/// whose rows separate cells with single pipes.
fn split_wiki(line: &[u8]) -> Option<Vec<(usize, usize)>> {
    let from = line.len() - line.trim_ascii_start().len() + 2;
    let to = line.trim_ascii_end().len();
    let to = if line[..to].ends_with(b"||") && to >= from + 2 {
        to - 2
    } else {
        to
    };
    let mut cells = Vec::new();
    let mut at = from;
    while at <= to {
        let end = line[at..to]
            .windows(2)
            .position(|w| w == b"||")
            .map_or(to, |i| at + i);
        let cell = &line[at..end];
        let lead = cell.len() - cell.trim_ascii_start().len();
        let trail = cell.len() - cell.trim_ascii_end().len();
        cells.push((at + lead, (end - trail).max(at + lead)));
        if cells.len() > CELLS_MAX {
            return None;
        }
        at = end + 2;
    }
    (cells.len() >= 2).then_some(cells)
}

/// The cells of `line` (spans without surrounding spaces), or `None` when
/// it has fewer than two. CSV cells may be quoted (`"a, b"`, `""` inside);
/// Markdown cells are between pipes, `\|` escaped.
fn split(line: &[u8], delimiter: Delimiter) -> Option<Vec<(usize, usize)>> {
    let sep = delimiter.byte();
    let (mut at, end) = match delimiter {
        Delimiter::Pipe => {
            let from = line.len() - line.trim_ascii_start().len();
            let to = line.trim_ascii_end().len();
            let led = line.get(from) == Some(&b'|');
            let from = if led { from + 1 } else { from };
            // `a | b |` without a leading pipe (psql's last column empty)
            // ends in an empty cell.
            let to = if led
                && to > from
                && line[to - 1] == b'|'
                && line.get(to.wrapping_sub(2)) != Some(&b'\\')
            {
                to - 1
            } else {
                to
            };
            (from, to)
        }
        _ => (0, line.len()),
    };
    let mut cells = Vec::new();
    loop {
        let start = at;
        while at < end && line[at] == b' ' {
            at += 1;
        }
        let quoted = delimiter != Delimiter::Pipe && at < end && line[at] == b'"';
        if quoted {
            at += 1;
            while at < end {
                if line[at] == b'"' {
                    if line.get(at + 1) == Some(&b'"') {
                        at += 2;
                        continue;
                    }
                    break;
                }
                at += 1;
            }
            at = (at + 1).min(end);
        }
        while at < end && line[at] != sep {
            at += usize::from(delimiter == Delimiter::Pipe && line[at] == b'\\') + 1;
        }
        let at_end = at.min(end);
        let cell = &line[start..at_end];
        let lead = cell.len() - cell.trim_ascii_start().len();
        let trail = cell.len() - cell.trim_ascii_end().len();
        let (from, to) = (start + lead, (at_end - trail).max(start + lead));
        cells.push((from, to));
        if cells.len() > CELLS_MAX * 4 {
            return None;
        }
        if at >= end {
            break;
        }
        at += 1;
    }
    (cells.len() >= 2).then_some(cells)
}

/// Where the tag `tag` (`<tr`, `</table`: a whole tag name, not `<track`)
/// starts in `line`, ASCII case-insensitively.
fn find_tag(line: &[u8], tag: &[u8]) -> Option<usize> {
    tags(line, tag).next()
}

/// Every offset where the tag `tag` starts in `line` ([`find_tag`]).
/// `tag` starts with `<`: only the offsets memchr finds one at are tried.
fn tags<'a>(line: &'a [u8], tag: &'a [u8]) -> impl Iterator<Item = usize> + 'a {
    debug_assert_eq!(tag.first(), Some(&b'<'));
    memchr_iter(b'<', line).filter(move |&i| {
        line.get(i..i + tag.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(tag))
            && !line
                .get(i + tag.len())
                .is_some_and(u8::is_ascii_alphanumeric)
    })
}

/// The bytes no header cell holds: `=`, `:`, `@`, `<`, `>`, braces,
/// brackets, `\` and `$` (a lookup, not a branch per byte: every line of
/// text with a delimiter is tried as a header).
const CODE_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let code = b"=:@<>{}[]\\$";
    let mut i = 0;
    while i < code.len() {
        table[code[i] as usize] = true;
        i += 1;
    }
    table
};

/// The header words and `extra`, ASCII case-insensitively.
fn words(extra: &[&str]) -> AhoCorasick {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(
            PASSWORD_WORDS
                .iter()
                .chain(COLUMN_WORDS)
                .chain(HEADER_WORDS)
                .chain(extra),
        )
        .expect("a fixed word list builds")
}

/// Cells to scan, each written as `name: "cell"` on its own line, scanned
/// in one engine call.
#[derive(Default)]
pub(crate) struct Batch {
    text: Vec<u8>,
    /// Per cell: its span in `text`, its absolute offset in the input, and
    /// the category of the findings kept in it.
    cells: Vec<(usize, usize, usize, Category)>,
}

impl Batch {
    /// Adds `cell` (at absolute offset `at`) under key `name`, for secret
    /// findings; an empty cell, or one holding every quote character, is
    /// left out.
    fn push(&mut self, name: &[u8], cell: &[u8], at: usize) {
        self.push_kept(name, cell, at, Category::Secret);
    }

    /// As [`Batch::push`], for PII findings.
    fn push_pii(&mut self, name: &[u8], cell: &[u8], at: usize) {
        self.push_kept(name, cell, at, Category::Pii);
    }

    fn push_kept(&mut self, name: &[u8], cell: &[u8], at: usize, kept: Category) {
        if cell.is_empty() {
            return;
        }
        let Some(quote) = [b'"', b'\'', b'`'].into_iter().find(|q| !cell.contains(q)) else {
            return;
        };
        self.text.extend_from_slice(name);
        self.text.extend_from_slice(b": ");
        self.text.push(quote);
        let from = self.text.len();
        self.text.extend_from_slice(cell);
        self.cells.push((from, self.text.len(), at, kept));
        self.text.push(quote);
        self.text.extend_from_slice(b"\n\n");
    }

    /// Whether nothing was added.
    pub(crate) fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }

    /// Scans the cells and adds the findings inside them (secret or PII, as
    /// each cell was pushed) to `found`, at their places in the input.
    pub(crate) fn scan(
        &self,
        engine: &Engine,
        cost: Option<&mut Cost>,
        found: &mut Vec<Detection>,
    ) -> Result<()> {
        if self.is_empty() {
            return Ok(());
        }
        for d in engine.detect_all_counted(&self.text, cost)? {
            let i = self.cells.partition_point(|c| c.1 <= d.start);
            let Some(&(from, to, at, kept)) = self.cells.get(i) else {
                continue;
            };
            if engine.rules[d.rule].rule.category != kept {
                continue;
            }
            let (start, end) = (d.start.max(from), d.end.min(to));
            if start < end {
                found.push(Detection {
                    start: at + start - from,
                    end: at + end - from,
                    ..d
                });
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(line: &str, d: Delimiter) -> Vec<&str> {
        split(line.as_bytes(), d)
            .unwrap()
            .into_iter()
            .map(|(a, b)| &line[a..b])
            .collect()
    }

    #[test]
    fn splits_csv_markdown_and_quotes() {
        assert_eq!(cells("a, b ,c", Delimiter::Comma), ["a", "b", "c"]);
        assert_eq!(
            cells("x,\"p,w \"\"q\"\"\",y", Delimiter::Comma),
            ["x", "\"p,w \"\"q\"\"\"", "y"]
        );
        assert_eq!(cells("| a | `b` |", Delimiter::Pipe), ["a", "`b`"]);
        assert_eq!(cells("| a | b\\|c |", Delimiter::Pipe), ["a", "b\\|c"]);
        assert_eq!(cells("a | b", Delimiter::Pipe), ["a", "b"]);
        assert_eq!(cells("a,,b", Delimiter::Comma), ["a", "", "b"]);
        assert!(split(b"no cells here", Delimiter::Comma).is_none());
    }

    fn read_header_plain(line: &[u8]) -> Option<Header> {
        read_header(line, &HeaderWords::default())
    }

    #[test]
    fn reads_headers() {
        let h = read_header_plain(b"User name,Password,Access key ID,Secret access key").unwrap();
        let names: Vec<_> = h.columns.iter().map(|(i, n)| (*i, n.as_slice())).collect();
        assert_eq!(names, [(1, &b"Password"[..]), (3, b"Secret access key")]);
        let h = read_header_plain(b"| Key | Value |").unwrap();
        assert_eq!((h.pairs, h.awaits_rule), (Some((0, 1)), true));
        let h = read_header_plain(b"| **Service** | Password (prod) |").unwrap();
        assert_eq!(h.columns[0].1, b"Password");
        let h = read_header_plain("Host;\u{41f}\u{430}\u{440}\u{43e}\u{43b}\u{44c}".as_bytes())
            .unwrap();
        assert_eq!(
            h.columns[0].1,
            "\u{43f}\u{430}\u{440}\u{43e}\u{43b}\u{44c}".as_bytes()
        );
        for line in [
            "name,age,city",
            "user, password = line.split(',')",
            "fields = ['user', 'password']",
            "Access key ID,Created",
            "password",
            "Test,Pass/Fail",
            "Password,Passwort,Mot de passe",
            "Bill Allombert, Bob Friesenhahn, Ben Jackson,",
            "SELECT id, password_hash FROM users",
        ] {
            assert!(read_header_plain(line.as_bytes()).is_none(), "{line}");
        }
    }

    /// The cells `advance` hands the engine, as `(name, cell)` text.
    fn pushed(text: &str) -> Vec<(String, String)> {
        let mut batch = Batch::default();
        let n = Tables::new(Arc::default()).advance(text.as_bytes(), 0, true, &mut batch);
        assert_eq!(n, text.len());
        batch
            .cells
            .iter()
            .map(|&(from, to, at, _)| {
                let line = &batch.text[..from];
                let start = line.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
                let name = String::from_utf8_lossy(&line[start..from - 3]).into_owned();
                assert_eq!(&text.as_bytes()[at..at + to - from], &batch.text[from..to]);
                (
                    name,
                    String::from_utf8_lossy(&batch.text[from..to]).into_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn hands_over_cells_under_credential_columns() {
        let text = "intro text\nservice,user,password\nbilling,app,Kitten2000=\ndb,\"ro, user\",\"a\"\"b\"\n\nafter,the,table\n";
        assert_eq!(
            pushed(text),
            [
                ("password".into(), "Kitten2000=".into()),
                ("password".into(), "a\"\"b".into())
            ]
        );
        let md = "| Key | Value |\n| --- | --- |\n| `AZURE_DEVOPS_PAT` | `22t3wrmx` |\n| REGION | eu-1 |\n| MODE | debug |\nnot a row\n| x | y |\n";
        assert_eq!(
            pushed(md),
            [
                ("AZURE_DEVOPS_PAT".into(), "22t3wrmx".into()),
                ("REGION".into(), "eu-1".into())
            ]
        );
        let wiki = "||User||Password||\n|svc_backup|Gull!7730cove|\n";
        assert_eq!(pushed(wiki), [("Password".into(), "Gull!7730cove".into())]);
        let psql = " usename  | passwd\n----------+---------\n alice    | Fern2291\n(1 row)\n";
        assert_eq!(pushed(psql), [("passwd".into(), "Fern2291".into())]);
        let mysql = "+-------+----------+\n| user  | password |\n+-------+----------+\n| alice | Fern2291 |\n+-------+----------+\n";
        assert_eq!(pushed(mysql), [("password".into(), "Fern2291".into())]);
        let sqlite = "id  user    password\n--  ------  ------------\n1   alice   Fern2291!x\n2   bob\n\nafter\n";
        assert_eq!(pushed(sqlite), [("password".into(), "Fern2291!x".into())]);
        let vault = "====== Data ======\nKey               Value\n---               -----\nredis_password    N8de7WWkc\nttl               30s\n";
        assert_eq!(
            pushed(vault),
            [
                ("redis_password".into(), "N8de7WWkc".into()),
                ("ttl".into(), "30s".into())
            ]
        );
        // Rule line or not, a value of letters only is not pushed.
        assert!(pushed("| Key | Value |\n| A_TOKEN | abc |\n").is_empty());
    }

    #[test]
    fn reads_zeek_logs_by_their_fields_line() {
        let zeek = "#separator \\x09\n#fields\tts\tuid\tuser\tpassword\tcommand\n#types\ttime\tstring\tstring\tstring\tstring\n1717402901.552\tCxYq1a9\tftpupload\t3x7zM36jA&0G\tSTOR\n#close\t2024-06-03\n";
        assert_eq!(pushed(zeek), [("password".into(), "3x7zM36jA&0G".into())]);
    }

    #[test]
    fn reads_box_drawn_and_html_tables() {
        let duckdb = "\u{250c}\u{2500}\u{2500}\u{252c}\u{2500}\u{2500}\u{2510}\n\u{2502} user \u{2502} password \u{2502}\n\u{2502} varchar \u{2502} varchar \u{2502}\n\u{251c}\u{2500}\u{253c}\u{2500}\u{2524}\n\u{2502} alice \u{2502} Fern2291! \u{2502}\n\u{2514}\u{2500}\u{2534}\u{2500}\u{2518}\n";
        assert_eq!(pushed(duckdb), [("password".into(), "Fern2291!".into())]);
        let psql = " user  \u{2502} api_token\n\u{2500}\u{2500}\u{253c}\u{2500}\u{2500}\n bob   \u{2502} x9Fq-22ab\n";
        assert_eq!(pushed(psql), [("api_token".into(), "x9Fq-22ab".into())]);
        let rich = "\u{2503} Service \u{2503} Secret \u{2503}\n\u{2521}\u{2501}\u{2547}\u{2501}\u{2529}\n\u{2502} mail \u{2502} Pw-77aa \u{2502}\n";
        assert_eq!(pushed(rich), [("Secret".into(), "Pw-77aa".into())]);
        let html = "<table>\n<thead><tr><th>User</th><th class=\"c\">Password</th></tr></thead>\n<tbody>\n<tr><td>alice</td><td><code>Fern2291!</code></td></tr>\n</tbody></table>\n<tr><td>bob</td><td>Zx9-kQ2v</td></tr>\n";
        assert_eq!(pushed(html), [("Password".into(), "Fern2291!".into())]);
        // A row labelled by its first cell, in Markdown, a box or HTML.
        let transposed = "| | prod | staging |\n|---|---|---|\n| Host | db1 | db2 |\n| DB password | Xq7!ab | Lm2$cd |\n| Notes | none | none |\n";
        assert_eq!(
            pushed(transposed),
            [
                ("DB password".into(), "Xq7!ab".into()),
                ("DB password".into(), "Lm2$cd".into())
            ]
        );
        let headed = "| Secret | Staging | Production |\n|:--|:-:|:-:|\n| DB password |  Ck4iuQ1f^tRI  | 4!nl^n$n |\n| Session TTL | 1h | 8h |\n";
        assert_eq!(
            pushed(headed),
            [
                ("DB password".into(), "Ck4iuQ1f^tRI".into()),
                ("DB password".into(), "4!nl^n$n".into())
            ]
        );
        let tsv = "Pass\tI-location\nArthurs\tB-location\nPass\tI-location\n";
        assert!(pushed(tsv).iter().all(|(_, cell)| cell != "I-location"));
        let form = "<tr><td><b>Password:</b></td><td>Gull!7730cove</td></tr>\n<td>API key:</td>\n  <td>k-88Zq1xP</td>\n<td>Password:</td>\n<p>see below</p>\n<td>Pw-77aa</td>\n";
        assert_eq!(
            pushed(form),
            [
                ("Password".into(), "Gull!7730cove".into()),
                ("API key".into(), "k-88Zq1xP".into())
            ]
        );
        let one_line = "<table><tr><th>Service</th><th>Password</th></tr><tr><td>ci</td><td>Fern2291!</td></tr><tr><td>cd</td><td>Zx9-kQ2v</td></tr></table>\n";
        assert_eq!(
            pushed(one_line),
            [
                ("Password".into(), "Fern2291!".into()),
                ("Password".into(), "Zx9-kQ2v".into())
            ]
        );
        // A spreadsheet's sheet XML: `<row>` rows of `<c>` cells.
        let sheet = "<sheetData>\n<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>User</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Password</t></is></c></row>\n<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>alice</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>Fern2291!</t></is></c></row>\n</sheetData>\n";
        assert_eq!(pushed(sheet), [("Password".into(), "Fern2291!".into())]);
        // `<c>` is a cell only in a `<row>`.
        assert!(pushed("<note><c>Password</c></note>\n<note><c>Fern2291!</c></note>\n").is_empty());
        // A row over several lines (one cell a line, or BeautifulSoup's
        // `prettify()`), with its header over several lines too.
        let multiline = "<table>\n<thead>\n<tr>\n  <th>Endpoint</th>\n  <th>Signing secret</th>\n</tr>\n</thead>\n<tr>\n  <td>\n   /orders\n  </td>\n  <td>1602b3b9ff6c</td>\n</tr>\n<tr><td>/refunds</td>\n<td>39d31201eec6</td>\n<tr><td>/x</td>\n<td>6a1be2</td>\n</table>\n<tr><td>/y</td>\n<td>4c22</td></tr>\n";
        assert_eq!(
            pushed(multiline),
            [
                ("Signing secret".into(), "1602b3b9ff6c".into()),
                ("Signing secret".into(), "39d31201eec6".into()),
                ("Signing secret".into(), "6a1be2".into())
            ]
        );
        // A text that ends inside a row, whole and in pieces.
        let unclosed = "<table><tr><th>User</th><th>Password</th></tr>\n<tr>\n<td>alice</td>\n<td>Fern2291!</td>";
        assert_eq!(pushed(unclosed), [("Password".into(), "Fern2291!".into())]);
        for step in [1, 9, 40] {
            assert_eq!(
                pushed_in_steps(unclosed, step).0.cells.len(),
                1,
                "step {step}"
            );
        }
        let dl =
            "<dl>\n  <dt>User</dt><dd>acme</dd>\n  <dt>Password</dt><dd>NJu#o5P@0@6N</dd>\n</dl>\n";
        assert_eq!(pushed(dl), [("Password".into(), "NJu#o5P@0@6N".into())]);
        let expanded = "-[ RECORD 1 ]---\nlogin      \u{2502} svc\npassword   \u{2502} R+k*pp5q\n";
        assert_eq!(pushed(expanded), [("password".into(), "R+k*pp5q".into())]);
        let empty_last = " name \u{2502} token \u{2502} used\n\u{2500}\u{253c}\u{2500}\u{253c}\u{2500}\n cron \u{2502} 0ac2b5e4d8 \u{2502}\n";
        assert_eq!(pushed(empty_last), [("token".into(), "0ac2b5e4d8".into())]);
        let csv = "field,dev,prod\nuser,root,app\npassword,5=~#s?ls,pA$oA_B-z\nclient secret,e2.Q2s7,(none)\n";
        assert_eq!(
            pushed(csv),
            [
                ("password".into(), "5=~#s?ls".into()),
                ("password".into(), "pA$oA_B-z".into())
            ]
        );
        let spaced = "SERVICE   USERNAME   PASSWORD        NOTES\njenkins   admin      I749dSlwGC^lF   rotated\ngrafana   admin      9eGN5~z3$+v\n";
        assert_eq!(
            pushed(spaced),
            [
                ("PASSWORD".into(), "I749dSlwGC^lF".into()),
                ("PASSWORD".into(), "9eGN5~z3$+v".into())
            ]
        );
        assert!(
            pushed("Password  Requirements\nThe password must be 12 characters: a-z, 0-9.\n")
                .is_empty()
        );
        let docker = "ID          NAME             CREATED\nk1v7g3p0x2  db_password      3 weeks ago\nn4b8c2d6f0  stripe_api_key   2 days ago\n";
        assert!(pushed(docker).is_empty());
        // Tree drawing is no table; neither is an HTML list of products.
        assert!(pushed("\u{251c}\u{2500}\u{2500} secrets.yaml\n\u{2502}   \u{2514}\u{2500}\u{2500} token.rs2\n").is_empty());
        assert!(
            pushed("<tr><td>password</td><td>string</td><td>Required. The password.</td></tr>\n")
                .is_empty()
        );
    }

    #[test]
    fn pipe_tables_without_a_rule_line() {
        let text = "| env | user | password |\n| dev | app | U^j^SV4Uc_nCsxbjV! |\n| stg | app | fu7MVDp=RZ95*XI |\n";
        assert_eq!(
            pushed(text),
            [
                ("password".into(), "U^j^SV4Uc_nCsxbjV!".into()),
                ("password".into(), "fu7MVDp=RZ95*XI".into())
            ]
        );
        // A line of another width is not a row.
        assert!(pushed("| user | password |\n| see the vault | x7 | y |\n").is_empty());
        let diffstat = " man/readpassphrase.3bsd  | 1 +\n man/reallocarray.3bsd    | 1 +\n";
        assert!(pushed(diffstat).is_empty());
    }

    /// `text` handed to one reader `step` bytes at a time: what it pushed
    /// and the most bytes it held back at once.
    fn pushed_in_steps(text: &str, step: usize) -> (Batch, usize) {
        let mut tables = Tables::new(Arc::default());
        let mut batch = Batch::default();
        let (mut done, mut cut, mut held) = (0, 0, 0);
        while cut < text.len() {
            cut = (cut + step).min(text.len());
            let end = cut == text.len();
            done += tables.advance(&text.as_bytes()[done..cut], done, end, &mut batch);
            held = held.max(cut - done);
        }
        (batch, held)
    }

    #[test]
    fn asciidoc_tables_count_cells_against_the_header() {
        // One cell a line, a row per blank-line block, a code span.
        let text = "[cols=\"1,1,2\",options=\"header\"]\n|===\n|System |Login |Password\n\n\
                    |Grafana\n|admin\n|Pepper_cobalt39&\n\n|RabbitMQ\n|ops\n|`au#!^5v*t#~~PO`\n|===\n\
                    |Login |Password\n";
        let want = [
            ("Password".to_string(), "Pepper_cobalt39&".to_string()),
            ("Password".to_string(), "au#!^5v*t#~~PO".to_string()),
        ];
        assert_eq!(pushed(text), want);
        // A row a line, with a style specifier; a later spanning cell
        // stops the count.
        let text = "|===\n|Service |Token\n|ci a|Zx9-kQ2v!mL7\n|cd |Qw8#pLm2xx\n2+|merged\n|x |Hx7pQ2vLr9!\n|===\n";
        assert_eq!(
            pushed(text),
            [
                ("Token".to_string(), "Zx9-kQ2v!mL7".to_string()),
                ("Token".to_string(), "Qw8#pLm2xx".to_string()),
            ]
        );
        // Streams read the same cells at every chunk size.
        for step in [1, 7, 64] {
            let (batch, _) = pushed_in_steps(text, step);
            assert_eq!(batch.cells.len(), 2, "step {step}");
        }
    }

    /// The cells the table reader hands to the engine from `text`, read
    /// with the built-in rules' header words, and how each is kept.
    fn builtin_cells(text: &str) -> Vec<(Vec<u8>, Category)> {
        let rules = crate::rules::RuleSet::builtin();
        let words = Arc::new(HeaderWords::new(rules.rules().iter()));
        let mut batch = Batch::default();
        Tables::new(words).advance(text.as_bytes(), 0, true, &mut batch);
        batch
            .cells
            .iter()
            .map(|&(from, to, _, kept)| (batch.text[from..to].to_vec(), kept))
            .collect()
    }

    fn has(cells: &[(Vec<u8>, Category)], cell: &str, kept: Category) -> bool {
        cells.contains(&(cell.as_bytes().to_vec(), kept))
    }

    #[test]
    fn abbreviated_pii_headers_hand_every_row() {
        let cells = builtin_cells(
            "Ad Soyad,T.C. Kimlik No,Telefon\nMehmet Kaya,18558232576,x\nZeynep Demir,55180382002,x\n",
        );
        assert!(has(&cells, "55180382002", Category::Pii));
    }

    #[test]
    fn form_rows_hand_pii_values_under_their_label() {
        let form = "+------------------+----------------+\n\
                    | Name on card     | Hannah Taylor  |\n\
                    | CVC              | 786            |\n\
                    | Expires          | 07/30          |\n\
                    +------------------+----------------+\n";
        let cells = builtin_cells(form);
        assert!(has(&cells, "Hannah Taylor", Category::Pii));
        assert!(has(&cells, "786", Category::Pii));
        // `Expires` names no PII value; three cells are no form row.
        assert!(!cells.iter().any(|(c, _)| c == b"07/30"));
        assert!(builtin_cells("| CVC | 786 | 787 |\n").is_empty());
    }

    #[test]
    fn pii_columns_hand_their_cells_under_the_header() {
        let cells = builtin_cells(
            "id,PESEL,mobile-app\n1,44051401359,v2.0.1\nclient secret,Zx9-kQ2v!mL,Qw8#pLm2\n",
        );
        assert!(has(&cells, "44051401359", Category::Pii));
        // Too few digits for a PII value.
        assert!(!cells.iter().any(|(c, _)| c == b"v2.0.1"));
        // The credential named in a row's first cell is still read.
        assert!(has(&cells, "Zx9-kQ2v!mL", Category::Secret));
    }

    #[test]
    fn name_columns_hand_names_but_not_a_bare_name_column() {
        let cells = builtin_cells(
            "employee_name,national_id,gross\nAchieng Otieno,39303787,50812\nmutua,66603804,1\n",
        );
        assert!(has(&cells, "Achieng Otieno", Category::Pii));
        // One lower-case word cannot be a name the rule takes.
        assert!(!cells.iter().any(|(c, _)| c == b"mutua"));
        // `NAME` heads kubectl and fly listings: it does not make a table.
        let listing = "NAME                  DIGEST            CREATED AT\n\
                       SECRET_KEY_BASE       1d847bf04120cab7  22d12h ago\n";
        assert!(builtin_cells(listing).is_empty());
    }

    #[test]
    fn a_bare_name_column_beside_a_pii_column_holds_people() {
        let cells = builtin_cells("name,phone,stage\nAarav Iyer,+91 98450 12345,lead\n");
        assert!(has(&cells, "Aarav Iyer", Category::Pii));
        // Without a PII column, `name` heads listings of things.
        let cells = builtin_cells("name,stage\nBuild Step,done\n");
        assert!(!cells.iter().any(|(c, _)| c == b"Build Step"));
    }

    #[test]
    fn overlong_lines_end_tables_in_streams_as_in_whole_texts() {
        let long = "x".repeat(LINE_MAX + 10);
        let text = format!(
            "user,password\nbob,Pw123456\n{long},password\nann,Zx9-kQ2v\nuser,password\nann,Zx9-kQ2v\n"
        );
        let whole = pushed(&text);
        assert_eq!(whole.len(), 2);
        for step in [1, 7, 100, 700] {
            let (batch, held) = pushed_in_steps(&text, step);
            assert!(held <= LINE_MAX + 1, "held {held} bytes");
            assert_eq!(batch.cells.len(), whole.len(), "step {step}");
        }
    }
}
