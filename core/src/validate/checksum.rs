//! Generic check-digit schemes.

use super::{Verdict, compact_upper, digits, verified};

/// Luhn mod 10 (ISO/IEC 7812-1 Annex B).
pub(super) fn luhn(value: &[u8]) -> Verdict {
    let d = digits(value);
    verified((12..=19).contains(&d.len()) && luhn_ok(&d))
}

pub(super) fn luhn_ok(d: &[u8]) -> bool {
    let sum: u32 = d
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| {
            let x = u32::from(x);
            if i % 2 == 1 {
                if x * 2 > 9 { x * 2 - 9 } else { x * 2 }
            } else {
                x
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// IBAN lengths per country (SWIFT IBAN Registry, release 99).
const IBAN_LENGTHS: &[(&[u8; 2], usize)] = &[
    (b"AD", 24),
    (b"AE", 23),
    (b"AL", 28),
    (b"AT", 20),
    (b"AZ", 28),
    (b"BA", 20),
    (b"BE", 16),
    (b"BG", 22),
    (b"BH", 22),
    (b"BI", 27),
    (b"BR", 29),
    (b"BY", 28),
    (b"CH", 21),
    (b"CR", 22),
    (b"CY", 28),
    (b"CZ", 24),
    (b"DE", 22),
    (b"DJ", 27),
    (b"DK", 18),
    (b"DO", 28),
    (b"EE", 20),
    (b"EG", 29),
    (b"ES", 24),
    (b"FI", 18),
    (b"FK", 18),
    (b"FO", 18),
    (b"FR", 27),
    (b"GB", 22),
    (b"GE", 22),
    (b"GI", 23),
    (b"GL", 18),
    (b"GR", 27),
    (b"GT", 28),
    (b"HN", 28),
    (b"HR", 21),
    (b"HU", 28),
    (b"IE", 22),
    (b"IL", 23),
    (b"IQ", 23),
    (b"IS", 26),
    (b"IT", 27),
    (b"JO", 30),
    (b"KW", 30),
    (b"KZ", 20),
    (b"LB", 28),
    (b"LC", 32),
    (b"LI", 21),
    (b"LT", 20),
    (b"LU", 20),
    (b"LV", 21),
    (b"LY", 25),
    (b"MC", 27),
    (b"MD", 24),
    (b"ME", 22),
    (b"MK", 19),
    (b"MN", 20),
    (b"MR", 27),
    (b"MT", 31),
    (b"MU", 30),
    (b"NI", 28),
    (b"NL", 18),
    (b"NO", 15),
    (b"OM", 23),
    (b"PK", 24),
    (b"PL", 28),
    (b"PS", 29),
    (b"PT", 25),
    (b"QA", 29),
    (b"RO", 24),
    (b"RS", 22),
    (b"RU", 33),
    (b"SA", 24),
    (b"SC", 31),
    (b"SD", 18),
    (b"SE", 24),
    (b"SI", 19),
    (b"SK", 24),
    (b"SM", 27),
    (b"SO", 23),
    (b"ST", 25),
    (b"SV", 28),
    (b"TL", 23),
    (b"TN", 24),
    (b"TR", 26),
    (b"UA", 29),
    (b"VA", 22),
    (b"VG", 24),
    (b"XK", 20),
    (b"YE", 30),
];

/// IBAN (ISO 13616-1): registered country length, then ISO 7064 MOD 97-10.
pub(super) fn iban(value: &[u8]) -> Verdict {
    // Written in one case (`de89 3704 ...` or `DE89 3704 ...`), not mixed
    // (`LV80 bANK ...`).
    let upper = value.iter().any(u8::is_ascii_uppercase);
    let lower = value.iter().any(u8::is_ascii_lowercase);
    if upper && lower {
        return Verdict::Invalid;
    }
    let s = compact_upper(value);
    if s.len() < 15 || !s.iter().all(u8::is_ascii_alphanumeric) {
        return Verdict::Invalid;
    }
    let Some(&(_, len)) = IBAN_LENGTHS.iter().find(|(cc, _)| cc[..] == s[..2]) else {
        return Verdict::Invalid;
    };
    if s.len() != len || !s[2..4].iter().all(u8::is_ascii_digit) {
        return Verdict::Invalid;
    }
    let mut rem: u32 = 0;
    for &c in s[4..].iter().chain(&s[..4]) {
        let n = if c.is_ascii_digit() {
            u32::from(c - b'0')
        } else {
            u32::from(c - b'A') + 10
        };
        rem = if n >= 10 {
            (rem * 100 + n) % 97
        } else {
            (rem * 10 + n) % 97
        };
    }
    verified(rem == 1)
}

/// ABA routing transit number: weights 3, 7, 1 sum to a multiple of 10
/// (ABA Key to Routing Numbers); the first two digits name a Federal Reserve range.
pub(super) fn aba_routing(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 9 {
        return Verdict::Invalid;
    }
    let prefix = d[0] * 10 + d[1];
    let prefix_ok = matches!(prefix, 0..=12 | 21..=32 | 61..=72 | 80);
    let sum: u32 = d
        .iter()
        .zip([3u32, 7, 1].iter().cycle())
        .map(|(&x, &w)| u32::from(x) * w)
        .sum();
    verified(prefix_ok && sum.is_multiple_of(10) && d.iter().any(|&x| x != 0))
}

/// Verhoeff dihedral check digit (used by Aadhaar).
pub(super) fn verhoeff_ok(d: &[u8]) -> bool {
    const D: [[u8; 10]; 10] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
        [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
        [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ];
    const P: [[u8; 10]; 8] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
        [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
        [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ];
    let mut c = 0u8;
    for (i, &x) in d.iter().rev().enumerate() {
        c = D[c as usize][P[i % 8][x as usize] as usize];
    }
    c == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_accepts_test_cards_and_rejects_one_digit_off() {
        assert_eq!(luhn(b"4111 1111 1111 1111"), Verdict::Verified);
        assert_eq!(luhn(b"378282246310005"), Verdict::Verified);
        assert_eq!(luhn(b"4111 1111 1111 1112"), Verdict::Invalid);
        assert_eq!(luhn(b"4111"), Verdict::Invalid);
    }

    #[test]
    fn iban_checks_length_and_mod97() {
        assert_eq!(iban(b"GB82 WEST 1234 5698 7654 32"), Verdict::Verified);
        assert_eq!(iban(b"DE89370400440532013000"), Verdict::Verified);
        assert_eq!(iban(b"GB82 WEST 1234 5698 7654 33"), Verdict::Invalid);
        assert_eq!(iban(b"DE8937040044053201300"), Verdict::Invalid);
        assert_eq!(iban(b"QQ89370400440532013000"), Verdict::Invalid);
    }

    #[test]
    fn aba_and_verhoeff() {
        assert_eq!(aba_routing(b"121000358"), Verdict::Verified);
        assert_eq!(aba_routing(b"121000359"), Verdict::Invalid);
        assert!(verhoeff_ok(&[2, 3, 6, 3]));
        assert!(!verhoeff_ok(&[2, 3, 6, 4]));
        // Presidio's valid Aadhaar; row 4 of the permutation table was
        // once wrong and rejected about a third of valid numbers.
        assert!(verhoeff_ok(&[3, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 9]));
    }

    #[test]
    fn verhoeff_catches_every_adjacent_transposition() {
        // What the scheme guarantees: exactly one check digit per payload,
        // and swapping two different adjacent digits is always caught.
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..2_000 {
            let mut d: Vec<u8> = (0..11)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    (seed % 10) as u8
                })
                .collect();
            let checks: Vec<u8> = (0..10)
                .filter(|&c| {
                    let mut full = d.clone();
                    full.push(c);
                    verhoeff_ok(&full)
                })
                .collect();
            assert_eq!(checks.len(), 1, "{d:?}");
            d.push(checks[0]);
            for i in 0..d.len() - 1 {
                if d[i] != d[i + 1] {
                    let mut swapped = d.clone();
                    swapped.swap(i, i + 1);
                    assert!(!verhoeff_ok(&swapped), "{d:?} swap at {i}");
                }
            }
        }
    }
}
