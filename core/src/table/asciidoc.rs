//! AsciiDoc tables (`|===` to `|===`). A cell starts at each `|` and a
//! row may take one line or several (`|Grafana` / `|admin` / `|x` on three
//! lines), so a cell's column comes from counting cells against the
//! header's width, not from its line.
//!
//! The header is the first line's cells when it holds two or more, else
//! the cells before the first blank line (the one-cell-a-line layout). A
//! cell spanning columns or rows (`2+|`, `.2+|`) makes the count unknown:
//! the rest of the table is left to the line-based rules.

use super::{
    Batch, CELLS_MAX, Delimiter, Header, HeaderWords, credential_label, header_of, may_hold_pii,
    push_pair, strip_emphasis, unquoted, worth_scanning,
};

/// Whether `line` opens or closes an AsciiDoc table (`|===`, `|=====`).
pub(super) fn is_delimiter(line: &[u8]) -> bool {
    let line = line.trim_ascii();
    line.len() >= 4 && line[0] == b'|' && line[1..].iter().all(|&b| b == b'=')
}

/// An AsciiDoc table being read.
#[derive(Default)]
pub(super) struct AsciiDoc {
    /// The header's cell texts while it is being read.
    names: Vec<Vec<u8>>,
    /// Whether the header's first line was read.
    started: bool,
    /// The header is read (or the table has nothing to hand over).
    settled: bool,
    /// The header, when it names a credential or PII column or key/value
    /// columns.
    header: Option<Header>,
    /// The next cell's column.
    column: usize,
    /// The current row's first cell, when it labels a credential
    /// (`|Password |x |y` in a transposed table).
    label: Option<Vec<u8>>,
    /// The current row's key cell (a `Key | Value` table).
    key: Option<Vec<u8>>,
}

impl AsciiDoc {
    /// One line inside the table, without its line break, at absolute
    /// offset `base`.
    pub(super) fn line(
        &mut self,
        line: &[u8],
        base: usize,
        words: &HeaderWords,
        batch: &mut Batch,
    ) {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.trim_ascii().is_empty() {
            if !self.settled && !self.names.is_empty() {
                self.settle(words);
            }
            return;
        }
        if self.settled && self.header.is_none() {
            return;
        }
        let Some(cells) = cells(line) else {
            self.give_up();
            return;
        };
        if !self.settled {
            let first = !self.started;
            self.started = true;
            for &cell in &cells {
                let (from, to) = unquoted(line, cell);
                self.names.push(strip_emphasis(&line[from..to]).to_vec());
            }
            if self.names.len() > CELLS_MAX {
                self.give_up();
            } else if first && cells.len() >= 2 {
                self.settle(words);
            }
            return;
        }
        for &cell in &cells {
            self.cell(line, cell, base, batch);
        }
    }

    /// One data cell: handed over under its column's name, its row's
    /// label, or its row's key.
    fn cell(&mut self, line: &[u8], cell: (usize, usize), base: usize, batch: &mut Batch) {
        let Some(header) = &self.header else {
            return;
        };
        let column = self.column;
        self.column = (column + 1) % header.cells;
        let (from, to) = unquoted(line, cell);
        let value = &line[from..to];
        if column == 0 {
            self.label = None;
            self.key = None;
            if header.labelled && header.pairs.is_none() {
                self.label = credential_label(value);
            }
        }
        if let Some((_, name)) = header.columns.iter().find(|(c, _)| *c == column) {
            if worth_scanning(value) {
                batch.push(name, value, base + from);
            }
        } else if let Some((_, name)) = header.pii.iter().find(|(c, _)| *c == column) {
            if may_hold_pii(value) {
                batch.push_pii(name, value, base + from);
            }
        } else if let Some(name) = self.label.as_ref().filter(|_| column > 0)
            && worth_scanning(value)
        {
            batch.push(name, value, base + from);
        }
        match header.pairs {
            Some((k, _)) if k == column => self.key = Some(value.to_vec()),
            Some((_, v)) if v == column => {
                if let Some(key) = &self.key {
                    push_pair(batch, key, value, base + from);
                }
            }
            _ => {}
        }
    }

    /// The header from the cells read so far.
    fn settle(&mut self, words: &HeaderWords) {
        let names: Vec<&[u8]> = self.names.iter().map(Vec::as_slice).collect();
        self.header = header_of(&names, Delimiter::Pipe, false, None, words);
        self.names = Vec::new();
        self.settled = true;
    }

    /// Stops handing over cells until the table ends.
    fn give_up(&mut self) {
        self.header = None;
        self.names = Vec::new();
        self.settled = true;
    }
}

/// The cells that start on `line`, as spans without surrounding space
/// (text before the first `|` continues the previous cell and is left
/// out); `None` when a cell spans columns or rows or repeats (`2+|`,
/// `.3+|`, `3*|`), which breaks the count.
fn cells(line: &[u8]) -> Option<Vec<(usize, usize)>> {
    let mut bars = Vec::new();
    let mut at = 0;
    while at < line.len() {
        match line[at] {
            b'\\' => at += 2,
            b'|' => {
                bars.push(at);
                at += 1;
            }
            _ => at += 1,
        }
    }
    let mut cells = Vec::with_capacity(bars.len());
    for (i, &bar) in bars.iter().enumerate() {
        // The text before each `|` may end in the next cell's specifier.
        let before = &line[bars.get(i.wrapping_sub(1)).map_or(0, |&b| b + 1)..bar];
        let spec = before
            .rsplit(|b| b.is_ascii_whitespace())
            .next()
            .unwrap_or_default();
        if spans(spec) {
            return None;
        }
        let end = bars.get(i + 1).copied().unwrap_or(line.len());
        let mut to = end;
        // Drop the next cell's style specifier (`a|`, `^.^|`, `h|`).
        if let Some(&next) = bars.get(i + 1) {
            let text = &line[bar + 1..next];
            let last = text
                .rsplit(|b| b.is_ascii_whitespace())
                .next()
                .unwrap_or_default();
            if !last.is_empty() && last.len() < text.len() && style(last) {
                to = next - last.len();
            }
        }
        let cell = &line[bar + 1..to];
        let lead = cell.len() - cell.trim_ascii_start().len();
        let trail = cell.len() - cell.trim_ascii_end().len();
        cells.push((bar + 1 + lead, (to - trail).max(bar + 1 + lead)));
    }
    Some(cells)
}

/// A cell specifier that spans or repeats cells: a count then `+` or `*`
/// (`2+`, `.2+`, `2.3+`, `3*`), perhaps followed by alignment and style.
fn spans(spec: &[u8]) -> bool {
    let digits = spec
        .iter()
        .take_while(|b| b.is_ascii_digit() || **b == b'.')
        .count();
    digits > 0
        && spec.iter().any(u8::is_ascii_digit)
        && matches!(spec.get(digits), Some(b'+' | b'*'))
}

/// A style or alignment specifier alone (`a`, `h`, `m`, `^`, `.^`, `<.>`,
/// `^.^s`).
fn style(spec: &[u8]) -> bool {
    let marks = |s: &[u8]| s.iter().all(|b| matches!(b, b'<' | b'^' | b'>' | b'.'));
    match spec.split_last() {
        Some((last, rest)) if b"adehlmsv".contains(last) => marks(rest),
        _ => spec.len() <= 5 && marks(spec),
    }
}
