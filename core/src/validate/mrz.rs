//! Machine-readable zones of travel documents (ICAO Doc 9303): passports
//! (TD3, two lines of 44), ID cards (TD1, three lines of 30) and visas or
//! older cards (TD2, two lines of 36).

use super::{Verdict, verified};

/// ICAO 9303 part 3, 4.9: digits count as themselves, letters A-Z as 10 to
/// 35, the filler `<` as 0, weighted 7, 3, 1 in turn; the check digit is
/// the sum modulo 10.
fn check_digit(field: &[u8]) -> Option<u8> {
    let mut sum = 0u32;
    for (i, &c) in field.iter().enumerate() {
        let v = match c {
            b'0'..=b'9' => c - b'0',
            b'A'..=b'Z' => c - b'A' + 10,
            b'<' => 0,
            _ => return None,
        };
        sum += u32::from(v) * [7, 3, 1][i % 3];
    }
    Some(b'0' + (sum % 10) as u8)
}

/// Whether `field` is followed by its check digit at `line[at]`.
fn checks(line: &[u8], from: usize, at: usize) -> bool {
    line.get(from..at)
        .and_then(check_digit)
        .is_some_and(|d| line.get(at) == Some(&d))
}

/// Whether `line` is an MRZ name field (`ERIKSSON<<ANNA<MARIA<<<<`): names
/// of letters joined by `<`, surname and given names split by `<<`, then
/// fillers.
fn name_field(line: &[u8]) -> bool {
    let end = line.iter().rposition(|&c| c != b'<').map_or(0, |i| i + 1);
    let names = &line[..end];
    names.first().is_some_and(u8::is_ascii_uppercase)
        && names.windows(2).any(|w| w == b"<<")
        && !names.windows(3).any(|w| w == b"<<<")
        && names.iter().all(|&c| c.is_ascii_uppercase() || c == b'<')
}

/// One line of a machine-readable zone (ICAO Doc 9303): a passport's or
/// visa's (TD3, 44 characters; TD2, 36) name line or data line, or an ID
/// card's (TD1, 30) three lines. Name lines must read as names; data lines
/// must carry the check digits of the document number, birth date and
/// expiry date that they hold (the composite digit is not required:
/// readers get it wrong more often than the fields).
pub(super) fn mrz(value: &[u8]) -> Verdict {
    let line = value.trim_ascii();
    let ok = match (line.len(), line.first()) {
        // TD3/TD2 first line: type, issuing state, then the name.
        (44 | 36, Some(b'P' | b'V' | b'A' | b'C' | b'I'))
            if !line[..5].iter().any(u8::is_ascii_digit) =>
        {
            name_field(&line[5..])
        }
        // TD3/TD2 second line: number, nationality, birth, sex, expiry.
        (44 | 36, _) => checks(line, 0, 9) && checks(line, 13, 19) && checks(line, 21, 27),
        // TD1 first line: type, state, number (long numbers continue in
        // the optional field after a `<`).
        (30, Some(b'A' | b'C' | b'I'))
            if line[2..5]
                .iter()
                .all(|c| c.is_ascii_uppercase() || *c == b'<') =>
        {
            checks(line, 5, 14) || (line[14] == b'<' && line[5..14].iter().any(u8::is_ascii_digit))
        }
        // TD1 second line: birth, sex, expiry, nationality.
        (30, Some(b'0'..=b'9')) => checks(line, 0, 6) && checks(line, 8, 14),
        // TD1 third line: the name.
        (30, _) => name_field(line),
        _ => false,
    };
    verified(ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_icao_specimens() {
        // ICAO Doc 9303 part 4, appendix A (TD3) and part 5 (TD1).
        for line in [
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
            "I<UTOD231458907<<<<<<<<<<<<<<<",
            "7408122F1204159UTO<<<<<<<<<<<6",
            "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
        ] {
            assert_eq!(mrz(line.as_bytes()), Verdict::Verified, "{line}");
        }
        // A wrong expiry check digit; fillers only; a name without `<<`.
        for line in [
            "L898902C36UTO7408122F1204158ZE184226B<<<<<10",
            "<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ<ABC",
        ] {
            assert_eq!(mrz(line.as_bytes()), Verdict::Invalid, "{line}");
        }
    }
}
