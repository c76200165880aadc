//! Cryptocurrency addresses and token encodings.

use std::sync::LazyLock;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha3::{Digest, Keccak256};

use super::{Verdict, plausible, verified};

/// Bitcoin Base58Check address: checksum over a version byte for P2PKH/P2SH
/// on mainnet (0x00, 0x05) or testnet (0x6f, 0xc4) and a 20-byte hash.
pub(super) fn base58check(value: &[u8]) -> Verdict {
    let Ok(decoded) = bs58::decode(value).with_check(None).into_vec() else {
        return Verdict::Invalid;
    };
    verified(decoded.len() == 21 && matches!(decoded[0], 0x00 | 0x05 | 0x6f | 0xc4))
}

/// Bitcoin WIF private key (wallet import format): Base58Check over version
/// 0x80 (mainnet) or 0xef (testnet) and a 32-byte key, with a trailing 0x01
/// when the public key is compressed.
pub(super) fn wif(value: &[u8]) -> Verdict {
    let Ok(decoded) = bs58::decode(value).with_check(None).into_vec() else {
        return Verdict::Invalid;
    };
    verified(
        matches!(decoded.first(), Some(0x80 | 0xef))
            && (decoded.len() == 33 || (decoded.len() == 34 && decoded[33] == 0x01)),
    )
}

/// Word counts a BIP-39 mnemonic may have.
const MNEMONIC_WORDS: [usize; 5] = [12, 15, 18, 21, 24];

/// Confidence cap for a phrase that is half made of BIP-39 words (another
/// wallet's list, a phrase mistyped from memory).
const OTHER_LIST: u8 = 70;

/// BIP-39's English word list, 2048 words in byte order, one per line (as
/// rust-bip39 3.0.0 ships it, CC0-1.0). Embedded rather than taken from
/// that crate: the crate added 29 KB to the gzipped WASM module, the list
/// alone adds about 6 KB.
const BIP39_ENGLISH: &str = include_str!("bip39-english.txt");

/// The index of `word` in [`BIP39_ENGLISH`].
fn bip39_index(word: &str) -> Option<u16> {
    static WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| BIP39_ENGLISH.lines().collect());
    WORDS.binary_search(&word).ok().map(|i| i as u16)
}

/// Whether word indices carry BIP-39's checksum: of their 11 bits each,
/// the last `n / 3` bits are the first bits of SHA-256 of the rest.
fn bip39_checksum(indices: &[u16]) -> bool {
    use sha2::Digest as _;
    let bits = indices.len() * 11;
    let checksum_bits = indices.len() / 3;
    let entropy_bits = bits - checksum_bits;
    let bit = |at: usize| {
        let (word, offset) = (at / 11, at % 11);
        (indices[word] >> (10 - offset)) & 1 == 1
    };
    let mut entropy = vec![0u8; entropy_bits / 8];
    for at in 0..entropy_bits {
        if bit(at) {
            entropy[at / 8] |= 0x80 >> (at % 8);
        }
    }
    let hash = sha2::Sha256::digest(&entropy);
    (0..checksum_bits).all(|k| bit(entropy_bits + k) == ((hash[k / 8] >> (7 - k % 8)) & 1 == 1))
}

/// A wallet seed phrase: its first 12, 15, 18, 21 or 24 words (the most
/// that fit; a sentence may go on after it). All from the BIP-39 English
/// list: verified when they carry the phrase's checksum, plausible when
/// not (typed from memory, made up for a question). At least half from
/// the list and none of the small words prose is made of: another
/// wallet's list (Electrum, Monero), at a lower confidence.
pub(super) fn bip39(value: &[u8]) -> Verdict {
    let Ok(s) = std::str::from_utf8(value) else {
        return Verdict::Invalid;
    };
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let Some(&n) = MNEMONIC_WORDS.iter().rev().find(|&&n| n <= words.len()) else {
        return Verdict::Invalid;
    };
    let phrase = &words[..n];
    let looked_up: Vec<Option<u16>> = phrase.iter().map(|w| bip39_index(w)).collect();
    let indices: Vec<u16> = looked_up.iter().flatten().copied().collect();
    if indices.len() < n {
        let prose = phrase
            .iter()
            .zip(&looked_up)
            .any(|(w, i)| i.is_none() && super::credential::is_stopword(w.as_bytes()));
        return if indices.len() * 2 >= n && !prose {
            Verdict::Score(OTHER_LIST)
        } else {
            Verdict::Invalid
        };
    }
    if bip39_checksum(&indices) {
        Verdict::Verified
    } else {
        Verdict::Plausible
    }
}

/// SegWit address (BIP 173 bech32 for v0, BIP 350 bech32m for v1+).
pub(super) fn bech32(value: &[u8]) -> Verdict {
    let Ok(s) = std::str::from_utf8(value) else {
        return Verdict::Invalid;
    };
    verified(::bech32::segwit::decode(s).is_ok())
}

/// EIP-55: an all-lower or all-upper address has no checksum; a mixed-case
/// one must upper-case exactly the hex letters whose Keccak-256 nibble is >= 8.
pub(super) fn eip55(value: &[u8]) -> Verdict {
    let Some(hex) = value.strip_prefix(b"0x") else {
        return Verdict::Invalid;
    };
    if hex.len() != 40 || !hex.iter().all(u8::is_ascii_hexdigit) {
        return Verdict::Invalid;
    }
    let has_lower = hex.iter().any(u8::is_ascii_lowercase);
    let has_upper = hex.iter().any(u8::is_ascii_uppercase);
    if !(has_lower && has_upper) {
        return plausible(!hex.iter().all(|&c| c == b'0'));
    }
    let lower: Vec<u8> = hex.iter().map(u8::to_ascii_lowercase).collect();
    let hash = Keccak256::digest(&lower);
    let ok = hex.iter().enumerate().all(|(i, &c)| {
        let nibble = (hash[i / 2] >> if i % 2 == 0 { 4 } else { 0 }) & 0xf;
        !c.is_ascii_alphabetic() || c.is_ascii_uppercase() == (nibble >= 8)
    });
    verified(ok)
}

/// JWT (RFC 7519): the first segment is base64url JSON with an `alg` member.
pub(super) fn jwt(value: &[u8]) -> Verdict {
    let header = value.split(|&b| b == b'.').next().unwrap_or_default();
    let Ok(json) = URL_SAFE_NO_PAD.decode(header.trim_ascii_end()) else {
        return Verdict::Invalid;
    };
    match serde_json::from_slice::<serde_json::Value>(&json) {
        Ok(serde_json::Value::Object(map)) => verified(map.contains_key("alg")),
        _ => Verdict::Invalid,
    }
}

/// A Discord bot token's first part is its bot's user id, a snowflake of
/// 17 to 20 decimal digits, in base64 without padding.
pub(super) fn discord_token(value: &[u8]) -> Verdict {
    let id = value.split(|&b| b == b'.').next().unwrap_or_default();
    let Ok(digits) = URL_SAFE_NO_PAD.decode(id) else {
        return Verdict::Invalid;
    };
    verified(
        (17..=20).contains(&digits.len())
            && digits[0] != b'0'
            && digits.iter().all(u8::is_ascii_digit),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    use Verdict::*;

    #[test]
    fn discord_tokens_start_with_a_snowflake() {
        assert_eq!(
            discord_token(
                b"MTU1NTY2MDIzOTMwNjMxMDQy.c0FQU1.Yq_e8Y6niJfpShkkY1ZzSt09Sw19rFDeVwqzb5"
            ),
            Verified
        );
        assert_eq!(
            discord_token(
                b"MbpI1L23B_deC5vllr_PEl_9k8.sIowf0.RMOVWppGb9EXkZYwVOoYessPbdSmdcWvxp1dJM"
            ),
            Invalid
        );
    }

    #[test]
    fn wif_keys_need_their_version_and_checksum() {
        assert_eq!(
            wif(b"5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"),
            Verdict::Verified
        );
        assert_eq!(
            wif(b"KwdMAjGmerYanjeui5SHS7JkmpZvVipYvB2LJGU1ZxJwYvP98617"),
            Verdict::Verified
        );
        assert_eq!(
            wif(b"KwdMAjGmerYanjeui5SHS7JkmpZvVipYvB2LJGU1ZxJwYvP98618"),
            Verdict::Invalid
        );
        // An address has a different version and length.
        assert_eq!(wif(b"1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"), Verdict::Invalid);
    }

    #[test]
    fn bip39_list_is_sorted_and_whole() {
        let words: Vec<&str> = BIP39_ENGLISH.lines().collect();
        assert_eq!(words.len(), 2048);
        assert!(words.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(bip39_index("abandon"), Some(0));
        assert_eq!(bip39_index("zoo"), Some(2047));
    }

    #[test]
    fn seed_phrases() {
        // BIP-39's test vectors (Trezor's reference implementation).
        for phrase in [
            "legal winner thank year wave sausage worth useful legal winner thank yellow",
            "letter advice cage absurd amount doctor acoustic avoid letter advice cage above",
            "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong",
            "scheme spot photo card baby mountain device kick cradle pact join borrow",
            "void come effort suffer camp survey warrior heavy shoot primary clutch crush open amazing screen patrol group space point ten exist slush involve unfold",
        ] {
            assert_eq!(bip39(phrase.as_bytes()), Verified, "{phrase}");
        }
        let abandon = "abandon ".repeat(11) + "about";
        assert_eq!(bip39(abandon.as_bytes()), Verified);
        // Words that go on after the phrase are not read.
        assert_eq!(bip39((abandon + " please help").as_bytes()), Verified);
        // Every word listed, the checksum wrong: typed from memory.
        assert_eq!(
            bip39("abandon ".repeat(12).trim_end().as_bytes()),
            Plausible
        );
        // Half listed, no prose word: another wallet's list.
        let other =
            b"bamboo lizard cactus cherry plum candle plasma ribbon biscuit mimosa copper pebble";
        assert_eq!(bip39(other), Score(OTHER_LIST));
        assert_eq!(
            bip39(b"twelve words that you write down on paper and keep somewhere safe from fire"),
            Invalid
        );
        assert_eq!(bip39(b"abandon abandon about"), Invalid);
    }

    #[test]
    fn bitcoin_addresses() {
        assert_eq!(base58check(b"1BoatSLRHtKNngkdXEeobR76b53LETtpyT"), Verified);
        assert_eq!(base58check(b"1BoatSLRHtKNngkdXEeobR76b53LETtpyU"), Invalid);
        assert_eq!(
            bech32(b"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"),
            Verified
        );
        assert_eq!(
            bech32(b"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5"),
            Invalid
        );
    }

    #[test]
    fn ethereum_checksum() {
        assert_eq!(
            eip55(b"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"),
            Verified
        );
        assert_eq!(
            eip55(b"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"),
            Invalid
        );
        assert_eq!(
            eip55(b"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"),
            Plausible
        );
    }

    #[test]
    fn jwt_header() {
        assert_eq!(jwt(b"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig"), Verified);
        assert_eq!(jwt(b"eyJmb28iOiJiYXIifQ.eyJzdWIiOiIxIn0.sig"), Invalid);
    }
}
