//! National identifiers: issuance ranges and check digits, each citing its scheme.

use super::checksum::{luhn_ok, verhoeff_ok};
use super::{Verdict, compact_upper, digits, plausible, verified};

fn num(d: &[u8]) -> u32 {
    d.iter().fold(0, |n, &x| n * 10 + u32::from(x))
}

fn all_same(d: &[u8]) -> bool {
    d.windows(2).all(|w| w[0] == w[1])
}

/// SSA: area 001-665, 667-899; group 01-99; serial 0001-9999. Two numbers
/// published in advertising (078-05-1120, 219-09-9999) are known not to be real.
pub(super) fn us_ssn(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 9 {
        return Verdict::Invalid;
    }
    let (area, group, serial) = (num(&d[..3]), num(&d[3..5]), num(&d[5..]));
    let ok = area != 0
        && area != 666
        && area < 900
        && group != 0
        && serial != 0
        && !all_same(&d)
        && !matches!(
            (area, group, serial),
            (78, 5, 1120) | (219, 9, 9999) | (123, 45, 6789)
        );
    plausible(ok)
}

/// IRS ITIN: area 9xx, group 50-65, 70-88, 90-92 or 94-99.
pub(super) fn us_itin(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 9 || d[0] != 9 {
        return Verdict::Invalid;
    }
    let group = num(&d[3..5]);
    plausible(matches!(group, 50..=65 | 70..=88 | 90..=92 | 94..=99))
}

/// HMRC NIM39110: first letter not D F I Q U V, second not D F I O Q U V,
/// and the prefixes BG GB KN NK NT TN ZZ are never allocated.
pub(super) fn uk_nino(value: &[u8]) -> Verdict {
    let s = compact_upper(value);
    if s.len() != 9
        || !s[..2].iter().all(u8::is_ascii_uppercase)
        || !s[2..8].iter().all(u8::is_ascii_digit)
    {
        return Verdict::Invalid;
    }
    let (a, b) = (s[0], s[1]);
    let ok = !b"DFIQUV".contains(&a)
        && !b"DFIOQUV".contains(&b)
        && !matches!(
            &s[..2],
            b"BG" | b"GB" | b"KN" | b"NK" | b"NT" | b"TN" | b"ZZ"
        )
        && matches!(s[8], b'A'..=b'D');
    plausible(ok)
}

/// NHS number: weights 10..2 over nine digits, check = 11 - sum mod 11 (11 -> 0, 10 invalid).
pub(super) fn uk_nhs(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 10 || all_same(&d) {
        return Verdict::Invalid;
    }
    let sum: u32 = d[..9]
        .iter()
        .zip((2..=10).rev())
        .map(|(&x, w)| u32::from(x) * w)
        .sum();
    let check = match 11 - sum % 11 {
        11 => 0,
        10 => return Verdict::Invalid,
        c => c,
    };
    verified(check == u32::from(d[9]))
}

/// Canadian SIN: nine digits, Luhn; first digit 0 and 8 are not issued.
pub(super) fn ca_sin(value: &[u8]) -> Verdict {
    let d = digits(value);
    verified(d.len() == 9 && d[0] != 0 && d[0] != 8 && luhn_ok(&d))
}

const NIF_LETTERS: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";

/// Spanish DNI/NIF: eight digits (a leading zero may be dropped) and the
/// letter `TRWAGMYFPDXBNJZSQVHLCKE[n mod 23]` (RD 1553/2005).
pub(super) fn es_nif(value: &[u8]) -> Verdict {
    let s = compact_upper(value);
    let n = s.len().saturating_sub(1);
    if !(8..=9).contains(&s.len()) || !s[..n].iter().all(u8::is_ascii_digit) {
        return Verdict::Invalid;
    }
    verified(NIF_LETTERS[(num(&digits(&s[..n])) % 23) as usize] == s[n])
}

/// Spanish NIE: X/Y/Z read as 0/1/2, then the NIF letter rule.
pub(super) fn es_nie(value: &[u8]) -> Verdict {
    let s = compact_upper(value);
    if s.len() != 9 || !s[1..8].iter().all(u8::is_ascii_digit) {
        return Verdict::Invalid;
    }
    let lead = match s[0] {
        b'X' => 0,
        b'Y' => 1,
        b'Z' => 2,
        _ => return Verdict::Invalid,
    };
    let n = lead * 10_000_000 + num(&digits(&s[1..8]));
    verified(NIF_LETTERS[(n % 23) as usize] == s[8])
}

/// Dutch BSN "11-proef": sum of digits weighted 9..2, minus the last, is a multiple of 11.
pub(super) fn nl_bsn(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 9 || all_same(&d) {
        return Verdict::Invalid;
    }
    let sum: i32 = d[..8]
        .iter()
        .zip((2..=9).rev())
        .map(|(&x, w)| i32::from(x) * w)
        .sum::<i32>()
        - i32::from(d[8]);
    verified(sum % 11 == 0)
}

/// Aadhaar (UIDAI): twelve digits, first not 0 or 1, Verhoeff check digit.
pub(super) fn in_aadhaar(value: &[u8]) -> Verdict {
    let d = digits(value);
    verified(d.len() == 12 && d[0] >= 2 && verhoeff_ok(&d))
}

/// Brazilian CPF: two mod-11 check digits (weights 10..2 and 11..2).
pub(super) fn br_cpf(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 11 || all_same(&d) {
        return Verdict::Invalid;
    }
    let check = |n: usize| {
        let sum: u32 = d[..n]
            .iter()
            .zip((2..=n as u32 + 1).rev())
            .map(|(&x, w)| u32::from(x) * w)
            .sum();
        let r = (sum * 10) % 11;
        if r == 10 { 0 } else { r as u8 }
    };
    verified(check(9) == d[9] && check(10) == d[10])
}

/// Polish PESEL: weights 1 3 7 9 1 3 7 9 1 3, check = (10 - sum mod 10) mod 10,
/// and the birth month field must be a month of some century (1-12 plus 20/40/60/80).
pub(super) fn pl_pesel(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 11 {
        return Verdict::Invalid;
    }
    let month = num(&d[2..4]) % 20;
    let day = num(&d[4..6]);
    const W: [u32; 10] = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    let sum: u32 = d[..10].iter().zip(W).map(|(&x, w)| u32::from(x) * w).sum();
    verified(
        (1..=12).contains(&month)
            && (1..=31).contains(&day)
            && (10 - sum % 10) % 10 == u32::from(d[10]),
    )
}

/// Italian codice fiscale (DM 23/12/1976): check letter from odd/even position tables.
pub(super) fn it_fiscal_code(value: &[u8]) -> Verdict {
    // Values of characters in odd (1st, 3rd, ...) positions, indexed by 0-9 then A-Z.
    const ODD: [u32; 26] = [
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24,
        23,
    ];
    let s = compact_upper(value);
    if s.len() != 16 || !s.iter().all(u8::is_ascii_alphanumeric) || !s[15].is_ascii_uppercase() {
        return Verdict::Invalid;
    }
    let index = |c: u8| {
        if c.is_ascii_digit() {
            (c - b'0') as usize
        } else {
            (c - b'A') as usize
        }
    };
    let sum: u32 = s[..15]
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            if i % 2 == 0 {
                ODD[index(c)]
            } else {
                index(c) as u32
            }
        })
        .sum();
    verified(u32::from(s[15] - b'A') == sum % 26)
}

/// Singapore NRIC/FIN: weights 2 7 6 5 4 3 2, offset by series, letter table per series.
pub(super) fn sg_nric(value: &[u8]) -> Verdict {
    let s = compact_upper(value);
    if s.len() != 9 || !s[1..8].iter().all(u8::is_ascii_digit) {
        return Verdict::Invalid;
    }
    let (offset, table): (u32, &[u8; 11]) = match s[0] {
        b'S' => (0, b"JZIHGFEDCBA"),
        b'T' => (4, b"JZIHGFEDCBA"),
        b'F' => (0, b"XWUTRQPNMLK"),
        b'G' => (4, b"XWUTRQPNMLK"),
        b'M' => (3, b"KLJNPQRTUWX"),
        _ => return Verdict::Invalid,
    };
    const W: [u32; 7] = [2, 7, 6, 5, 4, 3, 2];
    let sum: u32 = s[1..8]
        .iter()
        .zip(W)
        .map(|(&c, w)| u32::from(c - b'0') * w)
        .sum();
    verified(table[((offset + sum) % 11) as usize] == s[8])
}

/// Australian TFN (ATO): weights 1 4 3 7 5 8 6 9 10, sum a multiple of 11.
pub(super) fn au_tfn(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 9 || all_same(&d) {
        return Verdict::Invalid;
    }
    const W: [u32; 9] = [1, 4, 3, 7, 5, 8, 6, 9, 10];
    let sum: u32 = d.iter().zip(W).map(|(&x, w)| u32::from(x) * w).sum();
    verified(sum.is_multiple_of(11))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Verdict::*;

    #[test]
    fn us_ranges() {
        assert_eq!(us_ssn(b"536-90-4399"), Plausible);
        for bad in [
            "000-12-3456",
            "666-12-3456",
            "912-12-3456",
            "536-00-4399",
            "536-90-0000",
            "078-05-1120",
            "111-11-1111",
        ] {
            assert_eq!(us_ssn(bad.as_bytes()), Invalid, "{bad}");
        }
        assert_eq!(us_itin(b"912-70-1234"), Plausible);
        assert_eq!(us_itin(b"912-93-1234"), Invalid);
    }

    #[test]
    fn uk_ids() {
        assert_eq!(uk_nino(b"AB 12 34 56 C"), Plausible);
        assert_eq!(uk_nino(b"QQ123456C"), Invalid);
        assert_eq!(uk_nino(b"GB123456A"), Invalid);
        assert_eq!(uk_nhs(b"943 476 5919"), Verified);
        assert_eq!(uk_nhs(b"943 476 5918"), Invalid);
    }

    #[test]
    fn check_letters_and_digits() {
        assert_eq!(es_nif(b"12345678Z"), Verified);
        assert_eq!(es_nif(b"12345678A"), Invalid);
        assert_eq!(es_nie(b"X1234567L"), Verified);
        assert_eq!(nl_bsn(b"111222333"), Verified);
        assert_eq!(nl_bsn(b"111222334"), Invalid);
        assert_eq!(br_cpf(b"529.982.247-25"), Verified);
        assert_eq!(br_cpf(b"529.982.247-26"), Invalid);
        assert_eq!(pl_pesel(b"44051401359"), Verified);
        assert_eq!(pl_pesel(b"44051401358"), Invalid);
        assert_eq!(it_fiscal_code(b"RSSMRA85T10A562S"), Verified);
        assert_eq!(it_fiscal_code(b"RSSMRA85T10A562T"), Invalid);
        assert_eq!(sg_nric(b"S1234567D"), Verified);
        assert_eq!(sg_nric(b"S1234567E"), Invalid);
        assert_eq!(au_tfn(b"123 456 782"), Verified);
        assert_eq!(au_tfn(b"123 456 789"), Invalid);
        assert_eq!(ca_sin(b"130 692 544"), Verified);
        assert_eq!(ca_sin(b"046 454 286"), Invalid);
        assert_eq!(ca_sin(b"130 692 545"), Invalid);
        assert_eq!(in_aadhaar(b"2345 6789 0124"), in_aadhaar(b"234567890124"));
    }
}
