//! Finding the next byte of a class fast, for the pre-passes that skip
//! ordinary text (de-obfuscation, the keyword-less rules' run windows).

/// Bytes tested at once: a block without a class byte costs one
/// comparison-and-fold that the compiler vectorizes.
const BLOCK: usize = 32;

/// Bytes tested one by one first.
const NEAR: usize = 8;

/// Offset of the first byte of `hay[from..]` for which `class` holds.
/// `class` should be comparisons (not a table lookup) so blocks vectorize.
#[inline(always)]
pub(crate) fn find_byte(
    hay: &[u8],
    from: usize,
    class: impl Fn(u8) -> bool + Copy,
) -> Option<usize> {
    let rest = hay.get(from..)?;
    // In dense text the next class byte is near: look at the first bytes
    // one by one before testing whole blocks.
    let near = rest.len().min(NEAR);
    if let Some(i) = rest[..near].iter().position(|&b| class(b)) {
        return Some(from + i);
    }
    let rest = &rest[near..];
    let mut blocks = rest.chunks_exact(BLOCK);
    let mut offset = from + near;
    for block in &mut blocks {
        // `fold`, not `any`: no early exit, so the block test vectorizes.
        if block.iter().fold(false, |seen, &b| seen | class(b)) {
            return block.iter().position(|&b| class(b)).map(|i| offset + i);
        }
        offset += BLOCK;
    }
    let tail = blocks.remainder();
    tail.iter().position(|&b| class(b)).map(|i| offset + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_class_byte_in_blocks_and_tail() {
        let digit = |b: u8| b.is_ascii_digit();
        for at in [0usize, 1, 31, 32, 33, 63, 64, 95, 100] {
            let mut hay = vec![b'x'; 101];
            hay[at] = b'7';
            assert_eq!(find_byte(&hay, 0, digit), Some(at), "digit at {at}");
            assert_eq!(find_byte(&hay, at, digit), Some(at));
            assert_eq!(find_byte(&hay, at + 1, digit), None);
        }
        assert_eq!(find_byte(b"12", 5, digit), None);
        assert_eq!(find_byte(b"", 0, digit), None);
    }
}
