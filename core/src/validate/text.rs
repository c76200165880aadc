//! Format checks that need no checksum: addresses, dates, entropy, placeholders.

use std::net::{Ipv4Addr, Ipv6Addr};

use super::{Verdict, plausible};

/// Shannon entropy of `value` in bits per byte (0 for empty input).
pub fn shannon_entropy(value: &[u8]) -> f64 {
    if value.is_empty() {
        return 0.0;
    }
    let mut counts = [0u32; 256];
    for &b in value {
        counts[b as usize] += 1;
    }
    let n = value.len() as f64;
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| f64::from(c) / n)
        .map(|p| -p * p.log2())
        .sum()
}

pub(super) fn ipv4(value: &[u8]) -> Verdict {
    plausible(std::str::from_utf8(value).is_ok_and(|s| s.parse::<Ipv4Addr>().is_ok()))
}

pub(super) fn ipv6(value: &[u8]) -> Verdict {
    plausible(std::str::from_utf8(value).is_ok_and(|s| {
        // Bare "::" and all-hex words like "dead::beef" are ambiguous in prose;
        // require at least two groups of hex digits.
        s.parse::<Ipv6Addr>().is_ok() && s.split(':').filter(|g| !g.is_empty()).count() >= 2
    }))
}

/// ITU-T E.164 numbers have at most 15 digits; national numbers at least 7.
pub(super) fn phone(value: &[u8]) -> Verdict {
    let d: Vec<u8> = value.iter().copied().filter(u8::is_ascii_digit).collect();
    plausible((7..=15).contains(&d.len()) && !d.windows(2).all(|w| w[0] == w[1]))
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn real_date(y: u32, m: u32, d: u32) -> bool {
    (1900..=2100).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
}

/// A calendar date in numeric (`1985-03-12`, `12/03/1985`, `03.12.1985`) or
/// month-name (`12 March 1985`, `March 12, 1985`) form. Numeric day/month
/// order is ambiguous, so either reading may be valid.
pub(super) fn date(value: &[u8]) -> Verdict {
    let Ok(s) = std::str::from_utf8(value) else {
        return Verdict::Invalid;
    };
    let lower = s.to_ascii_lowercase();
    let mut numbers: Vec<u32> = Vec::new();
    let mut month_name = None;
    for part in lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
    {
        if let Ok(n) = part
            .trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .parse::<u32>()
        {
            numbers.push(n);
        } else if let Some(i) = MONTHS.iter().position(|m| part.starts_with(m)) {
            month_name = Some(i as u32 + 1);
        }
    }
    let ok = match (month_name, numbers.as_slice()) {
        (Some(m), [a, b]) => real_date(*b, m, *a) || real_date(*a, m, *b),
        (None, [a, b, c]) if *a >= 1000 => real_date(*a, *b, *c),
        (None, [a, b, c]) => real_date(*c, *b, *a) || real_date(*c, *a, *b),
        _ => false,
    };
    plausible(ok)
}

/// Values people put in examples and templates instead of real secrets.
const PLACEHOLDERS: &[&str] = &[
    "password",
    "passwd",
    "changeme",
    "change_me",
    "changeit",
    "secret",
    "example",
    "sample",
    "dummy",
    "placeholder",
    "redacted",
    "your_password",
    "yourpassword",
    "your-password",
    "mypassword",
    "none",
    "null",
    "undefined",
    "true",
    "false",
    "test",
    "testing",
    "todo",
    "xxx",
    "****",
    "...",
    "<password>",
];

/// Rejects template references (`${X}`, `{{x}}`, `%(x)s`, `<x>`, `$X`),
/// values made of one repeated character, and common dummy words.
pub(super) fn not_placeholder(value: &[u8]) -> Verdict {
    let v = value.trim_ascii();
    let Some(&first) = v.first() else {
        return Verdict::Invalid;
    };
    let lower = v.to_ascii_lowercase();
    let templated = matches!(first, b'$' | b'{' | b'<' | b'%' | b'[' | b'(')
        || v.windows(2).any(|w| w == b"{{" || w == b"${" || w == b"%(")
        || (v.len() >= 2 && v.ends_with(b">") && v.starts_with(b"<"));
    let repeated = v.iter().all(|&b| b == first);
    // A file path (`/run/secrets/db`, `./certs/key.pem`) names where a secret is, not the secret.
    let path = (v.starts_with(b"/") || v.starts_with(b"./") || v.starts_with(b"~/"))
        && v.iter().filter(|&&b| b == b'/').count() >= 2
        && v.iter()
            .all(|&b| b.is_ascii_alphanumeric() || b"_./-~".contains(&b));
    let dummy = PLACEHOLDERS.iter().any(|p| lower == p.as_bytes())
        || lower.starts_with(b"your")
        || lower.windows(4).any(|w| w == b"xxxx" || w == b"****");
    plausible(!(templated || repeated || dummy || path))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Verdict::*;

    #[test]
    fn entropy_bounds() {
        assert_eq!(shannon_entropy(b""), 0.0);
        assert_eq!(shannon_entropy(b"aaaa"), 0.0);
        assert!((shannon_entropy(b"abcd") - 2.0).abs() < 1e-9);
    }

    #[test]
    fn addresses() {
        assert_eq!(ipv4(b"192.168.0.1"), Plausible);
        assert_eq!(ipv4(b"256.1.1.1"), Invalid);
        assert_eq!(ipv6(b"2001:db8::8a2e:370:7334"), Plausible);
        assert_eq!(ipv6(b"::"), Invalid);
    }

    #[test]
    fn dates() {
        assert_eq!(date(b"1985-03-12"), Plausible);
        assert_eq!(date(b"29/02/1984"), Plausible);
        assert_eq!(date(b"29/02/1985"), Invalid);
        assert_eq!(date(b"12 March 1985"), Plausible);
        assert_eq!(date(b"March 12, 1985"), Plausible);
        assert_eq!(date(b"31.04.1990"), Invalid);
    }

    #[test]
    fn placeholders() {
        for p in [
            "${DB_PASSWORD}",
            "{{ secret }}",
            "<password>",
            "changeme",
            "xxxxxxxx",
            "YOUR_PASSWORD",
            "********",
        ] {
            assert_eq!(not_placeholder(p.as_bytes()), Invalid, "{p}");
        }
        assert_eq!(not_placeholder(b"hunter2!Qz"), Plausible);
    }
}
