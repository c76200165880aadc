//! UTF-16 and UTF-32 input (PowerShell's `Out-File`, Windows "Unicode"
//! files): detection by byte-order mark or by the NUL pattern of mostly
//! ASCII text, streaming decoding to UTF-8 for the scanner, and encoding
//! the redacted UTF-8 back, so such input is scanned and written out in
//! the encoding it came in instead of passing through unscanned (rules
//! match bytes, and `A\0K\0I\0A\0` holds no `AKIA`).

use crate::error::{Error, ErrorKind, Result};

/// A text encoding [`TextEncoding::sniff`] can tell apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEncoding {
    /// UTF-8, or anything that is not UTF-16/UTF-32 (scanned as bytes).
    Utf8,
    /// UTF-16, little-endian.
    Utf16Le,
    /// UTF-16, big-endian.
    Utf16Be,
    /// UTF-32, little-endian.
    Utf32Le,
    /// UTF-32, big-endian.
    Utf32Be,
}

/// Bytes [`TextEncoding::sniff`] looks at, at most.
pub const SNIFF_LEN: usize = 8192;

impl TextEncoding {
    /// The encoding of a text that starts with `prefix` and the length of
    /// its byte-order mark. Without a mark, UTF-16/UTF-32 is recognised
    /// from the NUL bytes that mostly-ASCII text has at fixed positions
    /// (at least 16 bytes; 60% of units with their NULs, none of them
    /// NUL in the character's own byte).
    pub fn sniff(prefix: &[u8]) -> (TextEncoding, usize) {
        let marks: [(&[u8], TextEncoding); 4] = [
            (b"\xFF\xFE\0\0", TextEncoding::Utf32Le),
            (b"\0\0\xFE\xFF", TextEncoding::Utf32Be),
            (b"\xFF\xFE", TextEncoding::Utf16Le),
            (b"\xFE\xFF", TextEncoding::Utf16Be),
        ];
        if let Some((mark, enc)) = marks.iter().find(|(m, _)| prefix.starts_with(m)) {
            return (*enc, mark.len());
        }
        let prefix = &prefix[..prefix.len().min(SNIFF_LEN)];
        if prefix.len() < 16 {
            return (TextEncoding::Utf8, 0);
        }
        // Per unit: which byte positions are NUL, as a fraction of units.
        let nul_share = |unit: usize, at: usize| {
            let units = prefix.len() / unit;
            let nuls = (0..units).filter(|u| prefix[u * unit + at] == 0).count();
            nuls as f64 / units as f64
        };
        let mostly = |share: f64| share >= 0.6;
        // At most 2%: a few characters such as U+0100 have a NUL there.
        let never = |share: f64| share <= 0.02;
        let candidates = [
            (TextEncoding::Utf32Le, 4, 0, [1, 2, 3]),
            (TextEncoding::Utf32Be, 4, 3, [0, 1, 2]),
        ];
        for (enc, unit, own, zeros) in candidates {
            if never(nul_share(unit, own)) && zeros.iter().all(|&z| mostly(nul_share(unit, z))) {
                return (enc, 0);
            }
        }
        if never(nul_share(2, 0)) && mostly(nul_share(2, 1)) {
            return (TextEncoding::Utf16Le, 0);
        }
        if never(nul_share(2, 1)) && mostly(nul_share(2, 0)) {
            return (TextEncoding::Utf16Be, 0);
        }
        (TextEncoding::Utf8, 0)
    }

    /// Name for messages (`UTF-16LE`).
    pub fn name(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf16Le => "UTF-16LE",
            TextEncoding::Utf16Be => "UTF-16BE",
            TextEncoding::Utf32Le => "UTF-32LE",
            TextEncoding::Utf32Be => "UTF-32BE",
        }
    }

    fn unit(self) -> usize {
        match self {
            TextEncoding::Utf8 => 1,
            TextEncoding::Utf16Le | TextEncoding::Utf16Be => 2,
            TextEncoding::Utf32Le | TextEncoding::Utf32Be => 4,
        }
    }

    fn push_char(self, c: char, out: &mut Vec<u8>) {
        match self {
            TextEncoding::Utf8 => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
            TextEncoding::Utf16Le | TextEncoding::Utf16Be => {
                for u in c.encode_utf16(&mut [0; 2]) {
                    out.extend_from_slice(&if self == TextEncoding::Utf16Le {
                        u.to_le_bytes()
                    } else {
                        u.to_be_bytes()
                    });
                }
            }
            TextEncoding::Utf32Le => out.extend_from_slice(&u32::from(c).to_le_bytes()),
            TextEncoding::Utf32Be => out.extend_from_slice(&u32::from(c).to_be_bytes()),
        }
    }
}

fn invalid(encoding: TextEncoding, offset: u64) -> Error {
    Error::from(ErrorKind::InvalidEncoding {
        encoding: encoding.name(),
        offset,
    })
}

/// Decodes UTF-16/UTF-32 chunks to UTF-8; code units and surrogate pairs
/// split across chunks are carried. Malformed input (an unpaired
/// surrogate, a value beyond U+10FFFF) is an error, never replaced, so
/// what is written back is what came in.
#[derive(Debug)]
pub struct Decoder {
    encoding: TextEncoding,
    carry: Vec<u8>,
    high: Option<u16>,
    offset: u64,
}

impl Decoder {
    /// A decoder for `encoding` (after its byte-order mark, if any).
    pub fn new(encoding: TextEncoding) -> Decoder {
        Decoder {
            encoding,
            carry: Vec::new(),
            high: None,
            offset: 0,
        }
    }

    /// Appends the UTF-8 of the complete characters in `bytes` to `out`.
    pub fn decode(&mut self, bytes: &[u8], out: &mut Vec<u8>) -> Result<()> {
        let enc = self.encoding;
        if enc == TextEncoding::Utf8 {
            out.extend_from_slice(bytes);
            return Ok(());
        }
        let unit = enc.unit();
        let mut rest = bytes;
        if !self.carry.is_empty() {
            let take = (unit - self.carry.len()).min(rest.len());
            self.carry.extend_from_slice(&rest[..take]);
            rest = &rest[take..];
            if self.carry.len() < unit {
                return Ok(());
            }
            let carried = std::mem::take(&mut self.carry);
            self.unit(&carried, out)?;
        }
        let mut units = rest.chunks_exact(unit);
        for u in &mut units {
            self.unit(u, out)?;
        }
        self.carry.extend_from_slice(units.remainder());
        Ok(())
    }

    /// Checks that the input did not end inside a character.
    pub fn finish(&self) -> Result<()> {
        if self.carry.is_empty() && self.high.is_none() {
            Ok(())
        } else {
            Err(invalid(self.encoding, self.offset))
        }
    }

    fn unit(&mut self, bytes: &[u8], out: &mut Vec<u8>) -> Result<()> {
        let at = self.offset;
        self.offset += bytes.len() as u64;
        let c = match self.encoding {
            TextEncoding::Utf16Le | TextEncoding::Utf16Be => {
                let pair = [bytes[0], bytes[1]];
                let u = if self.encoding == TextEncoding::Utf16Le {
                    u16::from_le_bytes(pair)
                } else {
                    u16::from_be_bytes(pair)
                };
                let decoded = match (self.high.take(), u) {
                    (None, 0xD800..=0xDBFF) => {
                        self.high = Some(u);
                        return Ok(());
                    }
                    (Some(high), _) => char::decode_utf16([high, u]).next(),
                    (None, _) => char::decode_utf16([u]).next(),
                };
                decoded
                    .and_then(|r| r.ok())
                    .ok_or_else(|| invalid(self.encoding, at))?
            }
            TextEncoding::Utf32Le | TextEncoding::Utf32Be => {
                let quad = [bytes[0], bytes[1], bytes[2], bytes[3]];
                let v = if self.encoding == TextEncoding::Utf32Le {
                    u32::from_le_bytes(quad)
                } else {
                    u32::from_be_bytes(quad)
                };
                char::from_u32(v).ok_or_else(|| invalid(self.encoding, at))?
            }
            TextEncoding::Utf8 => unreachable!("UTF-8 is passed through"),
        };
        TextEncoding::Utf8.push_char(c, out);
        Ok(())
    }
}

/// Encodes UTF-8 chunks (redacted output) back into an encoding; a
/// character split across chunks is carried.
#[derive(Debug)]
pub struct Encoder {
    encoding: TextEncoding,
    carry: Vec<u8>,
}

impl Encoder {
    /// An encoder into `encoding`.
    pub fn new(encoding: TextEncoding) -> Encoder {
        Encoder {
            encoding,
            carry: Vec::new(),
        }
    }

    /// Appends the encoding of the complete characters in `utf8` to `out`.
    pub fn encode(&mut self, utf8: &[u8], out: &mut Vec<u8>) -> Result<()> {
        if self.encoding == TextEncoding::Utf8 {
            out.extend_from_slice(utf8);
            return Ok(());
        }
        self.carry.extend_from_slice(utf8);
        let valid = match std::str::from_utf8(&self.carry) {
            Ok(s) => s.len(),
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            Err(e) => {
                return Err(Error::from(ErrorKind::InvalidUtf8 {
                    valid_up_to: e.valid_up_to(),
                }));
            }
        };
        let text = std::str::from_utf8(&self.carry[..valid]).expect("checked above");
        for c in text.chars() {
            self.encoding.push_char(c, out);
        }
        self.carry.drain(..valid);
        Ok(())
    }

    /// Checks that the output did not end inside a character.
    pub fn finish(&self) -> Result<()> {
        if self.carry.is_empty() {
            Ok(())
        } else {
            Err(Error::from(ErrorKind::InvalidUtf8 { valid_up_to: 0 }))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encode_all(enc: TextEncoding, text: &str) -> Vec<u8> {
        let mut out = Vec::new();
        Encoder::new(enc).encode(text.as_bytes(), &mut out).unwrap();
        out
    }

    const ALL: [TextEncoding; 4] = [
        TextEncoding::Utf16Le,
        TextEncoding::Utf16Be,
        TextEncoding::Utf32Le,
        TextEncoding::Utf32Be,
    ];

    #[test]
    fn sniffs_marks_and_nul_patterns() {
        let text = "key AKIAQYLPMN5HHHFPZAM2 and mail bob@example.com";
        for enc in ALL {
            let bytes = encode_all(enc, text);
            assert_eq!(TextEncoding::sniff(&bytes), (enc, 0), "{enc:?}");
        }
        assert_eq!(
            TextEncoding::sniff(b"\xFF\xFEk\0e\0y\0"),
            (TextEncoding::Utf16Le, 2)
        );
        assert_eq!(
            TextEncoding::sniff(b"\xFF\xFE\0\0k\0\0\0"),
            (TextEncoding::Utf32Le, 4)
        );
        assert_eq!(
            TextEncoding::sniff(text.as_bytes()),
            (TextEncoding::Utf8, 0)
        );
        // Binary with NULs everywhere is not text.
        assert_eq!(TextEncoding::sniff(&[0u8; 64]), (TextEncoding::Utf8, 0));
    }

    #[test]
    fn round_trips_in_chunks_of_any_size() {
        let text = "naïve 😀 AKIA ключ 鍵";
        for enc in ALL {
            let bytes = encode_all(enc, text);
            for size in 1..=5 {
                let mut dec = Decoder::new(enc);
                let mut utf8 = Vec::new();
                for chunk in bytes.chunks(size) {
                    dec.decode(chunk, &mut utf8).unwrap();
                }
                dec.finish().unwrap();
                assert_eq!(std::str::from_utf8(&utf8).unwrap(), text, "{enc:?} {size}");
                let mut back = Vec::new();
                let mut encoder = Encoder::new(enc);
                for chunk in utf8.chunks(size) {
                    encoder.encode(chunk, &mut back).unwrap();
                }
                encoder.finish().unwrap();
                assert_eq!(back, bytes, "{enc:?} {size}");
            }
        }
    }

    #[test]
    fn malformed_input_is_an_error_with_its_offset() {
        let mut out = Vec::new();
        let lone_low = b"a\0\x00\xDCb\0";
        let err = Decoder::new(TextEncoding::Utf16Le)
            .decode(lone_low, &mut out)
            .unwrap_err();
        assert!(matches!(
            err.kind(),
            ErrorKind::InvalidEncoding { offset: 2, .. }
        ));
        let mut dec = Decoder::new(TextEncoding::Utf16Le);
        dec.decode(b"a\0\x3D\xD8", &mut out).unwrap();
        assert!(dec.finish().is_err(), "ends after a high surrogate");
        let beyond = 0x11_0000u32.to_le_bytes();
        assert!(
            Decoder::new(TextEncoding::Utf32Le)
                .decode(&beyond, &mut out)
                .is_err()
        );
    }
}
