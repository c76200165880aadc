"""Tokenizer and input features of the PII tagger.

This is the reference implementation: `core/src/classifier/features.rs`
must produce exactly the same tokens and ids (a parity test compares both
through the model's logits). Keep the two in step and bump
`FEATURES_VERSION` on any change.

- Tokens: maximal runs of word characters (`str.isalnum()` or `_`, with
  single inner apostrophes: `don't`, `O'Brien`), or single other
  non-space characters. Offsets are Python `str` indices.
- Word id: FNV-1a 64-bit over the lower-cased token's UTF-8, seeded, mod
  `WORD_BUCKETS`.
- Shape id: case and character-class pattern of the token (see `shape`).
- Byte ids: the token's first `MAX_BYTES` UTF-8 bytes, each + 1 (0 pads).
"""

FEATURES_VERSION = 1
WORD_BUCKETS = 65536
HASH_SEED = 0x5C2B_11E5
MAX_BYTES = 16
# Longest sequence one model call sees; longer texts go in overlapping windows.
WINDOW_TOKENS = 256
WINDOW_OVERLAP = 32

LABELS = [
    "O",
    "B-PERSON", "I-PERSON",
    "B-LOCATION", "I-LOCATION",
    "B-ORGANIZATION", "I-ORGANIZATION",
    "B-STREET_ADDRESS", "I-STREET_ADDRESS",
    "B-DATE_OF_BIRTH", "I-DATE_OF_BIRTH",
]
ENTITIES = ["PERSON", "LOCATION", "ORGANIZATION", "STREET_ADDRESS", "DATE_OF_BIRTH"]

SHAPES = [
    "pad", "lower", "upper", "title", "mixed", "digits", "alnum",
    "punct", "other_word", "url_or_at", "apostrophe",
]

_FNV_OFFSET = 0xCBF29CE484222325
_FNV_PRIME = 0x100000001B3
_MASK = (1 << 64) - 1


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def tokenize(text: str) -> list[tuple[int, int]]:
    """(start, end) `str` indices of every token."""
    spans = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if _is_word(ch):
            j = i + 1
            while j < n:
                if _is_word(text[j]):
                    j += 1
                elif text[j] in "'\u2019" and j + 1 < n and _is_word(text[j + 1]):
                    j += 2
                else:
                    break
            spans.append((i, j))
            i = j
        else:
            spans.append((i, i + 1))
            i += 1
    return spans


def word_id(token: str) -> int:
    h = (_FNV_OFFSET ^ HASH_SEED) & _MASK
    for b in token.lower().encode("utf-8"):
        h ^= b
        h = (h * _FNV_PRIME) & _MASK
    return h % WORD_BUCKETS


def shape(token: str) -> int:
    if not _is_word(token[0]):
        return SHAPES.index("url_or_at") if token in "@#" else SHAPES.index("punct")
    if "'" in token or "\u2019" in token:
        return SHAPES.index("apostrophe")
    letters = [c for c in token if c.isalpha()]
    digits = any("0" <= c <= "9" for c in token)
    if not letters:
        return SHAPES.index("digits") if digits else SHAPES.index("other_word")
    if digits:
        return SHAPES.index("alnum")
    if all(c.islower() for c in letters):
        return SHAPES.index("lower")
    if all(c.isupper() for c in letters):
        return SHAPES.index("upper")
    if letters[0].isupper() and all(c.islower() for c in letters[1:]):
        return SHAPES.index("title")
    return SHAPES.index("mixed")


def byte_ids(token: str) -> list[int]:
    raw = token.encode("utf-8")[:MAX_BYTES]
    return [b + 1 for b in raw] + [0] * (MAX_BYTES - len(raw))


def features(tokens: list[str]):
    """(word_ids, shape_ids, byte_ids) lists for one sequence."""
    return (
        [word_id(t) for t in tokens],
        [shape(t) for t in tokens],
        [byte_ids(t) for t in tokens],
    )
