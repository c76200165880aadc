//! Format checks that need no checksum: addresses, dates, entropy, placeholders.

use std::net::{Ipv4Addr, Ipv6Addr};

use super::credential::char_classes;
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
    // Each distinct byte once, in byte order, without reading all 256
    // counts (values are short: the scorers call this per candidate).
    let mut seen = [false; 256];
    let mut distinct: smallvec::SmallVec<[u8; 64]> = value
        .iter()
        .copied()
        .filter(|&b| !std::mem::replace(&mut seen[b as usize], true))
        .collect();
    distinct.sort_unstable();
    let n = value.len() as f64;
    distinct
        .iter()
        .map(|&b| f64::from(counts[b as usize]) / n)
        .map(|p| -p * p.log2())
        .sum()
}

/// A dotted quad; `1.0.0.0` to `9.0.0.0` are version numbers (.NET
/// assembly and ARM template versions), not hosts.
pub(super) fn ipv4(value: &[u8]) -> Verdict {
    let version = matches!(value, [b'1'..=b'9', b'.', b'0', b'.', b'0', b'.', b'0']);
    plausible(!version && std::str::from_utf8(value).is_ok_and(|s| s.parse::<Ipv4Addr>().is_ok()))
}

pub(super) fn ipv6(value: &[u8]) -> Verdict {
    plausible(std::str::from_utf8(value).is_ok_and(|s| {
        // Bare "::" and all-hex words like "dead::beef" are ambiguous in prose,
        // and `1::2` is a slice (`args[1::2]`): require three groups of hex
        // digits, or two with one of 3+ digits (`fe80::1`).
        let groups: Vec<&str> = s.split(':').filter(|g| !g.is_empty()).collect();
        s.parse::<Ipv6Addr>().is_ok()
            && (groups.len() >= 3 || (groups.len() == 2 && groups.iter().any(|g| g.len() >= 3)))
    }))
}

/// ITU-T E.164 numbers have at most 15 digits; national numbers at least 7.
/// Digit strings that are runs (`0123456789`, `987654321`) are character
/// tables in code, `+3.140000` is a decimal number, and `252.227-7013`
/// (mixed `.` and `-`) is a clause number, not a phone. A number written
/// internationally (`+49 30/1234567`, `0044 20 7946 0958`) must be valid
/// for its country in libphonenumber's metadata (the `phonenumber` crate).
pub(super) fn phone(value: &[u8]) -> Verdict {
    if phone_format(value) == Verdict::Invalid {
        return Verdict::Invalid;
    }
    let text = String::from_utf8_lossy(phone_number(value));
    let text = text.trim();
    let international = match text.strip_prefix("00") {
        Some(rest) => Some(format!("+{rest}")),
        None => text.starts_with('+').then(|| text.to_string()),
    };
    match international {
        Some(number) => {
            plausible(phonenumber::parse(None, &number).is_ok_and(|n| phonenumber::is_valid(&n)))
        }
        None => Verdict::Plausible,
    }
}

/// The number in a phone finding: an extension (`x204`, `ext. 204`) is
/// part of the finding, not of the number that is checked.
fn phone_number(value: &[u8]) -> &[u8] {
    let end = value.iter().position(u8::is_ascii_alphabetic);
    value[..end.unwrap_or(value.len())].trim_ascii_end()
}

/// The checks of [`phone`] that need no metadata: digit count, runs,
/// decimal and clause numbers.
pub(super) fn phone_format(value: &[u8]) -> Verdict {
    let value = phone_number(value);
    let d: Vec<u8> = value.iter().copied().filter(u8::is_ascii_digit).collect();
    let run = |step: i8| {
        d.windows(2)
            .all(|w| (w[1] as i8 - w[0] as i8).rem_euclid(10) == step.rem_euclid(10))
    };
    let separators: Vec<u8> = value
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_digit() && *b != b'+')
        .collect();
    let decimal = separators == b".";
    let mixed = separators.contains(&b'.') && separators.contains(&b'-');
    if !(7..=15).contains(&d.len()) || run(0) || run(1) || run(-1) || decimal || mixed {
        return Verdict::Invalid;
    }
    Verdict::Plausible
}

/// A number right after a phone label (`Phone:`, `call me at`, `Tel.`,
/// `WhatsApp`), in any country's grouping: the label is the evidence, so
/// no metadata is asked (fictional and mistyped numbers are still phone
/// numbers to redact). The checks of [`phone_format`], and not a calendar
/// date with a four-digit year (`2024-01-15`, also before a time) or a dotted version
/// (`10.2.3.4567`: more than two dots, no leading 0, and only the last
/// group with three or more digits; `06.12.34.56.78` is a French number).
pub(super) fn phone_labelled(value: &[u8]) -> Verdict {
    if phone_format(value) == Verdict::Invalid {
        return Verdict::Invalid;
    }
    let number = phone_number(value);
    let groups: Vec<&[u8]> = number
        .split(|b| !b.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .collect();
    let leading_date = groups.len() >= 3
        && (groups[0].len() == 4 || groups[2].len() == 4)
        && date(&groups[..3].join(&b'-')) == Verdict::Plausible;
    let dots = number.iter().filter(|&&b| b == b'.').count();
    let dotted_version = dots > 2
        && !groups[0].starts_with(b"0")
        && groups[..groups.len() - 1].iter().all(|g| g.len() < 3);
    plausible(!leading_date && !dotted_version && date(number) == Verdict::Invalid)
}

/// A password as people type one: 8 to 64 characters of three classes
/// (lower, upper, digit, symbol) with a symbol and no version number
/// (`Paprika.Orbit.Glacier94`, `IODx*F$ua9wzGyjR`; not `TypeScript5`,
/// `Node.js`, `v1.2.3-Beta`), or 12 or more random-looking letters and
/// digits of both cases (`h7Gq2LmZr8Tn`).
pub(super) fn typed_password(value: &[u8]) -> Verdict {
    let has = |f: fn(&u8) -> bool| value.iter().any(f);
    let symbol = value.iter().any(|b| !b.is_ascii_alphanumeric());
    // `Uint16Array.BYTES_PER_ELEMENT`, `sizeof(WCHAR));`, `mpf_init2:`:
    // names, calls and labels in code and changelogs.
    let code = value
        .iter()
        .any(|b| matches!(b, b'(' | b')' | b'[' | b']' | b'{' | b'}' | b';'))
        || value.ends_with(b":")
        || (value.contains(&b'_')
            && value
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.'))
            // `Fennel_Garden_bramble_granite34`: words (lower case or
            // capitalised, digits at the end) of both cases joined by
            // underscores are a passphrase; `ORG_GRADLE_signingKey` is code.
            && !passphrase_words(value));
    let typed = symbol && char_classes(value) >= 3 && !has_version(value) && !code;
    let generated = !symbol
        && value.len() >= 12
        && has(u8::is_ascii_lowercase)
        && has(u8::is_ascii_uppercase)
        && has(u8::is_ascii_digit)
        && shannon_entropy(value) >= 3.3;
    plausible((8..=64).contains(&value.len()) && (typed || generated))
}

/// A password spelled out a character at a time (`t l 5 y K o w g k v`):
/// 8 to 48 single characters between single spaces, with letters of both
/// cases or letters and digits, not a run of the alphabet or of digits.
pub(super) fn spelled_password(value: &[u8]) -> Verdict {
    let chars: Vec<u8> = value.iter().copied().filter(|&b| b != b' ').collect();
    let has = |f: fn(&u8) -> bool| chars.iter().any(f);
    let letters = has(u8::is_ascii_alphabetic);
    let mixed = (has(u8::is_ascii_lowercase) && has(u8::is_ascii_uppercase))
        || (letters && has(u8::is_ascii_digit));
    let run = chars
        .windows(2)
        .all(|w| w[1] == w[0].wrapping_add(1) || w[1] == w[0]);
    plausible((8..=48).contains(&chars.len()) && mixed && !run)
}

/// Whether `value` is three or more words joined by underscores, each
/// lower case or capitalised with digits only at its end, with both cases.
fn passphrase_words(value: &[u8]) -> bool {
    let word = |w: &&[u8]| {
        let letters = w.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        letters >= 3
            && w[1..letters].iter().all(u8::is_ascii_lowercase)
            && w[letters..].iter().all(u8::is_ascii_digit)
    };
    let words: Vec<&[u8]> = value.split(|&b| b == b'_').collect();
    words.len() >= 3
        && words.iter().all(word)
        && words.iter().any(|w| w[0].is_ascii_uppercase())
        && words.iter().any(|w| w[0].is_ascii_lowercase())
}

/// The value after a password word without its key: [`typed_password`],
/// or else the credential scorer's verdict with a generic key.
pub(super) fn password_value(value: &[u8]) -> Verdict {
    match typed_password(value) {
        Verdict::Invalid => super::credential::check(value),
        v => v,
    }
}

/// Regions whose national formats `phone_national` accepts.
const NATIONAL_REGIONS: [phonenumber::country::Id; 5] = [
    phonenumber::country::Id::IN,
    phonenumber::country::Id::CN,
    phonenumber::country::Id::JP,
    phonenumber::country::Id::BR,
    phonenumber::country::Id::PL,
];

/// A phone number written the national way (no `+`) that libphonenumber's
/// metadata holds valid in India, China or Japan (`98765 43210`,
/// `138 0013 8000`, `03-1234-5678`), after the checks of [`phone`].
pub(super) fn phone_national(value: &[u8]) -> Verdict {
    if phone(value) == Verdict::Invalid {
        return Verdict::Invalid;
    }
    let text = String::from_utf8_lossy(value);
    plausible(NATIONAL_REGIONS.iter().any(|&region| {
        phonenumber::parse(Some(region), text.trim()).is_ok_and(|n| phonenumber::is_valid(&n))
    }))
}

/// A region, the digit counts of its mobile numbers and the digits they
/// begin with (after a trunk 0 when the first is `0`).
type MobileRegion = (
    phonenumber::country::Id,
    std::ops::RangeInclusive<usize>,
    &'static [u8],
);

/// Regions whose national mobile numbers `phone_mobile` accepts: the
/// digit counts and leading digits of their mobile numbers as dialled at
/// home (trunk 0 included), so a value is parsed only for the regions it
/// may belong to (at most four).
const MOBILE_REGIONS: [MobileRegion; 10] = {
    use phonenumber::country::Id;
    [
        (Id::NL, 10..=10, b"06"),
        (Id::TH, 10..=10, b"0689"),
        (Id::IL, 10..=10, b"05"),
        (Id::VN, 10..=10, b"035789"),
        (Id::ZA, 10..=10, b"0678"),
        (Id::AU, 10..=10, b"04"),
        (Id::IE, 10..=10, b"08"),
        (Id::IT, 9..=10, b"3"),
        (Id::ES, 9..=9, b"67"),
        (Id::MX, 10..=10, b"123456789"),
    ]
};

/// A mobile number written the national way (`06-12345678`,
/// `081-234-5678`, `0412 345 678`, `312 345 6789`, `612 34 56 78`,
/// `55 1234 5678`) that libphonenumber's metadata holds a valid mobile
/// number (or fixed-line-or-mobile, as in Mexico) in the Netherlands,
/// Thailand, Israel, Vietnam, South Africa, Australia, Ireland, Italy, Spain
/// or Mexico, after the checks of [`phone_format`]. A region is tried only
/// when the digit count and the leading digits fit: with a trunk 0 the
/// second digit must begin one of its mobile ranges; without one, the first.
pub(super) fn phone_mobile(value: &[u8]) -> Verdict {
    let regions = mobile_regions(value);
    if regions.is_empty() {
        return Verdict::Invalid;
    }
    let text = String::from_utf8_lossy(value);
    plausible(regions.iter().any(|(region, _, _)| {
        phonenumber::parse(Some(*region), text.trim()).is_ok_and(|n| {
            phonenumber::is_valid(&n)
                && matches!(
                    n.number_type(&phonenumber::metadata::DATABASE),
                    phonenumber::Type::Mobile | phonenumber::Type::FixedLineOrMobile
                )
        })
    }))
}

/// The checks of [`phone_mobile`] that need no metadata: those of
/// [`phone_format`], no `+`, one kind of separator, and a digit count and
/// leading digits that fit one of the regions.
pub(super) fn phone_mobile_format(value: &[u8]) -> Verdict {
    plausible(!mobile_regions(value).is_empty())
}

/// The regions of [`MOBILE_REGIONS`] whose mobile numbers have the digit
/// count and leading digits of `value`; none when it fails [`phone_format`]
/// or holds a `+`.
fn mobile_regions(value: &[u8]) -> Vec<&'static MobileRegion> {
    // One kind of separator between groups (a space after `(55)` aside):
    // `2001-11-04 13` is a date and an hour.
    let mut separators = value
        .iter()
        .enumerate()
        .filter(|&(i, b)| matches!(b, b' ' | b'-' | b'.') && (i == 0 || value[i - 1] != b')'))
        .map(|(_, &b)| b);
    let first = separators.next();
    if phone_format(value) == Verdict::Invalid
        || value.contains(&b'+')
        || separators.any(|b| Some(b) != first)
    {
        return Vec::new();
    }
    let d: Vec<u8> = value.iter().copied().filter(u8::is_ascii_digit).collect();
    MOBILE_REGIONS
        .iter()
        .filter(|(_, len, lead)| {
            let fits = match lead.split_first() {
                Some((b'0', starts)) => d[0] == b'0' && starts.contains(&d[1]),
                _ => lead.contains(&d[0]),
            };
            fits && len.contains(&d.len())
        })
        .collect()
}

/// A real calendar date between 1900 and 2100 (`jiff` checks the calendar).
fn real_date(y: u32, m: u32, d: u32) -> bool {
    (1900..=2100).contains(&y)
        && i8::try_from(m).is_ok_and(|m| {
            i8::try_from(d).is_ok_and(|d| jiff::civil::Date::new(y as i16, m, d).is_ok())
        })
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// A calendar date in numeric (`1985-03-12`, `1985.03.12`, `12/03/1985`,
/// `03/12/85`) or month-name (`12 March 1985`, `14-Mar-1985`, `March 12,
/// 1985`) form. Numeric day/month order is ambiguous, so either reading may
/// be valid; a two-digit year may be 19yy or 20yy.
pub(super) fn date(value: &[u8]) -> Verdict {
    let Ok(s) = std::str::from_utf8(value) else {
        return Verdict::Invalid;
    };
    let lower = s.to_ascii_lowercase();
    let mut numbers: Vec<u32> = Vec::new();
    let mut digits: Vec<usize> = Vec::new();
    let mut month_name = None;
    for part in lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
    {
        let number = part.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        if let Ok(n) = number.parse::<u32>() {
            numbers.push(n);
            digits.push(number.len());
        } else if let Some(i) = MONTHS.iter().position(|m| part.starts_with(m)) {
            month_name = Some(i as u32 + 1);
        }
    }
    let reads = |numbers: &[u32]| match (month_name, numbers) {
        (Some(m), [a, b]) => real_date(*b, m, *a) || real_date(*a, m, *b),
        (None, [a, b, c]) if *a >= 1000 => real_date(*a, *b, *c),
        (None, [a, b, c]) => real_date(*c, *b, *a) || real_date(*c, *a, *b),
        _ => false,
    };
    // Compact `YYYYMMDD`.
    if let ([n], [8]) = (numbers.as_slice(), digits.as_slice()) {
        return plausible(month_name.is_none() && real_date(n / 10_000, n / 100 % 100, n % 100));
    }
    // A two-digit year (last, after a short first number) is 19yy or 20yy.
    if digits.last() == Some(&2) && digits[0] <= 2 {
        let yy = *numbers.last().expect("digits and numbers have one length");
        return plausible([1900, 2000].iter().any(|century| {
            let mut n = numbers.clone();
            *n.last_mut().expect("not empty") = century + yy;
            reads(&n)
        }));
    }
    plausible(reads(&numbers))
}

pub(super) fn mac(value: &[u8]) -> Verdict {
    let hex: Vec<u8> = value
        .iter()
        .filter(|b| b.is_ascii_hexdigit())
        .map(u8::to_ascii_lowercase)
        .collect();
    plausible(hex.len() == 12 && !hex.iter().all(|&b| b == b'0') && !hex.iter().all(|&b| b == b'f'))
}

pub(super) fn has_digit(value: &[u8]) -> Verdict {
    plausible(value.iter().any(u8::is_ascii_digit))
}

pub(super) fn record_number(value: &[u8]) -> Verdict {
    let separated = value.iter().any(|b| matches!(b, b'-' | b'/' | b'.'));
    plausible(
        value.iter().any(u8::is_ascii_digit) && !(separated && date(value) == Verdict::Plausible),
    )
}

pub(super) fn street_address(value: &[u8]) -> Verdict {
    let Ok(s) = std::str::from_utf8(value) else {
        return Verdict::Invalid;
    };
    let lower = s.to_ascii_lowercase();
    let machine = lower.contains("://")
        || s.contains('@')
        || lower.trim_start().starts_with("0x")
        || s.split(' ').next().is_some_and(|first| {
            first.bytes().filter(|&b| b == b'.').count() >= 2 || first.contains(':')
        })
        || s.contains(['=', '{', '}', '[', ']', '<', '>'])
        || s.contains("('")
        || s.contains("(\"")
        || s.bytes()
            .all(|b| b.is_ascii_hexdigit() || matches!(b, b'.' | b':' | b' ' | b'/'));
    let word = s
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w.chars().count() >= 3);
    // Several words, one of them a number (`44 Coldharbour Lane`, `221B`,
    // `SE5 9NR`), or another script (`丸の内1-9-1`); not `host:8080` or
    // `An integer representation of an IPv4 address`.
    let numbered = s.split([' ', ',']).filter(|w| !w.is_empty()).count() >= 2
        && s.split([' ', ','])
            .any(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    plausible(
        !machine && word && (numbered || (!s.is_ascii() && s.bytes().any(|b| b.is_ascii_digit()))),
    )
}

pub(super) fn us_mbi(value: &[u8]) -> Verdict {
    let chars: Vec<u8> = value.iter().copied().filter(|&b| b != b'-').collect();
    let alpha = |b: u8| b.is_ascii_uppercase() && !b"SLOIBZ".contains(&b);
    let numeric = |b: u8| b.is_ascii_digit();
    let either = |b: u8| numeric(b) || alpha(b);
    let shape: [&dyn Fn(u8) -> bool; 11] = [
        &|b| (b'1'..=b'9').contains(&b),
        &alpha,
        &either,
        &numeric,
        &alpha,
        &either,
        &numeric,
        &alpha,
        &alpha,
        &numeric,
        &numeric,
    ];
    plausible(chars.len() == 11 && chars.iter().zip(shape).all(|(&b, ok)| ok(b)))
}

/// Words that make a value under a name label code, a type, a form's own
/// text or a placeholder rather than a person's name (`first_name:
/// Optional[str]`, `Name: Not Provided`, `Full name: John Doe`).
const NOT_NAME_WORDS: &[&str] = &[
    "string",
    "str",
    "optional",
    "list",
    "text",
    "int",
    "integer",
    "bool",
    "boolean",
    "column",
    "charfield",
    "field",
    "mapped",
    "any",
    "none",
    "null",
    "nil",
    "true",
    "false",
    "required",
    "unknown",
    "undefined",
    "redacted",
    "example",
    "sample",
    "test",
    "placeholder",
    "value",
    "your",
    "my",
    "name",
    "first",
    "last",
    "full",
    "surname",
    "not",
    "provided",
    "available",
    "applicable",
    "varchar",
    "nvarchar",
    "char",
    "type",
    "default",
    "todo",
    "tbd",
    "anonymous",
    "anonymized",
    "anonymised",
    "deidentified",
    "removed",
    "customer",
    "user",
    "admin",
    "doe",
    "lorem",
    "ipsum",
    "foo",
    "bar",
    // Status, plan and tier words after a role label (`Patient: Stable
    // Vitals`, `Member: Gold Tier`); not metals, which are surnames too.
    "stable",
    "vitals",
    "condition",
    "status",
    "active",
    "inactive",
    "pending",
    "tier",
    "premium",
    "plus",
    "basic",
    "standard",
    "level",
    "since",
    "portal",
    "login",
    "details",
    "information",
    // Teams, mailboxes and bots written where a person's name goes
    // (`Support Team <noreply@...>`).
    "support",
    "team",
    "sales",
    "info",
    "service",
    "services",
    "helpdesk",
    "desk",
    "noreply",
    "notifications",
    "billing",
    "office",
    "careers",
    "newsletter",
    "marketing",
    "security",
    "accounts",
    "actions",
    "bot",
    "github",
    "gitlab",
    "jenkins",
    "system",
    "robot",
    "daemon",
    "mailer",
    "postmaster",
    "webmaster",
    "root",
    "developers",
    "maintainers",
    "project",
    "debian",
    "ubuntu",
    "group",
    "list",
    // German pronouns after `ich heiße` (`ich heiße Sie willkommen`).
    "sie",
    "euch",
    "dich",
    "ihn",
    "alle",
    // Addressees that are not people (`Recipient: All Users`).
    "all",
    "users",
    "everyone",
    // Addressees in a greeting (`Dear Hiring Manager`, `Dear Valued Customer`).
    "hiring",
    "manager",
    "sir",
    "madam",
    "colleague",
    "colleagues",
    "customer",
    "customers",
    "valued",
    "member",
    "members",
    "friends",
    "partner",
    "partners",
    "client",
    "clients",
    "candidate",
    "recruiter",
    "reviewer",
    "reviewers",
    "committee",
    "board",
    "editor",
    "everybody",
    "folks",
    "world",
    // Credential names (`"name": "MailChimp API Key"` in a rule list).
    "api",
    "token",
    "tokens",
    "access",
    "secret",
    "password",
    "credentials",
    "webhook",
    "oauth",
    // Verbs that start a changelog line after a `customer:` prefix.
    "fix",
    "fixes",
    "fixed",
    "add",
    "adds",
    "use",
    "update",
    "remove",
    // Places and shipping words after an invoice's party label (`Ship to:
    // Main Warehouse`, `Address Line 1`, `United States`, `Same as billing`).
    "address",
    "street",
    "road",
    "avenue",
    "warehouse",
    "depot",
    "store",
    "united",
    "states",
    "kingdom",
    "republic",
    "same",
    "shipping",
    "delivery",
    "pickup",
    "sa",
    // Company forms (`Asiakas: Oy Yritys Ab`, `Customer: Acme Holdings Ltd`).
    "ltd",
    "limited",
    "inc",
    "llc",
    "plc",
    "gmbh",
    "ag",
    "kg",
    "oy",
    "oyj",
    "ab",
    "asa",
    "aps",
    "bv",
    "nv",
    "srl",
    "sarl",
    "sas",
    "spa",
    "sp",
    "zoo",
    "sro",
    "kft",
    "corp",
    "corporation",
    "company",
    "holdings",
    // The labels themselves, written as a value (`"full_name": "Nombre completo"`).
    "given",
    "family",
    "middle",
    "maiden",
    "legal",
    "holder",
    "nombre",
    "nombres",
    "apellido",
    "apellidos",
    "completo",
    "completa",
    "nome",
    "sobrenome",
    "cognome",
    "nom",
    "prénom",
    "famille",
    "vorname",
    "nachname",
    "voornaam",
    "achternaam",
    "nama",
    "lengkap",
    "ad",
    "soyad",
    "soyadı",
    "adı",
    "imię",
    "nazwisko",
    "họ",
    "tên",
    "ФИО",
    "Фамилия",
    "Имя",
    "Отчество",
    "姓名",
    "氏名",
    "이름",
    "الاسم",
    "الكامل",
    "שם",
    "מלא",
];

pub(super) fn person_name(value: &[u8]) -> Verdict {
    let Ok(s) = std::str::from_utf8(value) else {
        return Verdict::Invalid;
    };
    plausible(!s.split([' ', '-']).any(|word| {
        NOT_NAME_WORDS
            .iter()
            .any(|stop| word.eq_ignore_ascii_case(stop))
    }))
}

/// Names a code reference starts with (`env.X`, `process.env.X`, `config.db.password`).
const REFERENCE_ROOTS: &[&str] = &[
    "env", "process", "os", "config", "cfg", "conf", "settings", "self", "this", "options", "opts",
    "params", "request", "req", "args", "secrets", "vars", "props", "context", "ctx", "system",
];

/// True for `a.b.c` chains of identifiers that read as a variable, not a value.
fn is_reference(v: &[u8]) -> bool {
    let Ok(s) = std::str::from_utf8(v) else {
        return false;
    };
    let segments: Vec<&str> = s.split('.').collect();
    let identifier = |seg: &&str| {
        !seg.is_empty()
            && seg.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
            && !seg.as_bytes()[0].is_ascii_digit()
    };
    if segments.len() < 2 || !segments.iter().all(identifier) {
        return false;
    }
    let lower = s.to_ascii_lowercase();
    REFERENCE_ROOTS.contains(&segments[0].to_ascii_lowercase().as_str())
        || ["password", "passwd", "secret", "token", "key"]
            .iter()
            .any(|w| lower.contains(w))
}

/// Template variables, code references, paths, labels and selectors: text
/// that stands where a secret would be but is not one.
fn is_template(v: &[u8]) -> bool {
    let Some(&first) = v.first() else { return true };
    matches!(first, b'$' | b'{' | b'<' | b'%' | b'[' | b'(' | b'#')
        || v.windows(2).any(|w| w == b"{{" || w == b"${" || w == b"%(")
        || v.ends_with(b":")
        || v.ends_with(b">")
        || v.starts_with(b"arn:")
        // `Password={your_password}`: a portal's template names the field.
        || v.get(..5).is_some_and(|p| p.eq_ignore_ascii_case(b"your_") || p.eq_ignore_ascii_case(b"your-"))
        || v.windows(3).any(|w| w == b"://")
        || is_reference(v)
        // A file path (`/run/secrets/db`, `./certs/key.pem`) names where a secret is.
        || ((first == b'/' || v.starts_with(b"./") || v.starts_with(b"~/"))
            && v.iter().filter(|&&b| b == b'/').count() >= 2)
}

/// Rejects template references (`${X}`, `{{x}}`, `%(x)s`, `<x>`, `$X`),
/// code references (`env.DB_PASSWORD`), paths and labels; for structured
/// contexts (connection strings, URLs) where any literal value is real.
pub(super) fn not_template(value: &[u8]) -> Verdict {
    plausible(!is_template(value.trim_ascii()))
}

/// Values people put in examples and templates instead of real secrets.
pub(super) const PLACEHOLDERS: &[&str] = &[
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
    "nil",
    "undefined",
    "true",
    "false",
    "test",
    "testing",
    "todo",
    "string",
    "str",
    "required",
    "optional",
    "pass",
    "token",
    "user",
    "username",
    "foo",
    "bar",
    "xxx",
    "yyy",
    "****",
    "...",
    "<password>",
];

/// File extensions that mark a value as a file name rather than its content.
const FILE_EXTENSIONS: &[&str] = &[
    "cer",
    "crt",
    "pem",
    "key",
    "p12",
    "pfx",
    "jks",
    "json",
    "yaml",
    "yml",
    "txt",
    "env",
    "ini",
    "conf",
    "cfg",
    "xml",
    "properties",
    "js",
    "py",
    "rb",
    "sh",
    "pub",
];

/// `NEXUS-GPT4-API-KEY`, `DB_PASSWORD_FILE`: an upper-case name, not a value.
pub(super) fn is_constant_name(v: &[u8]) -> bool {
    let separators = v.iter().filter(|&&b| b == b'_' || b == b'-').count();
    separators >= 2
        && v.iter()
            .all(|&b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
        && v.split(|&b| b == b'_' || b == b'-').all(|seg| {
            seg.iter().filter(|b| b.is_ascii_alphabetic()).count() >= 2
                && seg.iter().filter(|b| b.is_ascii_digit()).count() <= 1
        })
}

/// Eight counting characters in a row (`ABCDEFGH`, `12345678`), as in
/// documentation samples; `lower` is lower-cased.
pub(super) fn has_alphabet_run(lower: &[u8]) -> bool {
    lower.windows(8).any(|w| {
        w.windows(2)
            .all(|p| p[0].is_ascii_alphanumeric() && p[1] == p[0] + 1)
    })
}

/// `1.2.3`-style dotted version numbers appear in package names, not tokens.
pub(super) fn has_version(v: &[u8]) -> bool {
    v.windows(5).any(|w| {
        w[0].is_ascii_digit()
            && w[1] == b'.'
            && w[2].is_ascii_digit()
            && w[3] == b'.'
            && w[4].is_ascii_digit()
    }) || v.windows(6).any(|w| {
        w[0].is_ascii_digit()
            && w[1] == b'.'
            && w[2].is_ascii_digit()
            && w[3].is_ascii_digit()
            && w[4] == b'.'
            && w[5].is_ascii_digit()
    })
}

/// Everything [`not_template`] rejects, plus one repeated character, common
/// dummy words (`changeme`, `your_password`), `xxxx`/`****` runs and
/// alphabet runs (`ABCDEFGH`) typical of documentation samples.
pub(super) fn not_placeholder(value: &[u8]) -> Verdict {
    let v = value.trim_ascii();
    let Some(&first) = v.first() else {
        return Verdict::Invalid;
    };
    let lower = v.to_ascii_lowercase();
    let repeated = v.iter().all(|&b| b == first);
    let dummy = PLACEHOLDERS.iter().any(|p| lower == p.as_bytes())
        || lower.starts_with(b"your")
        || lower.windows(4).any(|w| w == b"xxxx" || w == b"****");
    let alphabet_run = has_alphabet_run(&lower);
    let file_name = lower.rsplit(|&b| b == b'.').next().is_some_and(|ext| {
        ext.len() < lower.len() && FILE_EXTENSIONS.iter().any(|e| e.as_bytes() == ext)
    });
    let elided = v.windows(3).any(|w| w == b"...");
    let doubtful = is_template(v)
        || repeated
        || dummy
        || alphabet_run
        || file_name
        || elided
        || is_constant_name(v)
        || has_version(v);
    match doubtful {
        true => Verdict::Score(super::DOUBTFUL),
        false => Verdict::Plausible,
    }
}

/// Lowers a URL's password that stands for one: its field's name
/// (`user:password@`, `USERNAME:PASSWORD@`, `user:pass@`) or a mask a log
/// printed (`app:****@`, `admin:xxxxxxxx@`, `:•••@`). Other dummy words
/// stay: `user:secret@host` is how many services' own examples read.
pub(super) fn not_uri_placeholder(value: &[u8]) -> Verdict {
    let v = value.trim_ascii();
    let lower = v.to_ascii_lowercase();
    let field = [&b"password"[..], b"passwd", b"pass", b"pwd", b"pw"].contains(&lower.as_slice());
    let mask = std::str::from_utf8(v).is_ok_and(|t| {
        !t.is_empty()
            && t.chars()
                .all(|c| matches!(c, '*' | 'x' | 'X' | '\u{2022}' | '\u{25cf}'))
    });
    match field || mask {
        true => Verdict::Score(super::DOUBTFUL),
        false => Verdict::Plausible,
    }
}

/// Base64 of `user:password`, as HTTP Basic credentials carry them:
/// printable ASCII, a colon with something on both sides (`Basic
/// authentication` decodes to bytes, not to a pair).
pub(super) fn basic_credentials(value: &[u8]) -> Verdict {
    use base64::Engine as _;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(value)
        .or_else(|_| base64::engine::general_purpose::STANDARD_NO_PAD.decode(value));
    plausible(decoded.is_ok_and(|d| {
        d.iter().all(|b| (0x20..0x7f).contains(b))
            && d.iter()
                .position(|&b| b == b':')
                .is_some_and(|i| i > 0 && i + 1 < d.len())
    }))
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
    fn phones() {
        assert_eq!(phone(b"+44 20 7946 0958"), Plausible);
        assert_eq!(phone(b"0123456789"), Invalid);
        assert_eq!(phone(b"9876543210"), Invalid);
        assert_eq!(phone(b"+3.140000"), Invalid);
        assert_eq!(phone(b"+2.00100000000"), Invalid);
        assert_eq!(phone(b"252.227-7013"), Invalid);
        assert_eq!(phone(b"0044 20 7946 0958"), Plausible);
        assert_eq!(phone(b"+49 30/1234567"), Plausible);
        assert_eq!(phone(b"+1 555 0100 999"), Invalid);
    }

    #[test]
    fn passphrases_with_underscores() {
        assert!(passphrase_words(b"Fennel_Garden_bramble_granite34"));
        assert!(!passphrase_words(b"ORG_GRADLE_PROJECT_signingPassword"));
        assert!(!passphrase_words(b"max_buffer_size"));
        assert_eq!(
            typed_password(b"ORG_GRADLE_PROJECT_signingPassword"),
            Verdict::Invalid
        );
    }

    #[test]
    fn typed_passwords() {
        for ok in [
            "Paprika.Orbit.Glacier94",
            "IODx*F$ua9wzGyjR",
            "Tr0ub4dor&3",
            "h7Gq2LmZr8Tn",
        ] {
            assert_eq!(typed_password(ok.as_bytes()), Plausible, "{ok}");
        }
        for no in [
            "TypeScript5",
            "write",
            "Sessions2024",
            "v1.2.3-Beta",
            "Node.js",
            "short1!",
            "Uint16Array.BYTES_PER_ELEMENT",
            "sizeof(WCHAR));",
            "mpf_init2:",
        ] {
            assert_eq!(typed_password(no.as_bytes()), Invalid, "{no}");
        }
    }

    #[test]
    fn labelled_phones() {
        for ok in [
            "+1-962-945-9571x177",
            "(03).6018.1590",
            "08-909 960 30",
            "8 (529) 170-34-23",
            "5711777741",
            "+44 79891 220598",
            "03 20 52 76 01",
            "08-26 01 81",
            "06.12.34.56.78",
        ] {
            assert_eq!(phone_labelled(ok.as_bytes()), Plausible, "{ok}");
        }
        for no in [
            "2024-01-15",
            "15.01.2024",
            "2024-01-15 1030",
            "10.2.3.4567",
            "1234567",
            "+3.140000",
            "252.227-7013",
        ] {
            assert_eq!(phone_labelled(no.as_bytes()), Invalid, "{no}");
        }
    }

    #[test]
    fn national_mobiles() {
        for ok in [
            "06-12345678",
            "0612345678",
            "081-234-5678",
            "052-234-5678",
            "054-2345678",
            "0912 345 678",
            "082 123 4567",
            "0412 345 678",
            "087 123 4567",
            "312 345 6789",
            "612 34 56 78",
            "55 1234 5678",
            "(55) 1234-5678",
        ] {
            assert_eq!(phone_mobile(ok.as_bytes()), Plausible, "{ok}");
        }
        for bad in [
            // Landlines (Amsterdam, Bangkok, Sydney, Rome, Madrid).
            "020-1234567",
            "02-123-4567",
            "02 9876 5432",
            "06 1234 5678 9",
            "912 345 678",
            // Not mobile ranges, runs, international.
            "0012345678",
            "0123456789",
            "+31 6 12345678",
            "06-1234567",
        ] {
            assert_eq!(phone_mobile(bad.as_bytes()), Invalid, "{bad}");
        }
        // Without metadata: the digit count and leading digits must fit.
        assert_eq!(phone_mobile_format(b"06-12345678"), Plausible);
        assert_eq!(phone_mobile_format(b"06-12340000"), Plausible);
        for bad in [
            "2018-2019",
            "2016-11-14",
            "2001-11-04 13",
            "020-1234567",
            "912 345 678",
        ] {
            assert_eq!(phone_mobile_format(bad.as_bytes()), Invalid, "{bad}");
        }
    }

    #[test]
    fn record_numbers_addresses_and_mbis() {
        assert_eq!(record_number(b"MR0048213"), Plausible);
        assert_eq!(record_number(b"1941-09-30"), Invalid);
        assert_eq!(record_number(b"0862214-011-00001"), Plausible);
        assert_eq!(
            street_address("Lindenallee 7, 30159 Hannover".as_bytes()),
            Plausible
        );
        for not_address in [
            "0x7ffd5a3c",
            "10.0.0.12",
            "localhost:8080",
            "10.0.0.1 and port 8080",
            "p.split('=', 1)",
            "An integer representation of an IPv4 IP address.",
            "https://example.org/1",
        ] {
            assert_eq!(
                street_address(not_address.as_bytes()),
                Invalid,
                "{not_address}"
            );
        }
        assert_eq!(us_mbi(b"1EG4-TE5-MK73"), Plausible);
        assert_eq!(us_mbi(b"5VA8D55YY76"), Plausible);
        assert_eq!(us_mbi(b"1SG4TE5MK73"), Invalid);
        assert_eq!(us_mbi(b"ABCDEFGHIJK"), Invalid);
    }

    #[test]
    fn person_names() {
        assert_eq!(person_name("Lucía Fernández".as_bytes()), Plausible);
        assert_eq!(person_name(b"Ahmad Faizal bin Hassan"), Plausible);
        assert_eq!(person_name(b"Optional"), Invalid);
        assert_eq!(person_name(b"Not Provided"), Invalid);
        assert_eq!(person_name(b"John Doe"), Invalid);
        // A form's own label written as the value.
        assert_eq!(person_name(b"Nombre completo"), Invalid);
        assert_eq!(person_name(b"Ad Soyad"), Invalid);
        assert_eq!(person_name(b"Gold Tier"), Invalid);
        assert_eq!(person_name(b"Stable Vitals"), Invalid);
        assert_eq!(person_name("Имя".as_bytes()), Invalid);
        assert_eq!(person_name("Nguyễn Thị Lan".as_bytes()), Plausible);
        // Places after an invoice's party label.
        assert_eq!(person_name(b"Main Warehouse"), Invalid);
        assert_eq!(person_name(b"United States"), Invalid);
    }

    #[test]
    fn dates() {
        assert_eq!(date(b"1985-03-12"), Plausible);
        assert_eq!(date(b"29/02/1984"), Plausible);
        assert_eq!(date(b"29/02/1985"), Invalid);
        assert_eq!(date(b"12 March 1985"), Plausible);
        assert_eq!(date(b"March 12, 1985"), Plausible);
        assert_eq!(date(b"31.04.1990"), Invalid);
        assert_eq!(date(b"1985.03.14"), Plausible);
        assert_eq!(date(b"1985/03/14"), Plausible);
        assert_eq!(date(b"14-Mar-1985"), Plausible);
        assert_eq!(date(b"03/14/85"), Plausible);
        assert_eq!(date(b"1985-02-30"), Invalid);
        assert_eq!(date(b"19850314"), Plausible);
        assert_eq!(date(b"19851403"), Invalid);
    }

    #[test]
    fn uri_placeholders() {
        for p in [
            "password",
            "PASSWORD",
            "pass",
            "****",
            "xxxxxxxx",
            "\u{2022}\u{2022}\u{2022}",
        ] {
            assert_eq!(not_uri_placeholder(p.as_bytes()), Score(40), "{p}");
        }
        for p in ["secret", "s3cr3t-Pw", "P@ssw0rd!9", "x9"] {
            assert_eq!(not_uri_placeholder(p.as_bytes()), Plausible, "{p}");
        }
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
            assert_eq!(not_placeholder(p.as_bytes()), Score(40), "{p}");
        }
        assert_eq!(not_placeholder(b"hunter2!Qz"), Plausible);
        assert_eq!(not_placeholder(b"super.secret"), Score(40));
        assert_eq!(not_placeholder(b"s3cr3t.Pa55"), Plausible);
        assert_eq!(not_template(b"secret"), Plausible);
        assert_eq!(not_template(b"${DB_PASS}"), Invalid);
        assert_eq!(not_template(b"your_password"), Invalid);
        assert_eq!(not_template(b"Your-Password"), Invalid);
    }
}
