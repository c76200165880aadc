//! Further national, tax and social insurance identifiers (Russia INN and
//! internal passport, Poland NIP and ID card, Germany pension and health
//! insurance numbers, Greece AMKA, Ireland PPSN, Austria SVNR, Switzerland
//! AHV, New Zealand IRD, UK driving licence), each citing its scheme.

use super::checksum::luhn_ok;
use super::national::{all_same, num, real_date_yy};
use super::{Verdict, compact_upper, digits, plausible, verified};

/// Sum of `d` weighted by `w`, position by position.
fn weighted(d: &[u8], w: &[u32]) -> u32 {
    d.iter().zip(w).map(|(&x, w)| u32::from(x) * w).sum()
}

/// Sum of the decimal digits of `n` (Quersumme).
fn cross_sum(mut n: u32) -> u32 {
    let mut s = 0;
    while n > 0 {
        s += n % 10;
        n /= 10;
    }
    s
}

/// The two decimal digits of an upper-case letter's place in the alphabet
/// (A = 01 to Z = 26), as the German insurance numbers write it.
fn letter_digits(c: u8) -> [u8; 2] {
    let p = c - b'A' + 1;
    [p / 10, p % 10]
}

/// Russian taxpayer identification number (ИНН, идентификационный номер
/// налогоплательщика; FNS order ММВ-7-6/435@ of 29.06.2012): the first two
/// digits a region (never 00), then ten digits with one check digit for an
/// organisation, weights 2 4 10 3 5 9 4 6 8, or twelve with two for an
/// individual, weights 7 2 4 10 3 5 9 4 6 8, then 3 7 2 4 10 3 5 9 4 6 8
/// over the first eleven; each check is (sum mod 11) mod 10.
pub(super) fn ru_inn(value: &[u8]) -> Verdict {
    let d = digits(value);
    if !matches!(d.len(), 10 | 12) || num(&d[..2]) == 0 || all_same(&d) {
        return Verdict::Invalid;
    }
    let check = |d: &[u8], w: &[u32]| (weighted(d, w) % 11 % 10) as u8;
    if d.len() == 10 {
        return verified(check(&d[..9], &[2, 4, 10, 3, 5, 9, 4, 6, 8]) == d[9]);
    }
    verified(
        check(&d[..10], &[7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) == d[10]
            && check(&d[..11], &[3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) == d[11],
    )
}

/// Ukrainian taxpayer number (РНОКПП, formerly ІПН; State Tax Service):
/// ten digits, the first five the days from 31.12.1899 to the birth date,
/// the last a check digit: weights -1 5 7 9 4 6 10 5 7, (sum mod 11) mod 10.
pub(super) fn ua_rnokpp(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 10 || num(&d[..5]) == 0 || all_same(&d) {
        return Verdict::Invalid;
    }
    let sum: i64 = d[..9]
        .iter()
        .zip([-1i64, 5, 7, 9, 4, 6, 10, 5, 7])
        .map(|(&x, w)| i64::from(x) * w)
        .sum();
    verified(sum.rem_euclid(11) % 10 == i64::from(d[9]))
}

/// Russian internal passport (паспорт гражданина РФ; blank described in
/// Government Decree No. 828 of 08.07.1997): a four-digit series, whose
/// first two digits are the OKATO code of the issuing region (01-99) and
/// last two the year the blank was printed, and a six-digit number (from
/// 000001). There is no check digit, so a value with that structure is
/// only plausible.
pub(super) fn ru_passport(value: &[u8]) -> Verdict {
    let d = digits(value);
    plausible(d.len() == 10 && num(&d[..2]) != 0 && num(&d[4..]) != 0 && !all_same(&d))
}

/// Polish tax identification number (NIP, numer identyfikacji podatkowej;
/// Ministry of Finance, act of 13.10.1995 on registering taxpayers): ten
/// digits, the last the sum of the first nine weighted 6 5 7 2 3 4 5 6 7,
/// mod 11; a remainder of 10 is never issued.
pub(super) fn pl_nip(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 10 || all_same(&d) {
        return Verdict::Invalid;
    }
    let check = weighted(&d[..9], &[6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11;
    verified(check == u32::from(d[9]))
}

/// Polish identity card number (dowód osobisty; MSWiA regulation on the
/// card's template): three letters of the series, valued A = 10 to Z = 35,
/// and six digits, the first of them a check digit: the nine values
/// weighted 7 3 1 9 7 3 1 7 3 (the check digit's weight 9) sum to a
/// multiple of 10.
pub(super) fn pl_id_card(value: &[u8]) -> Verdict {
    let s = compact_upper(value);
    if s.len() != 9
        || !s[..3].iter().all(u8::is_ascii_uppercase)
        || !s[3..].iter().all(u8::is_ascii_digit)
    {
        return Verdict::Invalid;
    }
    const W: [u32; 9] = [7, 3, 1, 9, 7, 3, 1, 7, 3];
    let val = |c: u8| match c {
        b'A'..=b'Z' => u32::from(c - b'A') + 10,
        _ => u32::from(c - b'0'),
    };
    let sum: u32 = s.iter().zip(W).map(|(&c, w)| val(c) * w).sum();
    verified(sum.is_multiple_of(10))
}

/// German pension insurance number (Versicherungsnummer of the Deutsche
/// Rentenversicherung, § 147 SGB VI and the VKVV), the number people call
/// their Sozialversicherungsnummer: a two-digit area number, the birth date
/// DDMMYY, the initial of the birth surname, a serial 00-49 (men) or 50-99
/// (women) and a check digit. The date follows the DRV rules: day or month
/// 00 when unknown, and the day raised by 32 or 64 (the 1st also by 96) when
/// a date's serials ran out. The check: the letter replaced by its place
/// (A = 01 to Z = 26), the twelve digits weighted 2 1 2 5 7 1 2 1 2 1 2 1,
/// the cross sums of the products added, mod 10.
pub(super) fn de_rvnr(value: &[u8]) -> Verdict {
    let s = compact_upper(value);
    if s.len() != 12
        || !s[..8].iter().all(u8::is_ascii_digit)
        || !s[8].is_ascii_uppercase()
        || !s[9..].iter().all(u8::is_ascii_digit)
    {
        return Verdict::Invalid;
    }
    let d = digits(&s);
    let (day, month, yy) = (num(&d[2..4]), num(&d[4..6]), num(&d[6..8]));
    let base_day = if day == 97 { 1 } else { day % 32 };
    if month > 12 || day > 97 || day == 96 {
        return Verdict::Invalid;
    }
    if month != 0 && base_day != 0 && !real_date_yy(yy, month, base_day) {
        return Verdict::Invalid;
    }
    let mut v = d[..8].to_vec();
    v.extend(letter_digits(s[8]));
    v.extend(&d[8..10]);
    const W: [u32; 12] = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
    let sum: u32 = v
        .iter()
        .zip(W)
        .map(|(&x, w)| cross_sum(u32::from(x) * w))
        .sum();
    verified(sum % 10 == u32::from(d[10]))
}

/// German health insurance number (Krankenversichertennummer, KVNR; the
/// unchangeable part, GKV-Spitzenverband guidelines under § 290 SGB V): a
/// letter, eight digits and a check digit. The check: the letter replaced
/// by its place (A = 01 to Z = 26), the ten digits weighted 1 2 1 2 ...,
/// the cross sums of the products added, mod 10.
pub(super) fn de_kvnr(value: &[u8]) -> Verdict {
    let s = compact_upper(value);
    if s.len() != 10 || !s[0].is_ascii_uppercase() || !s[1..].iter().all(u8::is_ascii_digit) {
        return Verdict::Invalid;
    }
    let d = digits(&s);
    let v = letter_digits(s[0])
        .into_iter()
        .chain(d[..8].iter().copied());
    let sum: u32 = v
        .zip([1, 2].into_iter().cycle())
        .map(|(x, w)| cross_sum(u32::from(x) * w))
        .sum();
    verified(sum % 10 == u32::from(d[8]))
}

/// Greek social security number (ΑΜΚΑ, Αριθμός Μητρώου Κοινωνικής
/// Ασφάλισης; HDIKA, law 2972/2001): eleven digits, the first six the birth
/// date DDMMYY, the last a Luhn check digit over all eleven.
pub(super) fn gr_amka(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 11 || !real_date_yy(num(&d[4..6]), num(&d[2..4]), num(&d[..2])) {
        return Verdict::Invalid;
    }
    verified(luhn_ok(&d))
}

/// Irish Personal Public Service Number (PPSN; Department of Social
/// Protection, Revenue): seven digits, a check letter and an optional second
/// letter: A or B for people (from 2013), H for non-individuals; W, T or X
/// on older numbers, which the check ignores. The check: the digits
/// weighted 8 down to 2 plus 9 × the second letter's place (A = 1), mod 23,
/// written W for 0 and A to V for 1 to 22.
pub(super) fn ie_ppsn(value: &[u8]) -> Verdict {
    let s = compact_upper(value);
    if !matches!(s.len(), 8 | 9) || !s[..7].iter().all(u8::is_ascii_digit) {
        return Verdict::Invalid;
    }
    let second = match s.get(8).copied() {
        None | Some(b'W' | b'T' | b'X') => 0,
        Some(c @ (b'A' | b'B' | b'H')) => u32::from(c - b'A') + 1,
        Some(_) => return Verdict::Invalid,
    };
    let d = digits(&s[..7]);
    let r = (weighted(&d, &[8, 7, 6, 5, 4, 3, 2]) + 9 * second) % 23;
    let expected = if r == 0 { b'W' } else { b'A' + r as u8 - 1 };
    verified(s[7] == expected)
}

/// Austrian social insurance number (Versicherungsnummer, SVNR/VSNR;
/// Dachverband der Sozialversicherungsträger): a serial 100-999, a check
/// digit and the birth date DDMMYY, whose month is 13, 14 or 15 when the
/// date is unknown or its serials ran out (Hauptverband, 4690/AB XXIII.
/// GP). The check: the ten digits weighted 3 7 9 0 5 8 4 2 1 6, mod 11; a
/// remainder of 10 is never issued.
pub(super) fn at_svnr(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 10 || d[0] == 0 {
        return Verdict::Invalid;
    }
    let (day, month, yy) = (num(&d[4..6]), num(&d[6..8]), num(&d[8..]));
    let date = match month {
        13..=15 => (1..=31).contains(&day),
        _ => real_date_yy(yy, month, day),
    };
    if !date {
        return Verdict::Invalid;
    }
    let check = weighted(&d, &[3, 7, 9, 0, 5, 8, 4, 2, 1, 6]) % 11;
    verified(check == u32::from(d[3]))
}

/// Swiss social security number (AHV-Nr./No AVS, AHVN13; Zentrale
/// Ausgleichsstelle): thirteen digits, 756 (the ISO 3166 code of
/// Switzerland), nine of the person and an EAN-13 check digit: the first
/// twelve weighted 1 3 1 3 ..., check = (10 - sum mod 10) mod 10.
pub(super) fn ch_ahv(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 13 || d[..3] != [7, 5, 6] {
        return Verdict::Invalid;
    }
    let sum = weighted(&d[..12], &[1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3]);
    verified((10 - sum % 10) % 10 == u32::from(d[12]))
}

/// New Zealand IRD number (Inland Revenue, RWT and NRWT specification,
/// "IRD number validation"): eight or nine digits (eight padded with a
/// leading 0), between 10-000-000 and 150-000-000. The check digit: the
/// first eight weighted 3 2 7 6 5 4 3 2, 0 for a remainder mod 11 of 0,
/// else 11 less it; where that gives 10, the same with the weights
/// 7 4 3 2 5 2 7 6, and a second 10 is never issued.
pub(super) fn nz_ird(value: &[u8]) -> Verdict {
    let mut d = digits(value);
    if !matches!(d.len(), 8 | 9) {
        return Verdict::Invalid;
    }
    if d.len() == 8 {
        d.insert(0, 0);
    }
    if !(10_000_000..=150_000_000).contains(&num(&d)) {
        return Verdict::Invalid;
    }
    let check = |w: &[u32]| match weighted(&d[..8], w) % 11 {
        0 => 0,
        r => 11 - r,
    };
    let c = match check(&[3, 2, 7, 6, 5, 4, 3, 2]) {
        10 => check(&[7, 4, 3, 2, 5, 2, 7, 6]),
        c => c,
    };
    verified(c == u32::from(d[8]))
}

/// UK driving licence number (DVLA driver number, Great Britain): five
/// characters of the surname padded with 9, the decade digit of the birth
/// year, the birth month (plus 50 for women), the day, the year digit, two
/// initials (the second 9 when there is none), a digit (usually 9) and two
/// check characters. DVLA does not publish the check, so a real birth date
/// in that structure is only plausible.
pub(super) fn uk_driving_licence(value: &[u8]) -> Verdict {
    let s = compact_upper(value);
    if s.len() != 16 {
        return Verdict::Invalid;
    }
    let surname = &s[..5];
    let letters = surname
        .iter()
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    if letters == 0 || !surname[letters..].iter().all(|&c| c == b'9') {
        return Verdict::Invalid;
    }
    if !s[5..11].iter().all(u8::is_ascii_digit)
        || !s[11].is_ascii_uppercase()
        || !(s[12].is_ascii_uppercase() || s[12] == b'9')
        || !s[13].is_ascii_digit()
        || !s[14..].iter().all(u8::is_ascii_alphanumeric)
    {
        return Verdict::Invalid;
    }
    let d = digits(&s[5..11]);
    let month = match num(&d[1..3]) {
        m @ 51..=62 => m - 50,
        m => m,
    };
    let yy = u32::from(d[0]) * 10 + u32::from(d[5]);
    plausible(real_date_yy(yy, month, num(&d[3..5])))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Verdict::*;

    #[test]
    fn russian_inn_and_passport() {
        for ok in [
            "7707083893",
            "7771968036",
            "5043216733",
            "500100732259",
            "779094383109",
            "665845782015",
        ] {
            assert_eq!(ru_inn(ok.as_bytes()), Verified, "{ok}");
        }
        // Check digit; second check digit of twelve; region 00; length.
        for bad in [
            "7707083894",
            "500100732258",
            "500100732269",
            "0012345679",
            "77070838930",
        ] {
            assert_eq!(ru_inn(bad.as_bytes()), Invalid, "{bad}");
        }
        for ok in ["2327747219", "5260181590", "1860913900", "9960308240"] {
            assert_eq!(ua_rnokpp(ok.as_bytes()), Verified, "{ok}");
        }
        for bad in ["5260181591", "2327747218", "0000012340", "232774721"] {
            assert_eq!(ua_rnokpp(bad.as_bytes()), Invalid, "{bad}");
        }
        for ok in ["45 12 345678", "4512 345678", "4512345678", "4003 № 117264"] {
            assert_eq!(ru_passport(ok.as_bytes()), Plausible, "{ok}");
        }
        for bad in ["0012 345678", "4512 000000", "1111 111111", "4512 34567"] {
            assert_eq!(ru_passport(bad.as_bytes()), Invalid, "{bad}");
        }
    }

    #[test]
    fn polish_nip_and_id_card() {
        for ok in [
            "123-456-32-18",
            "1234563218",
            "137-23-30-438",
            "429 467 45 26",
            "5224020116",
        ] {
            assert_eq!(pl_nip(ok.as_bytes()), Verified, "{ok}");
        }
        // Check digit; a remainder of 10 (123456789x); repeated digits.
        for bad in ["123-456-32-19", "1234567890", "0000000000", "123456321"] {
            assert_eq!(pl_nip(bad.as_bytes()), Invalid, "{bad}");
        }
        for ok in ["ABA300000", "ABA 300000", "RBF358467", "kxe418549"] {
            assert_eq!(pl_id_card(ok.as_bytes()), Verified, "{ok}");
        }
        for bad in ["ABA400000", "RBF358468", "AB1300000", "ABA30000"] {
            assert_eq!(pl_id_card(bad.as_bytes()), Invalid, "{bad}");
        }
    }

    #[test]
    fn german_pension_and_health_insurance_numbers() {
        for ok in [
            "65 170839 J 003",
            "65170839J003",
            "15 070649 C 103",
            "12 030485 M 056",
            "04290276K515",
            // Unknown month; day raised by 32 (31st) and 96 (1st).
            "18 260054 O 009",
            "53 631292 S 561",
            "24 970770 B 123",
        ] {
            assert_eq!(de_rvnr(ok.as_bytes()), Verified, "{ok}");
        }
        // Check digit; 31 April, 29 February 1977/2077, month 13 and day 96
        // (each with the check digit it would have); a digit for the letter.
        for bad in [
            "65 170839 J 004",
            "12 310485 M 051",
            "12 290277 M 051",
            "12 011385 M 051",
            "12 960485 M 052",
            "65 1708391 003",
        ] {
            assert_eq!(de_rvnr(bad.as_bytes()), Invalid, "{bad}");
        }
        for ok in ["A123456780", "P497154403", "r810989168"] {
            assert_eq!(de_kvnr(ok.as_bytes()), Verified, "{ok}");
        }
        for bad in ["A123456781", "B123456780", "1123456780", "A12345678"] {
            assert_eq!(de_kvnr(bad.as_bytes()), Invalid, "{bad}");
        }
    }

    #[test]
    fn greek_amka() {
        for ok in ["15038761621", "29020082458", "311264 53260"] {
            assert_eq!(gr_amka(ok.as_bytes()), Verified, "{ok}");
        }
        // Luhn; 31 November; 29 February 2001; month 13.
        for bad in ["15038761622", "31118761621", "29020182456", "15138761620"] {
            assert_eq!(gr_amka(bad.as_bytes()), Invalid, "{bad}");
        }
    }

    #[test]
    fn irish_ppsn() {
        for ok in [
            "1234567T",
            "1234567FA",
            "1234567TW",
            "4627058WA",
            "4697523FB",
            "0205952EH",
            "1386204H",
            "1386204 h",
        ] {
            assert_eq!(ie_ppsn(ok.as_bytes()), Verified, "{ok}");
        }
        // Check letter; a second letter that changes it; one never issued.
        for bad in ["1234567U", "1234567TA", "1234567TZ", "123456T", "1234567"] {
            assert_eq!(ie_ppsn(bad.as_bytes()), Invalid, "{bad}");
        }
    }

    #[test]
    fn austrian_svnr() {
        for ok in ["1237 010180", "4486 150372", "7447290296", "1643 011365"] {
            assert_eq!(at_svnr(ok.as_bytes()), Verified, "{ok}");
        }
        // Check digit; serial from 0; 31 April; month 16; 29 February 1997.
        for bad in [
            "1238 010180",
            "0234 010180",
            "1236 310480",
            "1248 011680",
            "1235 290297",
        ] {
            assert_eq!(at_svnr(bad.as_bytes()), Invalid, "{bad}");
        }
    }

    #[test]
    fn swiss_ahv() {
        for ok in ["756.1234.5678.97", "7561760888824", "756 6777 7056 45"] {
            assert_eq!(ch_ahv(ok.as_bytes()), Verified, "{ok}");
        }
        for bad in ["756.1234.5678.98", "757.1234.5678.96", "756.1234.5678.9"] {
            assert_eq!(ch_ahv(bad.as_bytes()), Invalid, "{bad}");
        }
    }

    #[test]
    fn new_zealand_ird() {
        // 136-410-132 needs the secondary weights.
        for ok in [
            "49-091-850",
            "49091850",
            "136-410-132",
            "121-744-511",
            "4905205-7",
        ] {
            assert_eq!(nz_ird(ok.as_bytes()), Verified, "{ok}");
        }
        // Check digit; below and above the range; length.
        for bad in ["136-410-133", "09-999-995", "150-000-019", "4909185"] {
            assert_eq!(nz_ird(bad.as_bytes()), Invalid, "{bad}");
        }
    }

    #[test]
    fn uk_driving_licence_number() {
        for ok in [
            "MORGA753116SM9IJ",
            "MORGA 753116 SM9IJ",
            "LEE99610259J99AB",
            "SMITH851153J99XX",
        ] {
            assert_eq!(uk_driving_licence(ok.as_bytes()), Plausible, "{ok}");
        }
        // Month 13 and 63; 31 April; 30 February; a letter after the 9
        // padding; a digit for the first initial.
        for bad in [
            "MORGA713116SM9IJ",
            "MORGA763116SM9IJ",
            "MORGA704316SM9IJ",
            "MORGA702306SM9IJ",
            "LE9E9610259J99AB",
            "MORGA7531169M9IJ",
            "MORGA753116SM9I",
        ] {
            assert_eq!(uk_driving_licence(bad.as_bytes()), Invalid, "{bad}");
        }
    }
}
