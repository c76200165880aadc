//! One input as chunks for the scanner. Compressed input (gzip, zstd,
//! bzip2, xz, recognised by magic bytes) is decompressed as it streams, so
//! `redact app.log.gz` redacts the log instead of finding nothing in the
//! compressed bytes; UTF-16/UTF-32 text (a byte-order mark, or the NUL
//! pattern of mostly-ASCII text) is decoded to UTF-8, so it is scanned
//! instead of passing through as "binary"; anything else is passed on as
//! it is. `redact` writes its output back in the text encoding the input
//! came in ([`Input::output`]); to standard output uncompressed, under
//! `--output-dir` in the input's compression ([`Input::compression`]).

use std::io::{self, Read};

use scrubline::text_encoding::{Decoder, Encoder, SNIFF_LEN, TextEncoding};

use crate::compression::Compression;
use crate::output::Failure;

/// An input being read in chunks.
pub struct Input<'a> {
    reader: Box<dyn Read + 'a>,
    name: String,
    buf: Vec<u8>,
    /// Bytes read while sniffing, not yet handed out.
    first: Vec<u8>,
    decoder: Decoder,
    /// How the input was compressed (`None`: it was not).
    pub compression: Option<Compression>,
    /// The input's text encoding (after decompression).
    pub encoding: TextEncoding,
    /// Its byte-order mark (empty when none).
    pub bom: Vec<u8>,
    /// UTF-8 (undecoded) input with a NUL byte in its first 8 KiB.
    pub looks_binary: bool,
}

impl<'a> Input<'a> {
    /// Reads the first chunk of `reader` and detects its compression and
    /// text encoding.
    pub fn open(mut raw: impl Read + 'a, name: &str, chunk: usize) -> Result<Input<'a>, Failure> {
        let mut buf = vec![0u8; chunk.max(SNIFF_LEN)];
        // Magic bytes are at most six long.
        let head = read_at_least(&mut raw, &mut buf, 6, name)?;
        let compression = Compression::sniff(&head);
        let whole = io::Cursor::new(head).chain(raw);
        let mut reader: Box<dyn Read + 'a> = match compression {
            Some(c) => c
                .decoder(whole)
                .map_err(|e| format!("cannot read {name}: {e}"))?,
            None => Box::new(whole),
        };
        // One read is enough to sniff; a byte-order mark needs four bytes.
        let mut first = read_at_least(&mut reader, &mut buf, 4, name)?;
        let (encoding, bom_len) = TextEncoding::sniff(&first);
        let bom = first.drain(..bom_len).collect();
        let looks_binary =
            encoding == TextEncoding::Utf8 && first[..first.len().min(8192)].contains(&0);
        Ok(Input {
            reader,
            name: name.to_string(),
            buf,
            first,
            decoder: Decoder::new(encoding),
            compression,
            encoding,
            bom,
            looks_binary,
        })
    }

    /// The next chunk as UTF-8 (as read, for UTF-8 input); `None` at the
    /// end, after checking that the input did not end inside a character.
    pub fn next_chunk(&mut self) -> Result<Option<Vec<u8>>, Failure> {
        let raw = if self.first.is_empty() {
            let n = read(&mut self.reader, &mut self.buf, &self.name)?;
            if n == 0 {
                self.decoder.finish().map_err(|e| self.failed(e))?;
                return Ok(None);
            }
            self.buf[..n].to_vec()
        } else {
            std::mem::take(&mut self.first)
        };
        let mut utf8 = Vec::with_capacity(raw.len());
        self.decoder
            .decode(&raw, &mut utf8)
            .map_err(|e| self.failed(e))?;
        Ok(Some(utf8))
    }

    /// An encoder for output in this input's encoding, and the
    /// byte-order mark to write first.
    pub fn output(&self) -> (Encoder, &[u8]) {
        (Encoder::new(self.encoding), &self.bom)
    }

    fn failed(&self, e: scrubline::Error) -> Failure {
        format!("cannot read {}: {e}", self.name).into()
    }
}

/// Reads until at least `min` bytes (or the end) have arrived.
fn read_at_least(
    reader: &mut impl Read,
    buf: &mut [u8],
    min: usize,
    name: &str,
) -> Result<Vec<u8>, Failure> {
    let mut got = Vec::new();
    loop {
        let n = read(reader, buf, name)?;
        got.extend_from_slice(&buf[..n]);
        if n == 0 || got.len() >= min {
            return Ok(got);
        }
    }
}

fn read(reader: &mut impl Read, buf: &mut [u8], name: &str) -> Result<usize, Failure> {
    loop {
        match reader.read(buf) {
            Ok(n) => return Ok(n),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(format!("cannot read {name}: {e}").into()),
        }
    }
}
