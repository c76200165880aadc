//! Long secret values run on to the end of their token.
//!
//! Every rule's match length is bounded (that bound makes chunked scanning
//! exact), so a value longer than its rule reads (`api_key=` and 6,000
//! characters of base64, a 9 KB SAML response, a long Bearer token) was
//! redacted only up to the bound, and the rest of it was left in the
//! output. A secret's value of [`MIN_CUT`] bytes or more that stops inside
//! a run of token bytes (base64, base64url, percent-encoding, JWT dots)
//! was cut by that bound: its detection runs on over the rest of the run,
//! up to [`MAX_RUN`] bytes from the value's start. The run's end decides,
//! so a stream and a one-shot call give the same span (a pass that cannot
//! yet see the run's end waits for more text, up to [`MAX_RUN`]).

/// Shortest value taken for cut: no rule cuts a value shorter than 256
/// bytes, and a shorter value followed by a glued token byte is the
/// pattern's own boundary choice.
pub(crate) const MIN_CUT: usize = 256;

/// Longest value a run-on detection covers, from the value's start: also
/// what a stream holds back at most while a run goes on.
pub(crate) const MAX_RUN: usize = 64 << 10;

/// Bytes of base64, base64url, percent-encoding and JWT-style tokens.
fn token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=' | b'_' | b'-' | b'.' | b'%' | b'~')
}

/// Where the value `hay[start..end]` of a secret ends once run on over the
/// rest of its token: `Some(end)` when it was not cut; `None` when its run
/// reaches the end of `hay`, shorter than [`MAX_RUN`], and more text may
/// follow (`!is_final`): the caller waits for more.
pub(crate) fn run_on(hay: &[u8], start: usize, end: usize, is_final: bool) -> Option<usize> {
    let cut = end - start >= MIN_CUT
        && end < hay.len()
        && token_byte(hay[end - 1])
        && token_byte(hay[end]);
    if !cut {
        return Some(end);
    }
    let limit = hay.len().min(start + MAX_RUN);
    let run_end = hay[end..limit]
        .iter()
        .position(|&b| !token_byte(b))
        .map_or(limit, |i| end + i);
    if run_end == hay.len() && !is_final && run_end < start + MAX_RUN {
        return None;
    }
    Some(run_end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_values_and_delimited_values_keep_their_end() {
        let hay = b"key=abcdef ghij";
        assert_eq!(run_on(hay, 4, 10, true), Some(10));
        let long = [b"k=".as_slice(), &[b'a'; 300], b" tail"].concat();
        assert_eq!(run_on(&long, 2, 302, false), Some(302));
    }

    #[test]
    fn a_cut_value_runs_to_the_end_of_its_token() {
        let hay = [b"k=".as_slice(), &[b'Q'; 5000], b"\" rest"].concat();
        assert_eq!(run_on(&hay, 2, 4098, true), Some(5002));
        assert_eq!(run_on(&hay, 2, 4098, false), Some(5002));
    }

    #[test]
    fn a_run_reaching_the_visible_end_waits_unless_final_or_capped() {
        let hay = [b"k=".as_slice(), &[b'Q'; 5000]].concat();
        assert_eq!(run_on(&hay, 2, 4098, false), None);
        assert_eq!(run_on(&hay, 2, 4098, true), Some(5002));
        let endless = [b"k=".as_slice(), &[b'Q'; MAX_RUN + 100]].concat();
        assert_eq!(run_on(&endless, 2, 4098, false), Some(2 + MAX_RUN));
    }
}
