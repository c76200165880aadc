//! Bank account numbers and the codes that route to them, where a country
//! gives them a check digit (Mexico's CLABE, Argentina's CBU) or only a
//! shape (an account number after its label).

use super::{Verdict, digits, plausible, verified};

/// An account number after its label: 6 to 20 digits in at most six
/// groups, not one repeated digit, not a counting run, not a calendar
/// date (`2024-03-01`).
pub(super) fn bank_account(value: &[u8]) -> Verdict {
    let d = digits(value);
    let groups = value
        .split(|b| !b.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .count();
    let same = d.iter().all(|&x| x == d[0]);
    let run = d.windows(2).all(|w| w[1] == (w[0] + 1) % 10);
    // `2024-03-01`, `01.03.2024`: written with separators.
    let date = groups > 1 && super::text::date(value) != Verdict::Invalid;
    plausible((6..=20).contains(&d.len()) && groups <= 6 && !same && !run && !date)
}

/// Mexican CLABE (Clave Bancaria Estandarizada, Banxico): 18 digits (bank,
/// branch city, account), the last a check digit over the first 17 with
/// weights 3, 7, 1, each product taken mod 10.
pub(super) fn mx_clabe(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 18 {
        return Verdict::Invalid;
    }
    let sum: u32 = d[..17]
        .iter()
        .zip([3u32, 7, 1].iter().cycle())
        .map(|(&x, w)| u32::from(x) * w % 10)
        .sum();
    verified((10 - sum % 10) % 10 == u32::from(d[17]))
}

/// Argentine CBU/CVU (Clave Bancaria Uniforme, BCRA): 22 digits in two
/// blocks, each ending in a check digit: the bank and branch (weights 7 1 3
/// 9 7 1 3) and the account (weights 3 9 7 1 ...).
pub(super) fn ar_cbu(value: &[u8]) -> Verdict {
    let d = digits(value);
    if d.len() != 22 || d.iter().all(|&x| x == d[0]) {
        return Verdict::Invalid;
    }
    let check = |block: &[u8], weights: &[u32]| {
        let (body, last) = block.split_at(block.len() - 1);
        let sum: u32 = body
            .iter()
            .zip(weights)
            .map(|(&x, w)| u32::from(x) * w)
            .sum();
        (10 - sum % 10) % 10 == u32::from(last[0])
    };
    let account_weights = [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3];
    verified(check(&d[..8], &[7, 1, 3, 9, 7, 1, 3]) && check(&d[8..], &account_weights))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn account_numbers_after_a_label() {
        assert_eq!(bank_account(b"71456569970"), Verdict::Plausible);
        assert_eq!(bank_account(b"006-5-915306"), Verdict::Plausible);
        assert_eq!(bank_account(b"12345678"), Verdict::Invalid);
        assert_eq!(bank_account(b"00000000"), Verdict::Invalid);
        assert_eq!(bank_account(b"2024-03-01"), Verdict::Invalid);
        assert_eq!(bank_account(b"12345"), Verdict::Invalid);
    }

    #[test]
    fn clabe_and_cbu_check_digits() {
        assert_eq!(mx_clabe(b"002010077777777771"), Verdict::Verified);
        assert_eq!(mx_clabe(b"002010077777777772"), Verdict::Invalid);
        assert_eq!(ar_cbu(b"2850590940090418135201"), Verdict::Verified);
        assert_eq!(ar_cbu(b"2850590940090418135202"), Verdict::Invalid);
        assert_eq!(ar_cbu(b"2850590840090418135201"), Verdict::Invalid);
    }
}
