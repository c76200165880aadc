//! Validators: checks a matched value must pass before it becomes a finding.
//!
//! Patterns find things that look right; validators reject what cannot be
//! real (a card number failing Luhn, an SSN in a never-issued range). A
//! validator that verifies a checksum marks its finding `validated`, which
//! wins overlap ties (see the overlap policy in the crate docs).

mod bank;
mod checksum;
pub(crate) mod credential;
mod crypto;
mod mrz;
mod national;
mod national_extra;
mod national_more;
mod text;

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

pub use credential::DOUBTFUL;
pub use text::shannon_entropy;

/// What a validator concluded about a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The value cannot be what the rule looks for.
    Invalid,
    /// The value passes format checks but carries no checksum to verify.
    Plausible,
    /// A checksum or check digit was verified.
    Verified,
    /// The value may be what the rule looks for, with this confidence in
    /// percent (a cap on the rule's own): scorers and placeholder checks.
    Score(u8),
}

macro_rules! validators {
    ($($variant:ident => $name:literal, $func:path, $doc:literal;)*) => {
        /// A named check applied to a matched value (`validators = [...]` in rule files).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Validator {
            $(#[doc = $doc] $variant,)*
        }

        impl Validator {
            /// Every validator, for documentation and `rules list`.
            pub const ALL: &'static [Validator] = &[$(Validator::$variant,)*];

            /// The name used in rule files.
            pub fn name(self) -> &'static str {
                match self { $(Validator::$variant => $name,)* }
            }

            /// One-line description.
            pub fn description(self) -> &'static str {
                match self { $(Validator::$variant => $doc,)* }
            }

            /// Checks `value` (the matched bytes).
            pub fn check(self, value: &[u8]) -> Verdict {
                match self { $(Validator::$variant => $func(value),)* }
            }
        }

        impl Validator {
            /// Checks `value` given `key`, the matched text before it (the
            /// credential scorer reads the key name and quoting from it).
            pub(crate) fn check_with_key(self, value: &[u8], key: &[u8]) -> Verdict {
                match self {
                    Validator::Credential => credential::score(value, key),
                    Validator::PasswordValue => {
                        either(text::typed_password(value), || credential::score(value, key))
                    }
                    Validator::SecretVariable => credential::secret_variable(key),
                    other => other.check(value),
                }
            }

            /// The cost of [`Validator::check_with_key`] in units of about
            /// 0.1 µs: 0 for the checks that only read a few bytes of the
            /// value. Costly checks are budgeted per text (see
            /// `engine::confirm`).
            pub(crate) fn cost(self) -> u32 {
                match self {
                    // One libphonenumber parse, about 10 µs.
                    Validator::Phone => 100,
                    // One parse per region it tries.
                    Validator::PhoneNational => 500,
                    // At most four parses: only regions whose mobile
                    // numbers begin as the value does are tried.
                    Validator::PhoneMobile => 400,
                    // The credential scorer: about 0.5 µs a value.
                    Validator::Credential | Validator::PasswordValue => 5,
                    _ => 0,
                }
            }

            /// What a costly validator says past the budget: the phone
            /// checks without the parse, and the credential scorer's cheap
            /// rejections (key names, test logs, code) without the scoring.
            /// Fails closed: dense text is over-redacted, never slow, never
            /// passed through.
            pub(crate) fn check_format(self, value: &[u8], key: &[u8]) -> Verdict {
                match self {
                    Validator::Phone | Validator::PhoneNational => text::phone_format(value),
                    Validator::PhoneMobile => text::phone_mobile_format(value),
                    Validator::Credential => credential::unscored(value, key),
                    Validator::PasswordValue => {
                        either(text::typed_password(value), || credential::unscored(value, key))
                    }
                    Validator::SecretVariable => credential::secret_variable(key),
                    other => other.check(value),
                }
            }
        }

        impl FromStr for Validator {
            type Err = ();
            fn from_str(s: &str) -> Result<Validator, ()> {
                match s { $($name => Ok(Validator::$variant),)* _ => Err(()) }
            }
        }
    };
}

validators! {
    Luhn => "luhn", checksum::luhn, "Luhn mod-10 check digit (ISO/IEC 7812 payment cards)";
    Iban => "iban", checksum::iban, "IBAN country length and mod-97 check (ISO 13616, ISO 7064)";
    AbaRouting => "aba_routing", checksum::aba_routing, "US ABA routing number weighted checksum (3-7-1)";
    BankAccount => "bank_account", bank::bank_account, "an account number after its label: 6 to 20 digits in at most six groups, not one repeated digit, a counting run or a calendar date";
    MxClabe => "mx_clabe", bank::mx_clabe, "Mexican CLABE: 18 digits, Banxico check digit (weights 3 7 1, products mod 10)";
    ArCbu => "ar_cbu", bank::ar_cbu, "Argentine CBU/CVU: 22 digits, BCRA check digits on the bank block and the account block";
    UsSsn => "us_ssn", national::us_ssn, "US SSN issuance ranges (no 000/666/9xx area, 00 group, 0000 serial)";
    UsItin => "us_itin", national::us_itin, "US ITIN: 9xx area and IRS group ranges";
    UkNino => "uk_nino", national::uk_nino, "UK National Insurance number prefix rules (HMRC NIM39110)";
    UkNhs => "uk_nhs", national::uk_nhs, "UK NHS number mod-11 check digit";
    CaSin => "ca_sin", national::ca_sin, "Canadian SIN: Luhn check, issued first digit";
    EsNif => "es_nif", national::es_nif, "Spanish DNI/NIF mod-23 check letter";
    EsNie => "es_nie", national::es_nie, "Spanish NIE (X/Y/Z prefix) mod-23 check letter";
    NlBsn => "nl_bsn", national::nl_bsn, "Dutch BSN 11-proof";
    InAadhaar => "in_aadhaar", national::in_aadhaar, "Indian Aadhaar Verhoeff check digit";
    BrCpf => "br_cpf", national::br_cpf, "Brazilian CPF two mod-11 check digits";
    PlPesel => "pl_pesel", national::pl_pesel, "Polish PESEL weighted check digit";
    ItFiscalCode => "it_fiscal_code", national::it_fiscal_code, "Italian codice fiscale check character";
    SgNric => "sg_nric", national::sg_nric, "Singapore NRIC/FIN check letter";
    AuTfn => "au_tfn", national::au_tfn, "Australian TFN weighted mod-11 check";
    FrNir => "fr_nir", national::fr_nir, "French NIR (INSEE): sex, month and department fields, mod-97 key (2A/2B as 19/18)";
    SePersonnummer => "se_personnummer", national::se_personnummer, "Swedish personnummer/samordningsnummer: birth date (day + 60), Luhn check digit";
    BeNationalNumber => "be_national_number", national::be_national_number, "Belgian national register number: birth date, mod-97 check (2 prefixed from 2000)";
    CnResidentId => "cn_resident_id", national::cn_resident_id, "Chinese resident ID (GB 11643): province, birth date, ISO 7064 MOD 11-2 check";
    KrRrn => "kr_rrn", national::kr_rrn, "South Korean resident registration number: birth date, sex digit, mod-11 check";
    NoFodselsnummer => "no_fodselsnummer", national::no_fodselsnummer, "Norwegian fodselsnummer/D-number: birth date, two mod-11 check digits";
    FiHetu => "fi_hetu", national::fi_hetu, "Finnish henkilotunnus: birth date, century sign, mod-31 check character";
    DkCpr => "dk_cpr", national::dk_cpr, "Danish CPR number: a real birth date (no check digit since 2007)";
    CzBirthNumber => "cz_birth_number", national::cz_birth_number, "Czech or Slovak birth number (rodne cislo): birth date (month + 50 for women), mod-11 check";
    TrTckn => "tr_tckn", national::tr_tckn, "Turkish T.C. Kimlik No: two check digits";
    RuSnils => "ru_snils", national::ru_snils, "Russian SNILS: mod-101 check number over nine digits (from 001-001-999)";
    ThNationalId => "th_national_id", national::th_national_id, "Thai national ID: person type 1-8, mod-11 check digit";
    ClRut => "cl_rut", national::cl_rut, "Chilean RUT/RUN: mod-11 check character (weights 2-7, K for 10)";
    ZaId => "za_id", national::za_id, "South African ID number: birth date, citizenship digit 0/1, Luhn check digit";
    IlTeudatZehut => "il_teudat_zehut", national::il_teudat_zehut, "Israeli Teudat Zehut: nine digits (zero-padded), Luhn-style check digit";
    VnCccd => "vn_cccd", national::vn_cccd, "Vietnamese citizen ID (CCCD): province code of birth, century/sex digit (no check digit)";
    IdNik => "id_nik", national::id_nik, "Indonesian NIK: province, regency and district codes, birth date (day + 40 for women), serial";
    BrCnpj => "br_cnpj", national_extra::br_cnpj, "Brazilian CNPJ (numeric or alphanumeric): two mod-11 check digits";
    MxCurp => "mx_curp", national_extra::mx_curp, "Mexican CURP: birth date, sex, state code, inner consonants, RENAPO check digit";
    MxRfc => "mx_rfc", national_extra::mx_rfc, "Mexican RFC: a real date (verified when the SAT mod-11 check character holds)";
    ArCuit => "ar_cuit", national_extra::ar_cuit, "Argentine CUIT/CUIL: type prefix, mod-11 check digit (weights 5 4 3 2 7 6 5 4 3 2)";
    DeSteuerId => "de_steuer_id", national_extra::de_steuer_id, "German Steuer-ID: one digit repeated in the first ten, ISO 7064 MOD 11,10 check digit";
    PtNif => "pt_nif", national_extra::pt_nif, "Portuguese NIF: issued first digits, mod-11 check digit";
    AuMedicare => "au_medicare", national_extra::au_medicare, "Australian Medicare card number: first digit 2-6, weighted mod-10 check digit (1 3 7 9)";
    JpMyNumber => "jp_my_number", national_extra::jp_my_number, "Japanese My Number (個人番号): mod-11 check digit";
    RuInn => "ru_inn", national_more::ru_inn, "Russian INN (ИНН): 10 digits with one or 12 with two FNS check digits ((weighted sum mod 11) mod 10)";
    UaRnokpp => "ua_rnokpp", national_more::ua_rnokpp, "Ukrainian taxpayer number (РНОКПП/ІПН): ten digits, weighted check digit (weights -1 5 7 9 4 6 10 5 7, (sum mod 11) mod 10)";
    RuPassport => "ru_passport", national_more::ru_passport, "Russian internal passport: series (OKATO region 01-99, blank year) and number 000001-999999 (no check digit)";
    PlNip => "pl_nip", national_more::pl_nip, "Polish NIP: mod-11 check digit (weights 6 5 7 2 3 4 5 6 7, 10 never issued)";
    PlIdCard => "pl_id_card", national_more::pl_id_card, "Polish ID card (dowód osobisty): three letters, six digits, check digit in fourth place (weights 7 3 1 9 7 3 1 7 3)";
    DeRvnr => "de_rvnr", national_more::de_rvnr, "German pension insurance number (Rentenversicherungsnummer): birth date (DRV overflow rules), surname initial, DRV check digit";
    DeKvnr => "de_kvnr", national_more::de_kvnr, "German health insurance number (KVNR): letter and nine digits, GKV check digit (weights 1 2, cross sums, mod 10)";
    GrAmka => "gr_amka", national_more::gr_amka, "Greek AMKA: birth date DDMMYY, Luhn check digit";
    IePpsn => "ie_ppsn", national_more::ie_ppsn, "Irish PPSN: seven digits, mod-23 check letter, optional second letter (A, B, H; W, T, X ignored)";
    AtSvnr => "at_svnr", national_more::at_svnr, "Austrian social insurance number (SVNR): serial from 100, mod-11 check digit, birth date (month 13-15 when fictive)";
    ChAhv => "ch_ahv", national_more::ch_ahv, "Swiss AHV/AVS number: 756 prefix, EAN-13 check digit";
    NzIrd => "nz_ird", national_more::nz_ird, "New Zealand IRD number: 10-000-000 to 150-000-000, mod-11 check digit (primary and secondary weights)";
    UkDrivingLicence => "uk_driving_licence", national_more::uk_driving_licence, "UK (DVLA) driving licence number: surname padded with 9, a real birth date (month + 50 for women), initials (no published check)";
    Mrz => "mrz", mrz::mrz, "travel document machine-readable zone (ICAO 9303 TD1, TD2, TD3): document number, birth and expiry dates carry their 7-3-1 check digits";
    Base58Check => "base58check", crypto::base58check, "Bitcoin Base58Check address with a known version byte";
    Wif => "wif", crypto::wif, "Bitcoin WIF private key: Base58Check over version 0x80/0xef and a 32-byte key (compressed flag optional)";
    Bech32 => "bech32", crypto::bech32, "SegWit bech32/bech32m address checksum (BIP 173, BIP 350)";
    Eip55 => "eip55", crypto::eip55, "Ethereum address; mixed case must match the EIP-55 checksum";
    Bip39 => "bip39", crypto::bip39, "a wallet seed phrase: 12, 15, 18, 21 or 24 words of the BIP-39 English list (verified when its checksum holds)";
    DiscordToken => "discord_token", crypto::discord_token, "Discord bot token whose first part is base64 of a 17-20 digit user id (a snowflake)";
    Jwt => "jwt", crypto::jwt, "JWT whose header is base64url JSON naming an `alg`";
    Mac => "mac", text::mac, "MAC address that is not all zeros or the broadcast address";
    Ipv4 => "ipv4", text::ipv4, "dotted-quad IPv4 address with octets 0-255";
    Ipv6 => "ipv6", text::ipv6, "IPv6 address (RFC 4291 text forms)";
    Phone => "phone", text::phone, "7 to 15 digits (ITU-T E.164), not one repeated digit";
    PhoneNational => "phone_national", text::phone_national, "a national-format number valid in India, China or Japan (libphonenumber metadata)";
    PhoneLabelled => "phone_labelled", text::phone_labelled, "7 to 15 digits right after a phone label, in any grouping: not a run, a decimal, a calendar date or a dotted version (no metadata)";
    PhoneMobile => "phone_mobile", text::phone_mobile, "a national-format mobile number valid in NL, TH, IL, VN, ZA, AU, IE, IT, ES or MX (libphonenumber metadata)";
    Date => "date", text::date, "a real calendar date between 1900 and 2100";
    PersonName => "person_name", text::person_name, "a person's name: no word of code, a type, a form's own text or a placeholder (`Optional`, `String`, `Not Provided`, `John Doe`)";
    HasDigit => "has_digit", text::has_digit, "contains a digit: tells machine-made tokens from words";
    RecordNumber => "record_number", text::record_number, "a record or member number: holds a digit and is not a calendar date written with separators (`1941-09-30`)";
    StreetAddress => "street_address", text::street_address, "an address: a number and a word of three letters, not a URL, e-mail, IP or memory address (`0x7ffd...`)";
    UsMbi => "us_mbi", text::us_mbi, "US Medicare Beneficiary Identifier: 11 characters in CMS's numeric and alphabetic positions (no S, L, O, I, B, Z)";
    NotTemplate => "not_template", text::not_template, "rejects template variables, code references, paths and labels (`${X}`, `env.X`, `/run/secrets/x`)";
    NotPlaceholder => "not_placeholder", text::not_placeholder, "lowers to 0.4 the confidence of template variables and dummy values (`${X}`, `<password>`, `changeme`, `xxxx`); for generic rules only";
    BasicCredentials => "basic_credentials", text::basic_credentials, "base64 of `user:password` (HTTP Basic credentials): printable ASCII with a colon between two non-empty parts";
    TypedPassword => "typed_password", text::typed_password, "a password as people type one: 8 to 64 characters of three classes with a symbol and no version number, or 12+ random-looking letters and digits of both cases";
    PasswordValue => "password_value", text::password_value, "the value after a password word: a password as people type one (`typed_password`), or else what the credential scorer accepts";
    SpelledPassword => "spelled_password", text::spelled_password, "a password spelled a character at a time: 8 to 48 single characters between spaces, letters of both cases or letters and digits, not a run";
    NotUriPlaceholder => "not_uri_placeholder", text::not_uri_placeholder, "lowers to 0.4 the confidence of a URL password that names its field or masks it (`user:password@`, `USER:PASS@`, `app:****@`, `admin:xxxxxxxx@`)";
    Credential => "credential", credential::check, "scores the value after a key name (code, placeholder, password or machine-made token); see the generic credential detector";
    SecretVariable => "secret_variable", key_only, "the variable a debugger printed is named for the secret, not a property of it (`db_password`, not `token_type` or `password_len`)";
}

/// Checks nothing by itself: for validators that read the key (see
/// [`Validator::check_with_key`]).
fn key_only(_: &[u8]) -> Verdict {
    Verdict::Plausible
}

/// `first` unless it is `Invalid`, else `second()`.
fn either(first: Verdict, second: impl FnOnce() -> Verdict) -> Verdict {
    match first {
        Verdict::Invalid => second(),
        v => v,
    }
}

impl fmt::Display for Validator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Validator {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// ASCII digits of `value` as numbers, skipping separators.
fn digits(value: &[u8]) -> Vec<u8> {
    value
        .iter()
        .filter(|b| b.is_ascii_digit())
        .map(|b| b - b'0')
        .collect()
}

/// `value` with separators (space, dash, dot, slash) removed, upper-cased.
fn compact_upper(value: &[u8]) -> Vec<u8> {
    value
        .iter()
        .filter(|b| !matches!(b, b' ' | b'-' | b'.' | b'/'))
        .map(u8::to_ascii_uppercase)
        .collect()
}

fn verified(ok: bool) -> Verdict {
    if ok {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

fn plausible(ok: bool) -> Verdict {
    if ok {
        Verdict::Plausible
    } else {
        Verdict::Invalid
    }
}

/// Loads libphonenumber's metadata now rather than on the first phone
/// number a call meets (see `ScannerBuilder::build`).
pub(crate) fn warm_up_phone_metadata() {
    let _loaded: &phonenumber::metadata::Database = &phonenumber::metadata::DATABASE;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for v in Validator::ALL {
            assert_eq!(v.name().parse::<Validator>(), Ok(*v));
        }
        assert!("nope".parse::<Validator>().is_err());
    }
}
