//! The compression formats the CLI reads (recognised by magic bytes) and,
//! for `redact --output-dir`, writes back: gzip, zstd, bzip2 and xz.

use std::io::{self, Read, Write};

/// A compression format: undone on input, redone on `--output-dir` output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compression {
    /// gzip (`.gz`), read member after member.
    Gzip,
    /// Zstandard (`.zst`).
    Zstd,
    /// bzip2 (`.bz2`), read stream after stream.
    Bzip2,
    /// xz (`.xz`), read stream after stream.
    Xz,
}

impl Compression {
    /// The format whose magic bytes `head` starts with (gzip with its
    /// deflate method byte, bzip2 with its block-size digit, so text that
    /// happens to start with `BZh` stays text).
    pub fn sniff(head: &[u8]) -> Option<Compression> {
        let magics: [(&[u8], Compression); 3] = [
            (b"\x1F\x8B\x08", Compression::Gzip),
            (b"\x28\xB5\x2F\xFD", Compression::Zstd),
            (b"\xFD7zXZ\0", Compression::Xz),
        ];
        let bzip2 =
            head.starts_with(b"BZh") && head.get(3).is_some_and(|d| (b'1'..=b'9').contains(d));
        magics
            .iter()
            .find(|(m, _)| head.starts_with(m))
            .map(|&(_, c)| c)
            .or(bzip2.then_some(Compression::Bzip2))
    }

    /// The format a file name's extension names (`app.log.gz`: gzip).
    pub fn of_extension(name: &str) -> Option<Compression> {
        let (_, extension) = name.rsplit_once('.')?;
        match extension {
            "gz" => Some(Compression::Gzip),
            "zst" => Some(Compression::Zstd),
            "bz2" => Some(Compression::Bzip2),
            "xz" => Some(Compression::Xz),
            _ => None,
        }
    }

    /// `reader` decompressed (every member of a multi-member file).
    pub fn decoder<'a>(self, reader: impl Read + 'a) -> io::Result<Box<dyn Read + 'a>> {
        Ok(match self {
            Compression::Gzip => Box::new(flate2::read::MultiGzDecoder::new(reader)),
            Compression::Zstd => Box::new(zstd::stream::read::Decoder::new(reader)?),
            Compression::Bzip2 => Box::new(bzip2::read::MultiBzDecoder::new(reader)),
            Compression::Xz => Box::new(liblzma::read::XzDecoder::new_multi_decoder(reader)),
        })
    }
}

/// A writer that compresses in one format (or none) at each tool's
/// default level; [`Compressor::finish`] writes the format's trailer.
pub enum Compressor<W: Write> {
    /// Bytes written as they are.
    Plain(W),
    /// gzip, level 6.
    Gzip(flate2::write::GzEncoder<W>),
    /// Zstandard, level 3.
    Zstd(zstd::stream::write::Encoder<'static, W>),
    /// bzip2, level 9 (the `bzip2` tool's default).
    Bzip2(bzip2::write::BzEncoder<W>),
    /// xz, preset 6.
    Xz(liblzma::write::XzEncoder<W>),
}

impl<W: Write> Compressor<W> {
    /// A writer into `inner` compressing as `format` says (`None`: plain).
    pub fn new(inner: W, format: Option<Compression>) -> io::Result<Compressor<W>> {
        Ok(match format {
            None => Compressor::Plain(inner),
            Some(Compression::Gzip) => Compressor::Gzip(flate2::write::GzEncoder::new(
                inner,
                flate2::Compression::default(),
            )),
            Some(Compression::Zstd) => {
                Compressor::Zstd(zstd::stream::write::Encoder::new(inner, 3)?)
            }
            Some(Compression::Bzip2) => Compressor::Bzip2(bzip2::write::BzEncoder::new(
                inner,
                bzip2::Compression::best(),
            )),
            Some(Compression::Xz) => Compressor::Xz(liblzma::write::XzEncoder::new(inner, 6)),
        })
    }

    /// Ends the compressed stream and returns the inner writer (not flushed).
    pub fn finish(self) -> io::Result<W> {
        match self {
            Compressor::Plain(w) => Ok(w),
            Compressor::Gzip(e) => e.finish(),
            Compressor::Zstd(e) => e.finish(),
            Compressor::Bzip2(e) => e.finish(),
            Compressor::Xz(e) => e.finish(),
        }
    }

    fn writer(&mut self) -> &mut dyn Write {
        match self {
            Compressor::Plain(w) => w,
            Compressor::Gzip(e) => e,
            Compressor::Zstd(e) => e,
            Compressor::Bzip2(e) => e,
            Compressor::Xz(e) => e,
        }
    }
}

impl<W: Write> Write for Compressor<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.writer().write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer().flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_round_trips_through_its_encoder_and_is_sniffed() {
        let text = b"key=[AWS_ACCESS_KEY_ID]\n".repeat(100);
        for format in [
            Compression::Gzip,
            Compression::Zstd,
            Compression::Bzip2,
            Compression::Xz,
        ] {
            let mut c = Compressor::new(Vec::new(), Some(format)).unwrap();
            c.write_all(&text).unwrap();
            let bytes = c.finish().unwrap();
            assert_eq!(Compression::sniff(&bytes), Some(format));
            let mut back = Vec::new();
            format
                .decoder(&bytes[..])
                .unwrap()
                .read_to_end(&mut back)
                .unwrap();
            assert_eq!(back, text, "{format:?}");
        }
        assert_eq!(Compression::sniff(b"BZh? plain text"), None);
        assert_eq!(
            Compression::of_extension("a.log.zst"),
            Some(Compression::Zstd)
        );
        assert_eq!(Compression::of_extension("a.log"), None);
    }
}
