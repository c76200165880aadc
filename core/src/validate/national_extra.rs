//! More national and taxpayer identifiers (Brazil CNPJ, Mexico CURP and
//! RFC, Argentina CUIT/CUIL, Germany Steuer-ID, Portugal NIF, Australia
//! Medicare, Japan My Number), each citing its scheme.

use super::national::{all_same, mod11_check, num, real_date_yy};
use super::{Verdict, compact_upper, digits, verified};

/// The mod-11 check digit of schemes that write 0 for remainders 0 and 1:
/// 11 less the remainder of `sum` by 11 otherwise.
fn mod11_low_zero(sum: u32) -> u32 {
    match sum % 11 {
        0 | 1 => 0,
        r => 11 - r,
    }
}

/// Brazilian CNPJ (Cadastro Nacional da Pessoa Jurídica, Receita Federal;
/// alphanumeric from July 2026 by IN RFB 2.229/2024): twelve characters
/// (eight of the company root, four of the branch), each worth its ASCII
/// code less 48 (digits 0-9, letters A = 17 to Z = 42), then two mod-11
/// check digits: weights 5 4 3 2 9 8 7 6 5 4 3 2, then 6 5 4 3 2 9 8 7 6 5 4
/// 3 2 over the thirteen, a remainder below 2 giving 0, else 11 less it.
pub(super) fn br_cnpj(value: &[u8]) -> Verdict {
    let s = compact_upper(value);
    if s.len() != 14
        || !s[..12].iter().all(u8::is_ascii_alphanumeric)
        || !s[12..].iter().all(u8::is_ascii_digit)
        || all_same(&s)
    {
        return Verdict::Invalid;
    }
    let mut v: Vec<u32> = s.iter().map(|&c| u32::from(c - b'0')).collect();
    const W: [u32; 13] = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    let check =
        |v: &[u32]| mod11_low_zero(v.iter().zip(&W[13 - v.len()..]).map(|(&x, &w)| x * w).sum());
    let (first, second) = (v[12], v[13]);
    v.truncate(12);
    let d1 = check(&v);
    v.push(d1);
    verified(d1 == first && check(&v) == second)
}

/// State codes of CURPs (RENAPO, Instructivo Normativo para la Asignación
/// de la CURP, annex: the 32 federal entities and NE, born abroad).
const MX_STATES: [&[u8; 2]; 33] = [
    b"AS", b"BC", b"BS", b"CC", b"CL", b"CM", b"CS", b"CH", b"DF", b"DG", b"GT", b"GR", b"HG",
    b"JC", b"MC", b"MN", b"MS", b"NT", b"NL", b"OC", b"PL", b"QT", b"QR", b"SP", b"SL", b"SR",
    b"TC", b"TS", b"TL", b"VZ", b"YN", b"ZS", b"NE",
];

/// Mexican CURP (Clave Única de Registro de Población, RENAPO): four
/// letters of the name, the birth date YYMMDD, sex H, M (or X), a state
/// code, three inner consonants, a differentiator 0-9 or A-Z and a check
/// digit: each of the seventeen characters valued by its place in
/// "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ" (so O = 25), weighted 18 down to
/// 2, check = (10 - sum mod 10) mod 10.
pub(super) fn mx_curp(value: &[u8]) -> Verdict {
    let s = value.to_ascii_uppercase();
    if s.len() != 18
        || !s[..4].iter().all(u8::is_ascii_uppercase)
        || !s[4..10].iter().all(u8::is_ascii_digit)
        || !matches!(s[10], b'H' | b'M' | b'X')
        || !MX_STATES.iter().any(|st| st[..] == s[11..13])
        || !s[13..16]
            .iter()
            .all(|&c| c.is_ascii_uppercase() && !b"AEIOU".contains(&c))
        || !s[16].is_ascii_alphanumeric()
        || !s[17].is_ascii_digit()
    {
        return Verdict::Invalid;
    }
    let d: Vec<u8> = s[4..10].iter().map(|c| c - b'0').collect();
    if !real_date_yy(num(&d[..2]), num(&d[2..4]), num(&d[4..6])) {
        return Verdict::Invalid;
    }
    let val = |c: u8| match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'A'..=b'N' => u32::from(c - b'A') + 10,
        _ => u32::from(c - b'A') + 11,
    };
    let sum: u32 = s[..17]
        .iter()
        .zip((2..=18).rev())
        .map(|(&c, w)| val(c) * w)
        .sum();
    verified((10 - sum % 10) % 10 == u32::from(s[17] - b'0'))
}

/// Mexican RFC (Registro Federal de Contribuyentes, SAT): three (company)
/// or four (person) letters of the name, which may hold Ñ and &, the date
/// of birth or incorporation YYMMDD, a two-character homoclave and a check
/// character. The check (SAT's algorithm, annex 3): the twelve characters
/// (a company's padded with a leading space) valued by their place in
/// "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ", weighted 13 down to 2; a
/// remainder mod 11 of 0 gives 0, else 11 less it, 10 written A. About one
/// RFC in seventy in use fails the check, so a failed check with a real
/// date is plausible, not invalid.
pub(super) fn mx_rfc(value: &[u8]) -> Verdict {
    let Ok(text) = std::str::from_utf8(value) else {
        return Verdict::Invalid;
    };
    let s: Vec<char> = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '-'))
        .flat_map(char::to_uppercase)
        .collect();
    let letters = match s.len() {
        12 => 3,
        13 => 4,
        _ => return Verdict::Invalid,
    };
    let (name, rest) = s.split_at(letters);
    if !name
        .iter()
        .all(|&c| c.is_ascii_uppercase() || c == '&' || c == 'Ñ')
        || !rest[..6].iter().all(char::is_ascii_digit)
        || !rest[6..].iter().all(char::is_ascii_alphanumeric)
    {
        return Verdict::Invalid;
    }
    let d: Vec<u8> = rest[..6].iter().map(|&c| c as u8 - b'0').collect();
    if !real_date_yy(num(&d[..2]), num(&d[2..4]), num(&d[4..6])) {
        return Verdict::Invalid;
    }
    let val = |c: char| match c {
        '0'..='9' => c as u32 - '0' as u32,
        'A'..='N' => c as u32 - 'A' as u32 + 10,
        '&' => 24,
        'O'..='Z' => c as u32 - 'A' as u32 + 11,
        ' ' => 37,
        _ => 38, // Ñ
    };
    let padded = std::iter::repeat_n(' ', 13 - s.len()).chain(s[..s.len() - 1].iter().copied());
    let sum: u32 = padded.zip((2..=13).rev()).map(|(c, w)| val(c) * w).sum();
    let expected = match sum % 11 {
        0 => '0',
        1 => 'A',
        r => char::from(b'0' + (11 - r) as u8),
    };
    if expected == s[s.len() - 1] {
        Verdict::Verified
    } else {
        Verdict::Plausible
    }
}

/// Argentine CUIT/CUIL (Clave Única de Identificación Tributaria /
/// Laboral, AFIP): a type prefix (20, 23, 24, 27 people; 30, 33, 34
/// companies), eight digits (a person's DNI) and a check digit, 11 - (sum
/// of the ten digits weighted 5 4 3 2 7 6 5 4 3 2) mod 11, 11 written 0. A
/// result of 10 is never issued (AFIP changes the prefix to 23 or 33).
pub(super) fn ar_cuit(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 11 || !matches!(num(&d[..2]), 20 | 23 | 24 | 27 | 30 | 33 | 34) {
        return Verdict::Invalid;
    }
    if num(&d[2..10]) == 0 {
        return Verdict::Invalid;
    }
    let check = mod11_check(&d[..10], &[5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    verified(check == Some(d[10]))
}

/// German tax identification number (steuerliche Identifikationsnummer,
/// IdNr, § 139b AO, BZSt): eleven digits, the first not 0; in the first
/// ten exactly one digit occurs twice or three times and no other more than
/// once; the eleventh is the ISO/IEC 7064 MOD 11,10 check digit.
pub(super) fn de_steuer_id(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 11 || d[0] == 0 {
        return Verdict::Invalid;
    }
    let mut counts = [0u8; 10];
    for &x in &d[..10] {
        counts[usize::from(x)] += 1;
    }
    let repeated: Vec<u8> = counts.iter().copied().filter(|&c| c > 1).collect();
    if !matches!(repeated[..], [2] | [3]) {
        return Verdict::Invalid;
    }
    let mut product = 10;
    for &x in &d[..10] {
        let sum = match (u32::from(x) + product) % 10 {
            0 => 10,
            s => s,
        };
        product = sum * 2 % 11;
    }
    let check = match 11 - product {
        10 => 0,
        c => c,
    };
    verified(check == u32::from(d[10]))
}

/// Portuguese NIF (número de identificação fiscal, Autoridade Tributária):
/// nine digits; the first says who holds it (1, 2, 3 people; 45 non-resident
/// people; 5 companies; 6 public bodies; 70-72, 74, 75, 77-79 estates,
/// funds and official assignments; 8 sole traders; 90, 91, 98, 99
/// condominiums, non-residents and civil partnerships); the last is 11 -
/// (sum of the eight weighted 9 down to 2) mod 11, 0 when that is 10 or 11.
pub(super) fn pt_nif(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 9 {
        return Verdict::Invalid;
    }
    let issued = match d[0] {
        1 | 2 | 3 | 5 | 6 | 8 => true,
        4 => d[1] == 5,
        7 => matches!(d[1], 0 | 1 | 2 | 4 | 5 | 7 | 8 | 9),
        9 => matches!(d[1], 0 | 1 | 8 | 9),
        _ => false,
    };
    if !issued || all_same(&d) {
        return Verdict::Invalid;
    }
    let sum: u32 = d[..8]
        .iter()
        .zip((2..=9).rev())
        .map(|(&x, w)| u32::from(x) * w)
        .sum();
    verified(mod11_low_zero(sum) == u32::from(d[8]))
}

/// Australian Medicare card number (Services Australia): eight digits, the
/// first 2-6, a check digit, (sum of the eight weighted 1 3 7 9 1 3 7 9)
/// mod 10, and the card's issue number; an individual reference number
/// 1-9 (the person's line on the card) may follow.
pub(super) fn au_medicare(value: &[u8]) -> Verdict {
    let d = digits(value);
    if !(10..=11).contains(&d.len()) || !(2..=6).contains(&d[0]) || d.get(10) == Some(&0) {
        return Verdict::Invalid;
    }
    const W: [u32; 8] = [1, 3, 7, 9, 1, 3, 7, 9];
    let sum: u32 = d.iter().zip(W).map(|(&x, w)| u32::from(x) * w).sum();
    verified(sum % 10 == u32::from(d[8]))
}

/// Japanese individual number (個人番号, My Number; Ordinance of the
/// Ministry of Internal Affairs and Communications No. 85 of 2014, art. 5):
/// eleven digits and a check digit. With P(n) the n-th digit counted from
/// the right of the eleven and Q(n) = n + 1 for n ≤ 6, n - 5 above, the
/// remainder of ΣP(n)Q(n) by 11 gives 0 when it is 0 or 1, else 11 less it.
pub(super) fn jp_my_number(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 12 || all_same(&d) {
        return Verdict::Invalid;
    }
    let sum: u32 = d[..11]
        .iter()
        .rev()
        .zip(1..=11u32)
        .map(|(&p, n)| u32::from(p) * if n <= 6 { n + 1 } else { n - 5 })
        .sum();
    verified(mod11_low_zero(sum) == u32::from(d[11]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Verdict::*;

    #[test]
    fn brazilian_cnpj() {
        for ok in [
            "11.222.333/0001-81",
            "11222333000181",
            "11222333/0001-81",
            "12.ABC.345/01DE-35",
            "12abc34501de35",
        ] {
            assert_eq!(br_cnpj(ok.as_bytes()), Verified, "{ok}");
        }
        for bad in [
            "11.222.333/0001-82",
            "11.222.333/0001-71",
            "00.000.000/0000-00",
            "1122233300018",
            "12.ABC.345/01DE-3A",
        ] {
            assert_eq!(br_cnpj(bad.as_bytes()), Invalid, "{bad}");
        }
    }

    #[test]
    fn mexican_curp_and_rfc() {
        for ok in ["HEGG560427MVZRRL04", "hegg560427mvzrrl04"] {
            assert_eq!(mx_curp(ok.as_bytes()), Verified, "{ok}");
        }
        for bad in [
            "HEGG560427MVZRRL05",
            "HEGG560431MVZRRL04",
            "HEGG560427MXXRRL04",
            "HEGG560427MVZRAL04",
            "HEGG560427KVZRRL04",
        ] {
            assert_eq!(mx_curp(bad.as_bytes()), Invalid, "{bad}");
        }
        for ok in [
            "GODE561231GR8",
            "GODE-561231-GR8",
            "MAB9307148T4",
            "SALC7304253S0",
            "mab 930714 8t4",
        ] {
            assert_eq!(mx_rfc(ok.as_bytes()), Verified, "{ok}");
        }
        // Ñ and & are valued 38 and 24.
        assert_eq!(mx_rfc("ÑAM9307149P4".as_bytes()), Verified);
        assert_eq!(mx_rfc("A&M930714AB4".as_bytes()), Verified);
        // A failed check with a real date: some RFCs in use fail it.
        assert_eq!(mx_rfc(b"GODE561231GR9"), Plausible);
        for bad in [
            "GODE561331GR8",
            "GODE560230GR8",
            "GO1E561231GR8",
            "GODEX561231GR8",
        ] {
            assert_eq!(mx_rfc(bad.as_bytes()), Invalid, "{bad}");
        }
    }

    #[test]
    fn argentine_cuit() {
        for ok in [
            "20-12345678-6",
            "30-71234567-1",
            "20123456786",
            "20-12.345.678-6",
        ] {
            assert_eq!(ar_cuit(ok.as_bytes()), Verified, "{ok}");
        }
        for bad in [
            "20-12345678-5",
            "21-12345678-6",
            "20-00000000-0",
            "2012345678",
        ] {
            assert_eq!(ar_cuit(bad.as_bytes()), Invalid, "{bad}");
        }
    }

    #[test]
    fn german_steuer_id() {
        for ok in [
            "12345678995",
            "86 095 742 719",
            "47036892816",
            "11012345675",
        ] {
            assert_eq!(de_steuer_id(ok.as_bytes()), Verified, "{ok}");
        }
        // Check digit; no repeated digit; two repeated digits; a leading 0;
        // a digit four times.
        for bad in [
            "12345678996",
            "12345678903",
            "11223456781",
            "02345678992",
            "11112345678",
        ] {
            assert_eq!(de_steuer_id(bad.as_bytes()), Invalid, "{bad}");
        }
    }

    #[test]
    fn portuguese_nif() {
        for ok in ["123456789", "501 000 119", "453 456 782"] {
            assert_eq!(pt_nif(ok.as_bytes()), Verified, "{ok}");
        }
        for bad in ["123456780", "401000119", "000000000", "12345678"] {
            assert_eq!(pt_nif(bad.as_bytes()), Invalid, "{bad}");
        }
    }

    #[test]
    fn australian_medicare() {
        for ok in [
            "2123 45670 1",
            "2123456701",
            "2123 45670 1 2",
            "5950 74149 1",
        ] {
            assert_eq!(au_medicare(ok.as_bytes()), Verified, "{ok}");
        }
        for bad in [
            "2123 45671 1",
            "1123 45670 1",
            "2123 45670 1 0",
            "212345670",
        ] {
            assert_eq!(au_medicare(bad.as_bytes()), Invalid, "{bad}");
        }
    }

    #[test]
    fn japanese_my_number() {
        for ok in ["123456789018", "1234 5678 9018", "4567-8901-2346"] {
            assert_eq!(jp_my_number(ok.as_bytes()), Verified, "{ok}");
        }
        for bad in ["123456789019", "000000000000", "12345678901"] {
            assert_eq!(jp_my_number(bad.as_bytes()), Invalid, "{bad}");
        }
    }
}
