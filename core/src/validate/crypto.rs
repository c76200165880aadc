//! Cryptocurrency addresses and token encodings.

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

#[cfg(test)]
mod tests {
    use super::*;
    use Verdict::*;

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
