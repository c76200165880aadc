//! SQL data read against its column list: `INSERT INTO users (id, email,
//! password) VALUES (1, 'a@x.io', 'Zx9#kQ2vL'), ...;` (a tuple on the
//! statement's line or on each line after it, as `mysqldump` and seed
//! files write them) and PostgreSQL's `COPY t (id, client_secret) FROM
//! stdin;`, whose rows are tab-separated lines up to `\.`. A value has no
//! name beside it, so only its column says it is a password or a secret.

use super::{Batch, CELLS_MAX, Delimiter, Header, HeaderWords, header_of};

/// The header of an `INSERT INTO t (columns) VALUES` at the start of
/// `line`, and the offset after `VALUES`, when its columns name a
/// credential or PII.
pub(super) fn insert(line: &[u8], words: &HeaderWords) -> Option<(Header, usize)> {
    let lead = line.len() - line.trim_ascii_start().len();
    let rest = &line[lead..];
    if !rest
        .get(..11)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"insert into"))
    {
        return None;
    }
    let at = lead + 11;
    let open = at + line[at..].iter().position(|&b| b == b'(')?;
    // The table's name: no space inside but around it.
    let name = line[at..open].trim_ascii();
    if name.is_empty() || name.iter().any(u8::is_ascii_whitespace) {
        return None;
    }
    let close = open + line[open..].iter().position(|&b| b == b')')?;
    let after = &line[close + 1..];
    let gap = after.len() - after.trim_ascii_start().len();
    let values = close + 1 + gap;
    if !line
        .get(values..values + 6)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"values"))
    {
        return None;
    }
    let header = columns(&line[open + 1..close], Delimiter::Comma, words)?;
    Some((header, values + 6))
}

/// The header of a `COPY t (columns) FROM stdin;` line, when its columns
/// name a credential or PII: its rows follow as tab-separated lines.
pub(super) fn copy(line: &[u8], words: &HeaderWords) -> Option<Header> {
    if !line
        .get(..5)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"copy "))
    {
        return None;
    }
    let open = line.iter().position(|&b| b == b'(')?;
    let close = open + line[open..].iter().position(|&b| b == b')')?;
    let tail = line[close + 1..].trim_ascii();
    if !tail
        .get(..10)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"from stdin"))
    {
        return None;
    }
    columns(&line[open + 1..close], Delimiter::Tab, words)
}

/// A header of the comma-separated column names in `list` (quoted with
/// `"`, `` ` `` or `[]`, or not).
fn columns(list: &[u8], delimiter: Delimiter, words: &HeaderWords) -> Option<Header> {
    let names: Vec<&[u8]> = list
        .split(|&b| b == b',')
        .map(|n| {
            let n = n.trim_ascii();
            match (n.first(), n.last()) {
                (Some(b'"'), Some(b'"')) | (Some(b'`'), Some(b'`')) | (Some(b'['), Some(b']'))
                    if n.len() >= 2 =>
                {
                    &n[1..n.len() - 1]
                }
                _ => n,
            }
        })
        .collect();
    if names.len() > CELLS_MAX || names.iter().any(|n| n.is_empty()) {
        return None;
    }
    header_of(&names, delimiter, false, None, words)
}

/// Reads the value tuples of an `INSERT` in `line` from `from` on (line
/// offset `base`), adding the cells of `header`'s columns to `batch`.
/// Returns whether the statement goes on to the next line (no `;` yet and
/// the line ended after a tuple).
pub(super) fn tuples(
    line: &[u8],
    from: usize,
    header: &Header,
    base: usize,
    batch: &mut Batch,
) -> bool {
    let mut at = from;
    loop {
        while at < line.len() && matches!(line[at], b' ' | b'\t' | b',' | b'\r') {
            at += 1;
        }
        match line.get(at) {
            None => return true,
            Some(b'(') => {}
            Some(_) => return false,
        }
        let Some((cells, end)) = tuple(line, at + 1) else {
            return false;
        };
        if cells.len() == header.cells {
            header.row(line, &cells, base, batch);
        }
        at = end;
    }
}

/// The values of the tuple whose `(` is just before `at`: each value's span
/// (a string with its quotes) and the offset after its `)`; `None` when the
/// line ends first.
fn tuple(line: &[u8], mut at: usize) -> Option<(Vec<(usize, usize)>, usize)> {
    let mut cells = Vec::new();
    loop {
        while line.get(at).is_some_and(|&b| b == b' ' || b == b'\t') {
            at += 1;
        }
        let start = at;
        if line.get(at) == Some(&b'\'') {
            at += 1;
            loop {
                match *line.get(at)? {
                    b'\\' => at += 2,
                    b'\'' if line.get(at + 1) == Some(&b'\'') => at += 2,
                    b'\'' => break,
                    _ => at += 1,
                }
            }
            at += 1;
        }
        // An unquoted value (`42`, `NULL`, `NOW()`), or what follows a string.
        let mut depth = 0usize;
        while let Some(&b) = line.get(at) {
            match b {
                b'(' => depth += 1,
                b')' if depth > 0 => depth -= 1,
                b',' | b')' if depth == 0 => break,
                _ => {}
            }
            at += 1;
        }
        let end = start + line[start..at].trim_ascii_end().len();
        cells.push((start, end));
        if cells.len() > CELLS_MAX {
            return None;
        }
        match *line.get(at)? {
            b')' => return Some((cells, at + 1)),
            _ => at += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_insert_headers_and_tuples() {
        let words = HeaderWords::default();
        let line = b"INSERT INTO `users` (`id`,`email`,`password`) VALUES (1,'a@x.io','p''w,1(x)'),(2,NULL,NOW())";
        let (header, from) = insert(line, &words).unwrap();
        assert_eq!(header.cells, 3);
        assert_eq!(&line[from..from + 2], b" (");
        let (cells, end) = tuple(line, from + 2).unwrap();
        let texts: Vec<&[u8]> = cells.iter().map(|&(a, b)| &line[a..b]).collect();
        assert_eq!(texts, [&b"1"[..], b"'a@x.io'", b"'p''w,1(x)'"]);
        let (cells, _) = tuple(line, end + 2).unwrap();
        assert_eq!(&line[cells[2].0..cells[2].1], b"NOW()");
        // No credential or PII column, or no column list: not read.
        assert!(insert(b"INSERT INTO t (id, name) VALUES (1, 'x')", &words).is_none());
        assert!(insert(b"INSERT INTO t VALUES (1, 'x')", &words).is_none());
        assert!(copy(b"COPY public.c (id, client_secret) FROM stdin;", &words).is_some());
        assert!(copy(b"COPY public.c (id, client_secret) TO '/tmp/x';", &words).is_none());
    }
}
