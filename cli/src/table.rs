//! `scan --format table`: findings as aligned columns for people: path,
//! line, column, rule, entity, confidence. No values, like every output.

use std::io::{self, Write};

use crate::sarif::Hit;

const HEADERS: [&str; 6] = ["PATH", "LINE", "COLUMN", "RULE", "ENTITY", "CONFIDENCE"];

/// Writes `hits` as a table, each column as wide as its widest cell; nothing
/// when there are none. Line and column are those of the JSON Lines output
/// (column in bytes); the confidence is the core's ([`scrubline::Finding::confidence_f64`]).
pub fn write(out: &mut impl Write, hits: &[Hit]) -> io::Result<()> {
    if hits.is_empty() {
        return Ok(());
    }
    let rows: Vec<[String; 6]> = hits
        .iter()
        .map(|hit| {
            [
                printable(&hit.path),
                hit.start.line.to_string(),
                hit.start.column.to_string(),
                hit.finding.rule_id.to_string(),
                hit.finding.entity.to_string(),
                hit.finding.confidence_f64().to_string(),
            ]
        })
        .collect();
    let mut widths = HEADERS.map(str::len);
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let headers = HEADERS.map(String::from);
    for row in std::iter::once(&headers).chain(&rows) {
        let mut line = String::new();
        for (i, (cell, width)) in row.iter().zip(widths).enumerate() {
            let pad = " ".repeat(width - cell.chars().count());
            // Numbers (line, column, confidence) to the right.
            let cell = if matches!(i, 1 | 2 | 5) {
                format!("{pad}{cell}")
            } else {
                format!("{cell}{pad}")
            };
            line.push_str(&cell);
            line.push(if i + 1 < row.len() { ' ' } else { '\n' });
        }
        out.write_all(line.as_bytes())?;
    }
    Ok(())
}

/// `path` with control characters escaped, so a file name cannot break the
/// table (or drive the terminal).
fn printable(path: &str) -> String {
    path.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}
