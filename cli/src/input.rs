//! One input as chunks for the scanner: UTF-16/UTF-32 text (a byte-order
//! mark, or the NUL pattern of mostly-ASCII text) is decoded to UTF-8, so
//! it is scanned instead of passing through as "binary"; anything else is
//! passed on as it is. `redact` writes its output back in the encoding the
//! input came in ([`Input::output`]).

use std::io::{self, Read};

use scrubline::text_encoding::{Decoder, Encoder, SNIFF_LEN, TextEncoding};

use crate::output::Failure;

/// An input being read in chunks.
pub struct Input<R> {
    reader: R,
    name: String,
    buf: Vec<u8>,
    /// Bytes read while sniffing, not yet handed out.
    first: Vec<u8>,
    decoder: Decoder,
    /// The input's encoding.
    pub encoding: TextEncoding,
    /// Its byte-order mark (empty when none).
    pub bom: Vec<u8>,
    /// UTF-8 (undecoded) input with a NUL byte in its first 8 KiB.
    pub looks_binary: bool,
}

impl<R: Read> Input<R> {
    /// Reads the first chunk of `reader` and detects its encoding.
    pub fn open(mut reader: R, name: &str, chunk: usize) -> Result<Input<R>, Failure> {
        let mut buf = vec![0u8; chunk.max(SNIFF_LEN)];
        let mut first = Vec::new();
        // One read is enough to sniff; a byte-order mark needs four bytes.
        loop {
            let n = read(&mut reader, &mut buf, name)?;
            first.extend_from_slice(&buf[..n]);
            if n == 0 || first.len() >= 4 {
                break;
            }
        }
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

fn read(reader: &mut impl Read, buf: &mut [u8], name: &str) -> Result<usize, Failure> {
    loop {
        match reader.read(buf) {
            Ok(n) => return Ok(n),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(format!("cannot read {name}: {e}").into()),
        }
    }
}
