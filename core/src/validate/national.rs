//! National identifiers: issuance ranges and check digits, each citing its scheme.

use super::checksum::{luhn_ok, verhoeff_ok};
use super::{Verdict, compact_upper, digits, plausible, verified};

/// `d` as one number.
pub(super) fn num(d: &[u8]) -> u32 {
    d.iter().fold(0, |n, &x| n * 10 + u32::from(x))
}

/// Whether every digit of `d` is the same one.
pub(super) fn all_same(d: &[u8]) -> bool {
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

/// Polish PESEL: YYMMDD with the century in the month (+80 for the 1800s,
/// +0 for the 1900s, +20 for the 2000s), a serial and a check digit, weights
/// 1 3 7 9 1 3 7 9 1 3, check = (10 - sum mod 10) mod 10. The birth date must
/// be a calendar date in 1800-2099 (the +40 and +60 centuries hold no one yet).
pub(super) fn pl_pesel(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 11 {
        return Verdict::Invalid;
    }
    let (yy, month) = (num(&d[..2]), num(&d[2..4]));
    let (century, month) = match month {
        81..=92 => (1800, month - 80),
        1..=12 => (1900, month),
        21..=32 => (2000, month - 20),
        _ => return Verdict::Invalid,
    };
    const W: [u32; 10] = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    let sum: u32 = d[..10].iter().zip(W).map(|(&x, w)| u32::from(x) * w).sum();
    verified(
        real_date(century + yy, month, num(&d[4..6])) && (10 - sum % 10) % 10 == u32::from(d[10]),
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

/// Days in `month` of `year` (proleptic Gregorian); 0 for a month that is not one.
fn month_days(year: u32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

/// Whether `day`.`month`.`year` is a calendar date.
fn real_date(year: u32, month: u32, day: u32) -> bool {
    day >= 1 && day <= month_days(year, month)
}

/// Whether `day`.`month`.`yy` is a calendar date in 19yy or 20yy (the
/// century of a two-digit year is unknown; they differ only on 29.02.00).
pub(super) fn real_date_yy(yy: u32, month: u32, day: u32) -> bool {
    real_date(1900 + yy, month, day) || real_date(2000 + yy, month, day)
}

/// `d` as one number (up to 19 digits).
fn num64(d: &[u8]) -> u64 {
    d.iter().fold(0, |n, &x| n * 10 + u64::from(x))
}

/// French NIR (INSEE, numéro d'inscription au répertoire): sex 1 or 2 (3, 4,
/// 7, 8 for provisional numbers), birth year, month (01-12; 20-42 or 50-99
/// when unknown), department (01-99, 2A, 2B), commune, order number 001-999,
/// then the key 97 - (first 13 digits mod 97), reading 2A as 19 and 2B as 18.
pub(super) fn fr_nir(value: &[u8]) -> Verdict {
    let mut s = compact_upper(value);
    if s.len() != 15 {
        return Verdict::Invalid;
    }
    match &s[5..7] {
        b"2A" => s[5..7].copy_from_slice(b"19"),
        b"2B" => s[5..7].copy_from_slice(b"18"),
        b"00" => return Verdict::Invalid,
        _ => {}
    }
    if !s.iter().all(u8::is_ascii_digit) {
        return Verdict::Invalid;
    }
    let d = digits(&s);
    verified(
        matches!(d[0], 1 | 2 | 3 | 4 | 7 | 8)
            && matches!(num(&d[3..5]), 1..=12 | 20..=42 | 50..=99)
            && num(&d[10..13]) != 0
            && 97 - num64(&d[..13]) % 97 == u64::from(num(&d[13..])),
    )
}

/// Swedish personnummer and samordningsnummer (Skatteverket SKV 704 and
/// 707): YYMMDD or YYYYMMDD, `-` (`+` from the 100th birthday), a birth
/// number and a Luhn check digit over the ten digits from YYMMDD on; a
/// samordningsnummer adds 60 to the day.
pub(super) fn se_personnummer(value: &[u8]) -> Verdict {
    let d = digits(value);
    let ten = match d.len() {
        10 => &d[..],
        12 if matches!(num(&d[..2]), 18..=20) => &d[2..],
        _ => return Verdict::Invalid,
    };
    let (month, day) = (num(&ten[2..4]), num(&ten[4..6]));
    let day = if day > 60 { day - 60 } else { day };
    let date = if d.len() == 12 {
        real_date(num(&d[..4]), month, day)
    } else {
        real_date_yy(num(&ten[..2]), month, day)
    };
    verified(date && num(&ten[6..9]) != 0 && luhn_ok(ten))
}

/// Belgian national register number (Rijksregister / Registre national,
/// Royal Decree of 8 January 2006): YYMMDD, a sequence 001-998, then
/// 97 - (YYMMDDSSS mod 97), with 2 written before the nine digits for
/// births from 2000. Day and month may be 00 (date unknown); BIS numbers
/// add 20 or 40 to the month.
pub(super) fn be_national_number(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 11 {
        return Verdict::Invalid;
    }
    let (yy, month, day) = (num(&d[..2]), num(&d[2..4]), num(&d[4..6]));
    let date = month < 60
        && match (month % 20, day) {
            (0, 0..=31) | (1..=12, 0) => true,
            (m @ 1..=12, day) => real_date_yy(yy, m, day),
            _ => false,
        };
    let n = num64(&d[..9]);
    let check = u64::from(num(&d[9..]));
    verified(
        date && (1..=998).contains(&num(&d[6..9]))
            && (97 - n % 97 == check || 97 - (2_000_000_000 + n) % 97 == check),
    )
}

/// Chinese resident identity card number (GB 11643-1999): a six-digit
/// area code (province 11-82, or 91 abroad), birth date YYYYMMDD, a
/// three-digit sequence, and an ISO 7064 MOD 11-2 check character (X for 10).
pub(super) fn cn_resident_id(value: &[u8]) -> Verdict {
    let s = compact_upper(value);
    if s.len() != 18 || !s[..17].iter().all(u8::is_ascii_digit) {
        return Verdict::Invalid;
    }
    let d = digits(&s[..17]);
    let province = num(&d[..2]);
    let date = real_date(num(&d[6..10]), num(&d[10..12]), num(&d[12..14]));
    // Weights 2^(17-i) mod 11.
    const W: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let sum: u32 = d.iter().zip(W).map(|(&x, w)| u32::from(x) * w).sum();
    let check = match (12 - sum % 11) % 11 {
        10 => b'X',
        c => b'0' + c as u8,
    };
    verified(
        matches!(
            province,
            11..=15 | 21..=23 | 31..=37 | 41..=46 | 50..=54 | 61..=65 | 71 | 81..=83 | 91
        ) && date
            && (1900..=2100).contains(&num(&d[6..10]))
            && check == s[17],
    )
}

/// South Korean resident registration number (주민등록번호): YYMMDD, a
/// sex and century digit (1/2 and 5/6 for 1900s, 3/4 and 7/8 for 2000s;
/// 5-8 for foreigners), five digits and a check digit (11 - weighted sum
/// mod 11) mod 10, weights 2-9 then 2-5. Numbers issued since October 2020
/// carry no check digit and are not found.
pub(super) fn kr_rrn(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 13 {
        return Verdict::Invalid;
    }
    let century = match d[6] {
        1 | 2 | 5 | 6 => 1900,
        3 | 4 | 7 | 8 => 2000,
        _ => return Verdict::Invalid,
    };
    const W: [u32; 12] = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
    let sum: u32 = d[..12].iter().zip(W).map(|(&x, w)| u32::from(x) * w).sum();
    verified(
        real_date(century + num(&d[..2]), num(&d[2..4]), num(&d[4..6]))
            && (11 - sum % 11) % 10 == u32::from(d[12]),
    )
}

/// A mod-11 check digit: 11 - (weighted sum mod 11), 11 read as 0; `None`
/// for 10, which is never issued.
pub(super) fn mod11_check(d: &[u8], weights: &[u32]) -> Option<u8> {
    let sum: u32 = d.iter().zip(weights).map(|(&x, w)| u32::from(x) * w).sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        c => Some(c as u8),
    }
}

/// Norwegian fødselsnummer and D-number (Skatteetaten): DDMMYY (D-numbers
/// add 40 to the day, H-numbers 40 to the month), a three-digit individual
/// number and two mod-11 check digits, weights 3 7 6 1 8 9 4 5 2 and
/// 5 4 3 2 7 6 5 4 3 2.
pub(super) fn no_fodselsnummer(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 11 {
        return Verdict::Invalid;
    }
    let (day, month) = (num(&d[..2]), num(&d[2..4]));
    let day = if day > 40 { day - 40 } else { day };
    let month = if month > 40 { month - 40 } else { month };
    let k1 = mod11_check(&d[..9], &[3, 7, 6, 1, 8, 9, 4, 5, 2]);
    let k2 = mod11_check(&d[..10], &[5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    verified(real_date_yy(num(&d[4..6]), month, day) && k1 == Some(d[9]) && k2 == Some(d[10]))
}

/// Finnish personal identity code (henkilötunnus, DVV): DDMMYY, a century
/// sign (`+` 1800s; `-`, U-Y 1900s; A-F 2000s), an individual number
/// 002-999 and the check character `0123456789ABCDEFHJKLMNPRSTUVWXY`
/// indexed by DDMMYYNNN mod 31.
pub(super) fn fi_hetu(value: &[u8]) -> Verdict {
    const CHECK: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";
    let s = value.to_ascii_uppercase();
    if s.len() != 11
        || !s[..6].iter().all(u8::is_ascii_digit)
        || !s[7..10].iter().all(u8::is_ascii_digit)
    {
        return Verdict::Invalid;
    }
    let century = match s[6] {
        b'+' => 1800,
        b'-' | b'U'..=b'Y' => 1900,
        b'A'..=b'F' => 2000,
        _ => return Verdict::Invalid,
    };
    let d = digits(&s[..10]);
    verified(
        real_date(century + num(&d[4..6]), num(&d[2..4]), num(&d[..2]))
            && num(&d[6..9]) >= 2
            && CHECK[(num(&d[..9]) % 31) as usize] == s[10],
    )
}

/// Danish CPR number (CPR-loven): DDMMYY-SSSS with a real birth date. The
/// mod-11 check was dropped in 2007, so there is no check digit to verify:
/// rules should ask for the word CPR nearby.
pub(super) fn dk_cpr(value: &[u8]) -> Verdict {
    let d = digits(value);
    plausible(d.len() == 10 && real_date_yy(num(&d[4..6]), num(&d[2..4]), num(&d[..2])))
}

/// Czech or Slovak birth number (rodné číslo): YYMMDD and three digits
/// (born before 1954) or four, the month + 50 for women (+ 20 or + 70
/// when a day's numbers ran out, from 2004); a real birth date, and the ten
/// digits a multiple of 11 (or the first nine leave 10 and the last is 0).
pub(super) fn cz_birth_number(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 9 && d.len() != 10 {
        return Verdict::Invalid;
    }
    let month = match num(&d[2..4]) {
        m @ 1..=12 => m,
        m @ 21..=32 => m - 20,
        m @ 51..=62 => m - 50,
        m @ 71..=82 => m - 70,
        _ => return Verdict::Invalid,
    };
    if !real_date_yy(num(&d[..2]), month, num(&d[4..6])) {
        return Verdict::Invalid;
    }
    if d.len() == 9 {
        // No check digit before 1954.
        return plausible(num(&d[..2]) < 54);
    }
    let first = d[..9].iter().fold(0u64, |n, &x| n * 10 + u64::from(x));
    let rest = first % 11;
    verified(rest == u64::from(d[9]) || (rest == 10 && d[9] == 0))
}

/// Turkish identity number (T.C. Kimlik No, NVİ): eleven digits, the first
/// not 0; the tenth is (7 × (1st+3rd+5th+7th+9th) - (2nd+4th+6th+8th)) mod 10
/// and the eleventh the sum of the first ten mod 10.
pub(super) fn tr_tckn(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 11 || d[0] == 0 {
        return Verdict::Invalid;
    }
    let odd: u32 = d[..9].iter().step_by(2).map(|&x| u32::from(x)).sum();
    let even: u32 = d[1..8].iter().step_by(2).map(|&x| u32::from(x)).sum();
    let tenth = (odd * 7 + 100 - even) % 10;
    let eleventh = d[..10].iter().map(|&x| u32::from(x)).sum::<u32>() % 10;
    verified(tenth == u32::from(d[9]) && eleventh == u32::from(d[10]))
}

/// Russian SNILS (insurance number of individual personal account, PFR
/// rules of 1996): nine digits and a two-digit check number, the sum of
/// digit × (9 - position) over the nine; a sum of 100 or 101 gives 00 and
/// one above 101 is taken mod 101 first. Numbers up to 001-001-998 carry no
/// check and are not accepted, nor are repeated digits.
pub(super) fn ru_snils(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 11 || all_same(&d[..9]) || num(&d[..9]) <= 1_001_998 {
        return Verdict::Invalid;
    }
    let sum: u32 = d[..9]
        .iter()
        .zip((1..=9).rev())
        .map(|(&x, w)| u32::from(x) * w)
        .sum();
    let check = match sum % 101 {
        100 => 0,
        c => c,
    };
    verified(check == num(&d[9..]))
}

/// Thai national identification number (เลขประจำตัวประชาชน, Department of
/// Provincial Administration): thirteen digits, the first a person type
/// 1-8, the last (11 - (sum of digit × (13 - position) over the first
/// twelve) mod 11) mod 10.
pub(super) fn th_national_id(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 13 || !(1..=8).contains(&d[0]) {
        return Verdict::Invalid;
    }
    let sum: u32 = d[..12]
        .iter()
        .zip((2..=13).rev())
        .map(|(&x, w)| u32::from(x) * w)
        .sum();
    verified((11 - sum % 11) % 10 == u32::from(d[12]))
}

/// Chilean RUT/RUN (Servicio de Impuestos Internos, Registro Civil): a
/// body of up to eight digits and a check character, 11 - (sum of digits
/// weighted 2, 3, 4, 5, 6, 7, 2, ... from the right) mod 11, with 11 written
/// 0 and 10 written K.
pub(super) fn cl_rut(value: &[u8]) -> Verdict {
    let s = compact_upper(value);
    let Some((&check, body)) = s.split_last() else {
        return Verdict::Invalid;
    };
    if !(6..=8).contains(&body.len()) || !body.iter().all(u8::is_ascii_digit) || body[0] == b'0' {
        return Verdict::Invalid;
    }
    let sum: u32 = digits(body)
        .iter()
        .rev()
        .zip([2, 3, 4, 5, 6, 7].iter().cycle())
        .map(|(&x, &w)| u32::from(x) * w)
        .sum();
    let expected = match 11 - sum % 11 {
        11 => b'0',
        10 => b'K',
        c => b'0' + c as u8,
    };
    verified(expected == check)
}

/// South African identity number (Identification Act 68 of 1997):
/// YYMMDD birth date, a four-digit sequence (sex), a citizenship digit 0
/// (citizen) or 1 (permanent resident), a digit A and a Luhn check digit
/// over all thirteen.
pub(super) fn za_id(value: &[u8]) -> Verdict {
    let d = digits(value);
    verified(
        d.len() == 13
            && real_date_yy(num(&d[..2]), num(&d[2..4]), num(&d[4..6]))
            && d[10] <= 1
            && luhn_ok(&d),
    )
}

/// Israeli identity number (Teudat Zehut, Population and Immigration
/// Authority): nine digits, shorter numbers left-padded with zeros; digits
/// weighted 1, 2, 1, 2, ..., the digits of each product summed, and the
/// total a multiple of 10 (the Luhn check on the padded number).
pub(super) fn il_teudat_zehut(value: &[u8]) -> Verdict {
    let d = digits(value);
    verified((5..=9).contains(&d.len()) && d.iter().any(|&x| x != 0) && luhn_ok(&d))
}

/// Province codes of Vietnamese citizen identity numbers (Circular
/// 07/2016/TT-BCA, appendix): the 63 provinces and cities, 001-096.
const VN_PROVINCES: [u32; 63] = [
    1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37,
    38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77,
    79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96,
];

/// Vietnamese citizen identity number (căn cước công dân, Decree
/// 137/2015/ND-CP, Circular 07/2016/TT-BCA): a province code of birth
/// registration, a century and sex digit (0/1 for the 1900s, 2/3 for the
/// 2000s), the last two digits of the birth year and a six-digit serial.
/// There is no check digit.
pub(super) fn vn_cccd(value: &[u8]) -> Verdict {
    let d = digits(value);
    plausible(
        d.len() == 12 && VN_PROVINCES.contains(&num(&d[..3])) && d[3] <= 3 && num(&d[6..]) != 0,
    )
}

/// Indonesian population identity number (NIK, Nomor Induk Kependudukan,
/// Permendagri on Dukcapil data codes): a province (11-19, 21, 31-36,
/// 51-53, 61-65, 71-76, 81-82, 91-97), regency or city 01-99 and district
/// 01-99 code, the birth date DDMMYY with 40 added to the day for women,
/// and a serial 0001-9999. There is no check digit.
pub(super) fn id_nik(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 16 {
        return Verdict::Invalid;
    }
    let day = match num(&d[6..8]) {
        day @ 41..=71 => day - 40,
        day => day,
    };
    plausible(
        matches!(
            num(&d[..2]),
            11..=19 | 21 | 31..=36 | 51..=53 | 61..=65 | 71..=76 | 81 | 82 | 91..=97
        ) && num(&d[2..4]) != 0
            && num(&d[4..6]) != 0
            && real_date_yy(num(&d[10..12]), num(&d[8..10]), day)
            && num(&d[12..]) != 0,
    )
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

    #[test]
    fn dated_ids() {
        for ok in [
            "1 99 12 59 238 649 71",
            "285037511604233",
            "1 69 06 2A 012 345 06",
            "272042b05607812",
        ] {
            assert_eq!(fr_nir(ok.as_bytes()), Verified, "{ok}");
        }
        for bad in [
            "1 99 12 59 238 649 72",
            "5 99 12 59 238 649 71",
            "1 99 13 59 238 649 71",
            "1 69 06 2B 012 345 06",
        ] {
            assert_eq!(fr_nir(bad.as_bytes()), Invalid, "{bad}");
        }
        for ok in [
            "811218-9876",
            "701070-2343",
            "19121212-1212",
            "121212+1212",
            "200203145677",
        ] {
            assert_eq!(se_personnummer(ok.as_bytes()), Verified, "{ok}");
        }
        for bad in ["811218-9875", "811318-9876", "21811218-9876", "811232-9876"] {
            assert_eq!(se_personnummer(bad.as_bytes()), Invalid, "{bad}");
        }
        for ok in ["85.07.30-033.28", "01.02.14-123.06", "90020199704"] {
            assert_eq!(be_national_number(ok.as_bytes()), Verified, "{ok}");
        }
        for bad in ["85.07.30-033.29", "85.13.30-033.28", "01.02.14-123.07"] {
            assert_eq!(be_national_number(bad.as_bytes()), Invalid, "{bad}");
        }
        for ok in [
            "11010519491231002X",
            "11010519491231002x",
            "440304200101011236",
        ] {
            assert_eq!(cn_resident_id(ok.as_bytes()), Verified, "{ok}");
        }
        for bad in [
            "110105194912310021",
            "110105194913310026",
            "990105194912310026",
            "440304200102301236",
        ] {
            assert_eq!(cn_resident_id(bad.as_bytes()), Invalid, "{bad}");
        }
        for ok in ["850314-1234562", "031125-4123455", "9001015678901"] {
            assert_eq!(kr_rrn(ok.as_bytes()), Verified, "{ok}");
        }
        for bad in ["850314-1234563", "850314-9234562", "851314-1234562"] {
            assert_eq!(kr_rrn(bad.as_bytes()), Invalid, "{bad}");
        }
    }

    #[test]
    fn nordic_and_turkish_ids() {
        for ok in ["15038545660", "41019012393", "010175 99913"] {
            assert_eq!(no_fodselsnummer(ok.as_bytes()), Verified, "{ok}");
        }
        for bad in ["15038545661", "15038545650", "32038545660"] {
            assert_eq!(no_fodselsnummer(bad.as_bytes()), Invalid, "{bad}");
        }
        for ok in ["131052-308T", "010203A145P", "280264-052v"] {
            assert_eq!(fi_hetu(ok.as_bytes()), Verified, "{ok}");
        }
        for bad in ["131052-308U", "131052G308T", "310252-308T", "131052-001H"] {
            assert_eq!(fi_hetu(bad.as_bytes()), Invalid, "{bad}");
        }
        assert_eq!(dk_cpr(b"241290-1234"), Plausible);
        assert_eq!(cz_birth_number(b"915724/6307"), Verified);
        assert_eq!(cz_birth_number(b"736028/5163"), Verified);
        assert_eq!(cz_birth_number(b"915724/6308"), Invalid);
        assert_eq!(cz_birth_number(b"911324/6307"), Invalid);
        assert_eq!(cz_birth_number(b"450101/123"), Plausible);
        assert_eq!(dk_cpr(b"300290-1234"), Invalid);
        for ok in ["10000000146", "19876543238", "45612378994"] {
            assert_eq!(tr_tckn(ok.as_bytes()), Verified, "{ok}");
        }
        for bad in ["10000000147", "10000000156", "01234567890"] {
            assert_eq!(tr_tckn(bad.as_bytes()), Invalid, "{bad}");
        }
    }

    #[test]
    fn pesel_birth_dates() {
        for ok in ["44051401359", "02270803624", "85920101233"] {
            assert_eq!(pl_pesel(ok.as_bytes()), Verified, "{ok}");
        }
        // 30 February; a month of the +40 century (2100s).
        for bad in ["44023001356", "44423001358", "44051401358"] {
            assert_eq!(pl_pesel(bad.as_bytes()), Invalid, "{bad}");
        }
    }

    #[test]
    fn russian_thai_chilean_ids() {
        for ok in [
            "112-233-445 95",
            "987-654-321-83",
            "12345678964",
            "638-343-332 00",
            "405-001-713 00",
            "050-342-208 00",
        ] {
            assert_eq!(ru_snils(ok.as_bytes()), Verified, "{ok}");
        }
        for bad in [
            "112-233-445 96",
            "638-343-332 01",
            "111-111-111 45",
            "001-001-998 00",
            "1122334459",
        ] {
            assert_eq!(ru_snils(bad.as_bytes()), Invalid, "{bad}");
        }
        for ok in ["1-1037-00234-56-0", "3101200045134", "1234567890121"] {
            assert_eq!(th_national_id(ok.as_bytes()), Verified, "{ok}");
        }
        for bad in ["1-1037-00234-56-1", "9103700234565", "110370023456"] {
            assert_eq!(th_national_id(bad.as_bytes()), Invalid, "{bad}");
        }
        for ok in [
            "12.345.678-5",
            "7.654.321-6",
            "11111112-K",
            "11.111.112-k",
            "76086428-5",
        ] {
            assert_eq!(cl_rut(ok.as_bytes()), Verified, "{ok}");
        }
        for bad in [
            "12.345.678-4",
            "11111112-0",
            "12345678",
            "01.234.567-K",
            "-5",
        ] {
            assert_eq!(cl_rut(bad.as_bytes()), Invalid, "{bad}");
        }
    }

    #[test]
    fn south_african_and_israeli_ids() {
        for ok in ["8001015009087", "9312240120089", "0106155115087"] {
            assert_eq!(za_id(ok.as_bytes()), Verified, "{ok}");
        }
        // Check digit, month 13, citizenship 2, 30 February.
        for bad in [
            "8001015009088",
            "8013015009082",
            "8001015009285",
            "8002305009084",
        ] {
            assert_eq!(za_id(bad.as_bytes()), Invalid, "{bad}");
        }
        for ok in ["123456782", "039705140", "39705140", "304576184"] {
            assert_eq!(il_teudat_zehut(ok.as_bytes()), Verified, "{ok}");
        }
        for bad in ["123456789", "000000000", "039705141", "1234567820"] {
            assert_eq!(il_teudat_zehut(bad.as_bytes()), Invalid, "{bad}");
        }
    }

    #[test]
    fn vietnamese_and_indonesian_ids() {
        for ok in ["001099012345", "079203001234", "096185123456"] {
            assert_eq!(vn_cccd(ok.as_bytes()), Plausible, "{ok}");
        }
        // Unused province 003, province 097, century digit 4, serial 000000.
        for bad in [
            "003099012345",
            "097099012345",
            "001499012345",
            "001099000000",
            "00109901234",
        ] {
            assert_eq!(vn_cccd(bad.as_bytes()), Invalid, "{bad}");
        }
        for ok in ["3174054101900001", "3273012512850002", "9471010101000123"] {
            assert_eq!(id_nik(ok.as_bytes()), Plausible, "{ok}");
        }
        for bad in [
            "3174053201900001",
            "2074054101900001",
            "3174054113900001",
            "3174054101900000",
            "3100054101900001",
            "3174057201900001",
        ] {
            assert_eq!(id_nik(bad.as_bytes()), Invalid, "{bad}");
        }
    }
}
