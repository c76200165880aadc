//! Which classifier spans can be what they are labelled. The tagger reads
//! word shapes, so on text it was not trained on it labels score tables
//! (`3-1`), citation numbers, the dots of URLs and the parts of e-mail and
//! IP addresses as names, addresses or dates of birth. Those spans are
//! dropped before they reach redaction. The filter only drops spans that
//! hold no personal data under any label: no letters (a number or
//! punctuation is no one's name or street), or parts of e-mail and IP
//! addresses (their rules redact the whole token). A span with letters
//! stays even when its label is doubtful (`Beresford 2014` as a date of
//! birth): it may cover a name, and redaction never shrinks to fix a label.

use crate::validate::{Validator, Verdict};

/// Whether the span `text[start..end]` labelled `entity` may hold personal
/// data: it has a letter, or (a date of birth) it reads as a date
/// ([`date_like`]); and it is not inside a single e-mail or IP address, nor
/// (a date of birth or street address) inside a URL.
pub(crate) fn plausible(text: &str, start: usize, end: usize, entity: &str) -> bool {
    let value = &text[start..end];
    let letter = value.chars().any(char::is_alphabetic);
    let shaped = match entity {
        "DATE_OF_BIRTH" => letter || date_like(value),
        _ => letter,
    };
    let token = machine_token(text, start, end);
    let owned = match token {
        Some(MachineToken::Url) => matches!(entity, "DATE_OF_BIRTH" | "STREET_ADDRESS"),
        Some(MachineToken::Email | MachineToken::Ip) => true,
        None => false,
    };
    shaped && !owned
}

/// English month names; a word that is one of them or its abbreviation
/// (`mar`, `sept`) makes digits a date.
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Whether `value` reads as a calendar date: a month name with a number
/// (`March 14, 1985`, `14-Mar-85`), three numbers joined by one date
/// separator (`14/03/1985`, `1985-03-14`, `14.03.85`, `14 03 1985`), or
/// eight digits (`19850314`). A lone number (`2011`, a citation `[ 8 ]`),
/// a range (`12 – 16`) or a list (`6 , 19 , 20`) is not a date of birth.
fn date_like(value: &str) -> bool {
    let groups: Vec<&str> = value
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .collect();
    if groups.is_empty() {
        return false;
    }
    let lower = value.to_lowercase();
    let month = lower
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w.len() >= 3 && MONTHS.iter().any(|m| m.starts_with(w)));
    if month {
        return true;
    }
    if groups.len() == 1 {
        return groups[0].len() == 8;
    }
    // The characters between the digit groups: one separator, the same each time.
    let separators: Vec<&str> = value
        .trim_matches(|c: char| !c.is_ascii_digit())
        .split(|c: char| c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .collect();
    groups.len() == 3
        && separators.len() == 2
        && separators[0] == separators[1]
        && matches!(separators[0], "/" | "-" | "." | " " | " / " | " - " | ". ")
}

/// A whitespace-free token that pattern rules own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MachineToken {
    Url,
    Email,
    Ip,
}

/// The kind of the one whitespace-free token `[start, end)` lies in, if
/// that token is a URL, an e-mail address or an IP address.
fn machine_token(text: &str, start: usize, end: usize) -> Option<MachineToken> {
    if text[start..end].contains(char::is_whitespace) {
        return None;
    }
    let from = text[..start]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let to = text[end..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| end + i);
    let token = text[from..to].trim_matches(|c: char| {
        matches!(
            c,
            '(' | ')' | '[' | ']' | '<' | '>' | '"' | '\'' | ',' | ';' | '.' | '!' | '?'
        )
    });
    let email = token
        .split_once('@')
        .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'));
    let ip = [Validator::Ipv4, Validator::Ipv6]
        .iter()
        .any(|v| v.check(token.as_bytes()) != Verdict::Invalid);
    if token.contains("://") || token.starts_with("www.") {
        Some(MachineToken::Url)
    } else if email {
        Some(MachineToken::Email)
    } else if ip {
        Some(MachineToken::Ip)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::plausible;

    fn at(text: &str, part: &str, entity: &str) -> bool {
        let start = text.find(part).unwrap();
        plausible(text, start, start + part.len(), entity)
    }

    #[test]
    fn drops_spans_that_cannot_be_the_entity() {
        // Score tables and punctuation are not addresses or names.
        assert!(!at("Arsenal 3-1 Chelsea", "3-1", "STREET_ADDRESS"));
        assert!(!at("won 2 - 0 today", "2 - 0", "PERSON"));
        assert!(!at("tasks [ 2 , 3 ] by", "2 , 3", "STREET_ADDRESS"));
        // Lone numbers, citations, ranges and lists are not dates of birth.
        for part in ["2011", "8", ". , 2005", "12 – 16", "6 , 19 , 20"] {
            assert!(
                !at(&format!("in {part} x"), part, "DATE_OF_BIRTH"),
                "{part}"
            );
        }
        // The dot of a URL is not a date of birth; a URL's words are no one.
        assert!(!at("see https://example.com/a.b", ".", "DATE_OF_BIRTH"));
        assert!(!at("see https://example.com/a1", "a1", "STREET_ADDRESS"));
        // Parts of an e-mail or IP address belong to their rules.
        assert!(!at("mail bob@example.com now", "example", "PERSON"));
        assert!(!at("My IP is 192.168.0.1", "168.0", "DATE_OF_BIRTH"));
        assert!(!at("host fe80::1:2 up", "fe80", "STREET_ADDRESS"));
    }

    #[test]
    fn keeps_ordinary_entities() {
        assert!(at("Ask Maria Gonzalez today", "Maria Gonzalez", "PERSON"));
        assert!(at(
            "at 221B Baker Street, London",
            "221B Baker Street",
            "STREET_ADDRESS"
        ));
        for date in [
            "14/03/1985",
            "1985-03-14",
            "14.03.85",
            "March 14, 1985",
            "14-Mar-85",
            "19850314",
            "3 June 1990",
        ] {
            assert!(
                at(&format!("born {date}."), date, "DATE_OF_BIRTH"),
                "{date}"
            );
        }
        assert!(at("PO Box 42, Springfield", "PO Box 42", "STREET_ADDRESS"));
        // Doubtful labels on words stay: the words may be a name.
        assert!(at(
            "( Baron & Beresford 2014 )",
            "Beresford 2014",
            "DATE_OF_BIRTH"
        ));
        assert!(at("the Further reading", "Further", "STREET_ADDRESS"));
        assert!(at(
            "linkedin.com/in/x https://x.io/in/maria-lopez",
            "maria-lopez",
            "PERSON"
        ));
        assert!(at("(Berlin)", "Berlin", "LOCATION"));
        // A name next to an e-mail address is still a name.
        assert!(at(
            "Sarah Johnson <sarah@acme.io>",
            "Sarah Johnson",
            "PERSON"
        ));
    }
}
