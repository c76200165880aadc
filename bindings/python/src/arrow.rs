//! Arrow string columns in, redacted Arrow string columns out, with no
//! Python object per row.
//!
//! The Python side (`Scrubber.redact_arrow`) hands over one array's
//! buffers as bytes (value offsets, UTF-8 data, validity bitmap: the Arrow
//! columnar format, little-endian as on every platform Arrow supports);
//! this module checks them, redacts the rows in parallel with the GIL
//! released (the core's `redact_batch`) and returns new buffers that
//! `pyarrow.Array.from_buffers` wraps without copying.

use scrubline::{ErrorKind, Scanner};

/// One Arrow `string` (32-bit offsets) or `large_string` (64-bit) array.
pub struct Utf8Column<'a> {
    /// `length + 1` offsets, already sliced to the array's own.
    pub offsets: &'a [u8],
    /// `true` for 64-bit offsets (`large_string`).
    pub large: bool,
    /// The data buffer the offsets point into.
    pub data: &'a [u8],
    /// The validity bitmap (bit set: valid), if the array has nulls.
    pub validity: Option<&'a [u8]>,
    /// The array's offset into `validity`, in bits.
    pub bit_offset: usize,
    /// Number of rows.
    pub length: usize,
}

/// Redacted buffers for the same number of rows.
pub struct Redacted {
    /// Offsets, as wide as the input's.
    pub offsets: Vec<u8>,
    pub data: Vec<u8>,
    /// Findings per row (`uint32`, 0 for a null row).
    pub counts: Vec<u8>,
    /// Validity bitmap, present when any row is null (in the input, or a
    /// row that failed and `nulls_on_error` was set).
    pub validity: Option<Vec<u8>>,
    pub null_count: usize,
    /// The first row that failed and why (`nulls_on_error` unset).
    pub failed: Option<(usize, scrubline::Error)>,
}

/// Malformed buffers: a caller error, never one about content.
#[derive(Debug)]
pub struct Malformed(pub String);

impl Utf8Column<'_> {
    fn offset(&self, i: usize) -> Result<usize, Malformed> {
        let width = if self.large { 8 } else { 4 };
        let bytes = self
            .offsets
            .get(i * width..(i + 1) * width)
            .ok_or_else(|| {
                Malformed(format!("offsets buffer too short for {} rows", self.length))
            })?;
        let value = if self.large {
            i64::from_le_bytes(bytes.try_into().expect("8 bytes"))
        } else {
            i64::from(i32::from_le_bytes(bytes.try_into().expect("4 bytes")))
        };
        usize::try_from(value).map_err(|_| Malformed(format!("negative offset at row {i}")))
    }

    fn is_valid(&self, i: usize) -> bool {
        self.validity.is_none_or(|bits| {
            let bit = self.bit_offset + i;
            bits.get(bit / 8).is_some_and(|b| b & (1 << (bit % 8)) != 0)
        })
    }

    /// Each row's text, `None` for a null; `Err` for a row that is not UTF-8.
    fn rows(&self) -> Result<Vec<Option<Result<&str, scrubline::Error>>>, Malformed> {
        let mut rows = Vec::with_capacity(self.length);
        let mut start = self.offset(0)?;
        for i in 0..self.length {
            let end = self.offset(i + 1)?;
            let bytes = self.data.get(start..end).ok_or_else(|| {
                Malformed(format!("row {i}'s offsets lie outside the data buffer"))
            })?;
            rows.push(self.is_valid(i).then(|| {
                std::str::from_utf8(bytes).map_err(|e| {
                    ErrorKind::InvalidUtf8 {
                        valid_up_to: e.valid_up_to(),
                    }
                    .into()
                })
            }));
            start = end;
        }
        Ok(rows)
    }

    /// Redacts every non-null row (in parallel; call without the GIL).
    pub fn redact(&self, scanner: &Scanner, nulls_on_error: bool) -> Result<Redacted, Malformed> {
        let rows = self.rows()?;
        let texts: Vec<&str> = rows
            .iter()
            .filter_map(|r| r.as_ref().and_then(|r| r.as_ref().ok().copied()))
            .collect();
        let mut results = scanner.redact_batch(&texts).into_iter();
        let mut out = Redacted {
            offsets: Vec::with_capacity(self.offsets.len()),
            data: Vec::with_capacity(self.data.len()),
            counts: Vec::with_capacity(4 * self.length),
            validity: None,
            null_count: 0,
            failed: None,
        };
        let mut valid = vec![true; self.length];
        push_offset(&mut out.offsets, 0, self.large)?;
        for (i, row) in rows.into_iter().enumerate() {
            let result = match row {
                None => None,
                Some(Err(e)) => Some(Err(e)),
                Some(Ok(_)) => Some(results.next().expect("one result per text")),
            };
            let count = match result {
                None => {
                    valid[i] = false;
                    0
                }
                Some(Ok(r)) => {
                    out.data.extend_from_slice(r.text.as_bytes());
                    u32::try_from(r.findings.len()).unwrap_or(u32::MAX)
                }
                Some(Err(e)) => {
                    if !nulls_on_error {
                        out.failed = Some((i, e));
                        return Ok(out);
                    }
                    valid[i] = false;
                    0
                }
            };
            out.counts.extend_from_slice(&count.to_le_bytes());
            push_offset(&mut out.offsets, out.data.len(), self.large)?;
        }
        out.null_count = valid.iter().filter(|v| !**v).count();
        if out.null_count > 0 {
            let mut bits = vec![0u8; self.length.div_ceil(8)];
            for (i, _) in valid.iter().enumerate().filter(|(_, v)| **v) {
                bits[i / 8] |= 1 << (i % 8);
            }
            out.validity = Some(bits);
        }
        Ok(out)
    }
}

fn push_offset(offsets: &mut Vec<u8>, at: usize, large: bool) -> Result<(), Malformed> {
    if large {
        offsets.extend_from_slice(&(at as i64).to_le_bytes());
    } else {
        let at = i32::try_from(at).map_err(|_| {
            Malformed(
                "redacted column exceeds 2 GiB, the limit of Arrow `string`; \
                 cast it to `large_string` first"
                    .into(),
            )
        })?;
        offsets.extend_from_slice(&at.to_le_bytes());
    }
    Ok(())
}
