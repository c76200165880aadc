//! Reversible pseudonyms for one conversation: values out, numbered tokens
//! in, values back into the model's answer.
//!
//! [`Scanner::redact_to_vault`](crate::Scanner::redact_to_vault) replaces
//! each finding with a typed, numbered token (`[PERSON_1]`,
//! `[EMAIL_ADDRESS_2]`); the same value gets the same token for the
//! vault's life. [`Vault::restore`] puts the values back into text the
//! model wrote, tolerating what models do to tokens: changed case
//! (`[person_1]`), dropped brackets (`PERSON_1`), spaces inside them
//! (`[ PERSON_1 ]`); [`Vault::restorer`] does the same over a streamed
//! answer, holding back at most one token's length.
//!
//! Text in the input that already reads as a token (`[EMAIL_ADDRESS_1]`
//! typed by a user, or pasted from an earlier answer) is never restored to
//! a value it was not: its number is reserved, and the vault numbers new
//! values past it.
//!
//! Values stay in memory; [`Vault::seal`] serialises them encrypted
//! (XChaCha20-Poly1305 under a caller's 32-byte key, random 24-byte nonce)
//! for conversations that span requests, and [`Vault::open`] reads them
//! back. `Debug` shows counts, never values. A vault is `Send + Sync` and
//! cheap to clone (shared).

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use chacha20poly1305::XChaCha20Poly1305;
use chacha20poly1305::aead::{Aead, KeyInit};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// How tokens are written: `prefix`, the entity, `separator`, the number,
/// `suffix`. The default writes `[PERSON_1]`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TokenFormat {
    /// Text before the entity (default `[`).
    pub prefix: String,
    /// Text between the entity and the number (default `_`).
    pub separator: String,
    /// Text after the number (default `]`).
    pub suffix: String,
}

impl Default for TokenFormat {
    fn default() -> TokenFormat {
        TokenFormat {
            prefix: "[".into(),
            separator: "_".into(),
            suffix: "]".into(),
        }
    }
}

impl TokenFormat {
    fn check(&self) -> Result<()> {
        let plain = |s: &str| !s.is_empty() && !s.chars().any(|c| c.is_alphanumeric());
        if !plain(&self.separator) {
            return Err(Error::config(
                "vault token separator must be non-empty punctuation or space",
            ));
        }
        if self
            .prefix
            .chars()
            .chain(self.suffix.chars())
            .any(char::is_alphanumeric)
        {
            return Err(Error::config(
                "vault token prefix and suffix must not contain letters or digits",
            ));
        }
        Ok(())
    }
}

/// A value's token: entity and number.
#[derive(Clone, Serialize, Deserialize)]
struct Entry {
    entity: String,
    number: u32,
    value: Vec<u8>,
}

/// What a sealed vault holds.
#[derive(Serialize, Deserialize)]
struct Sealed {
    format: TokenFormat,
    entries: Vec<Entry>,
    /// Numbers never given: token-like text seen in inputs (upper-case entity).
    #[serde(default)]
    reserved: Vec<(String, u32)>,
}

#[derive(Default)]
struct State {
    entries: Vec<Entry>,
    /// (entity, value) -> entry.
    index: HashMap<(String, Vec<u8>), usize>,
    /// Last number given per upper-case entity.
    numbers: HashMap<String, u32>,
    /// Token cores (`PERSON_1`) for restoring, built for `entries.len()` entries.
    matcher: Option<(usize, Arc<AhoCorasick>)>,
    /// (upper-case entity, number) that inputs already held as literal text.
    reserved: HashSet<(String, u32)>,
}

/// Numbers above this in token-like text are not reserved (and never given).
const MAX_RESERVED: u32 = 1_000_000;

/// A reversible value ↔ token mapping for one conversation (see the module docs).
///
/// ```
/// use scrubline::{CallOptions, Scanner, Vault};
///
/// let scanner = Scanner::default_rules()?;
/// let vault = Vault::new();
/// let sent = scanner.redact_to_vault("mail bob@example.com, cc bob@example.com", &CallOptions::default(), &vault)?;
/// assert_eq!(sent.text, "mail [EMAIL_ADDRESS_1], cc [EMAIL_ADDRESS_1]");
/// // What the model answers, with the token mangled a little:
/// assert_eq!(vault.restore("I wrote to email_address_1."), "I wrote to bob@example.com.");
/// # Ok::<(), scrubline::Error>(())
/// ```
#[derive(Clone)]
pub struct Vault {
    state: Arc<Mutex<State>>,
    format: Arc<TokenFormat>,
    /// Token-like text in this format: entity, separator, number.
    literal: Arc<regex::bytes::Regex>,
}

impl Default for Vault {
    fn default() -> Vault {
        Vault::new()
    }
}

impl fmt::Debug for Vault {
    /// Counts only: a vault holds the values it replaced.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Vault")
            .field("values", &self.len())
            .field("format", &*self.format)
            .finish()
    }
}

/// First bytes of a sealed vault: format name and version.
const MAGIC: &[u8; 4] = b"SLV1";
/// XChaCha20-Poly1305 nonce length.
const NONCE_LEN: usize = 24;

impl Vault {
    /// An empty vault writing `[ENTITY_N]` tokens.
    pub fn new() -> Vault {
        Vault::from_parts(State::default(), TokenFormat::default())
    }

    fn from_parts(state: State, format: TokenFormat) -> Vault {
        let pattern = format!(
            "(?-u:([A-Za-z][A-Za-z0-9_]*){}([0-9]{{1,7}}))",
            regex::escape(&format.separator)
        );
        Vault {
            state: Arc::new(Mutex::new(state)),
            format: Arc::new(format),
            literal: Arc::new(
                regex::bytes::Regex::new(&pattern).expect("an escaped separator is a valid regex"),
            ),
        }
    }

    /// Reserves the numbers of token-like text in `input` (`[PERSON_1]`
    /// typed by a user), so that no value gets a token the input already
    /// held and [`restore`](Self::restore) does not turn that text into one.
    pub(crate) fn reserve_literals(&self, input: &[u8]) {
        let mut found = self.literal.captures_iter(input).peekable();
        if found.peek().is_none() {
            return;
        }
        let mut st = self.lock();
        for c in found {
            let number = std::str::from_utf8(&c[2]).ok().and_then(|n| n.parse().ok());
            if let Some(number) = number.filter(|&n| n > 0 && n <= MAX_RESERVED) {
                let entity = String::from_utf8_lossy(&c[1]).to_ascii_uppercase();
                st.reserved.insert((entity, number));
            }
        }
    }

    /// An empty vault writing tokens in `format`; a [`Config`](crate::ErrorKind::Config)
    /// error if the separator is empty or the parts hold letters or digits
    /// (tokens must stand out from text to be found again).
    pub fn with_format(format: TokenFormat) -> Result<Vault> {
        format.check()?;
        Ok(Vault::from_parts(State::default(), format))
    }

    /// The token format.
    pub fn format(&self) -> &TokenFormat {
        &self.format
    }

    /// How many values the vault holds.
    pub fn len(&self) -> usize {
        self.lock().entries.len()
    }

    /// Whether the vault holds no value.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn core(&self, e: &Entry) -> String {
        format!("{}{}{}", e.entity, self.format.separator, e.number)
    }

    fn write(&self, e: &Entry, out: &mut Vec<u8>) {
        out.extend_from_slice(self.format.prefix.as_bytes());
        out.extend_from_slice(self.core(e).as_bytes());
        out.extend_from_slice(self.format.suffix.as_bytes());
    }

    /// Appends `value`'s token for `entity` to `out`, numbering a new value.
    pub(crate) fn push_token(&self, entity: &str, value: &[u8], out: &mut Vec<u8>) {
        let mut st = self.lock();
        let key = (entity.to_string(), value.to_vec());
        let i = match st.index.get(&key) {
            Some(&i) => i,
            None => {
                // Numbered per entity ignoring case, so `person` and
                // `PERSON` never write tokens that restore alike.
                let upper = entity.to_ascii_uppercase();
                let mut number = st.numbers.get(&upper).copied().unwrap_or(0) + 1;
                while st.reserved.contains(&(upper.clone(), number)) {
                    number += 1;
                }
                st.numbers.insert(upper, number);
                let entry = Entry {
                    entity: entity.to_string(),
                    number,
                    value: value.to_vec(),
                };
                st.entries.push(entry);
                let i = st.entries.len() - 1;
                st.index.insert(key, i);
                i
            }
        };
        let entry = st.entries[i].clone();
        drop(st);
        self.write(&entry, out);
    }

    /// The token of `value` as `entity`, numbering it if new.
    pub fn token(&self, entity: &str, value: &str) -> String {
        let mut out = Vec::new();
        self.push_token(entity, value.as_bytes(), &mut out);
        String::from_utf8(out).expect("tokens are UTF-8")
    }

    /// Entries and the matcher of their token cores, as of now.
    fn snapshot(&self) -> (Vec<Entry>, Option<Arc<AhoCorasick>>) {
        let mut st = self.lock();
        if st.entries.is_empty() {
            return (Vec::new(), None);
        }
        let n = st.entries.len();
        let matcher = match &st.matcher {
            Some((built, m)) if *built == n => m.clone(),
            _ => {
                let cores: Vec<String> = st.entries.iter().map(|e| self.core(e)).collect();
                let m = Arc::new(
                    AhoCorasickBuilder::new()
                        .ascii_case_insensitive(true)
                        .match_kind(MatchKind::LeftmostLongest)
                        .build(&cores)
                        .expect("token cores are short literals"),
                );
                st.matcher = Some((n, m.clone()));
                m
            }
        };
        (st.entries.clone(), Some(matcher))
    }

    /// `text` with every token of this vault replaced by its value.
    pub fn restore(&self, text: &str) -> String {
        let out = self.restore_bytes(text.as_bytes());
        // Values are whole UTF-8 characters when they came from text.
        String::from_utf8(out)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }

    /// [`restore`](Self::restore) for bytes.
    pub fn restore_bytes(&self, text: &[u8]) -> Vec<u8> {
        let (entries, matcher) = self.snapshot();
        let mut out = Vec::with_capacity(text.len());
        let done = self.restore_into(
            text,
            None,
            text.len(),
            true,
            &entries,
            matcher.as_deref(),
            &mut out,
        );
        out.extend_from_slice(&text[done..]);
        out
    }

    /// Restores tokens that start before `upto` (all of them when `last`),
    /// appending to `out`; returns how far `text` was consumed. `before` is
    /// the character just before `text` (a stream's last released one).
    #[allow(clippy::too_many_arguments)]
    fn restore_into(
        &self,
        text: &[u8],
        before: Option<char>,
        upto: usize,
        last: bool,
        entries: &[Entry],
        matcher: Option<&AhoCorasick>,
        out: &mut Vec<u8>,
    ) -> usize {
        let Some(matcher) = matcher else {
            let end = if last { text.len() } else { upto };
            out.extend_from_slice(&text[..end]);
            return end;
        };
        let mut at = 0;
        for m in matcher.find_iter(text) {
            if m.start() >= upto && !last {
                break;
            }
            let (start, end) = (m.start(), m.end());
            if !stands_alone(text, before, start, end) {
                continue;
            }
            let (from, to) = self.widen(text, at, start, end);
            out.extend_from_slice(&text[at..from]);
            out.extend_from_slice(&entries[m.pattern().as_usize()].value);
            at = to;
        }
        // Hold back what could be the prefix of a token whose core starts
        // at or after `upto`: it is restored with its core next time.
        let end = match last {
            true => text.len(),
            false => upto.saturating_sub(self.format.prefix.len() + 2).max(at),
        };
        let mut end = end;
        while end > at && end < text.len() && (text[end] as i8) < -0x40 {
            end -= 1;
        }
        out.extend_from_slice(&text[at..end]);
        end
    }

    /// The token core `[start, end)` widened over the format's prefix and
    /// suffix when they surround it (spaces inside them allowed), never
    /// back past `at` (text already consumed, such as the previous token's
    /// suffix when prefix and suffix are the same character).
    fn widen(&self, text: &[u8], at: usize, start: usize, end: usize) -> (usize, usize) {
        let (prefix, suffix) = (self.format.prefix.as_bytes(), self.format.suffix.as_bytes());
        if prefix.is_empty() && suffix.is_empty() {
            return (start, end);
        }
        let mut from = start;
        while from > at && text[from - 1] == b' ' && start - from < 2 {
            from -= 1;
        }
        let mut to = end;
        while to < text.len() && text[to] == b' ' && to - end < 2 {
            to += 1;
        }
        let has_prefix = !prefix.is_empty() && text[at..from].ends_with(prefix);
        let has_suffix = !suffix.is_empty() && text[to..].starts_with(suffix);
        match (has_prefix, has_suffix) {
            (true, true) => (from - prefix.len(), to + suffix.len()),
            (true, false) if suffix.is_empty() => (from - prefix.len(), end),
            (false, true) if prefix.is_empty() => (start, to + suffix.len()),
            (true, false) => (from - prefix.len(), end),
            (false, true) => (start, to + suffix.len()),
            (false, false) => (start, end),
        }
    }

    /// The longest token this vault writes, in bytes.
    fn longest_token(&self) -> usize {
        let st = self.lock();
        st.entries
            .iter()
            .map(|e| e.entity.len() + 10)
            .max()
            .unwrap_or(0)
            + self.format.prefix.len()
            + self.format.separator.len()
            + self.format.suffix.len()
            + 4
    }

    /// A streaming restorer for a model's streamed answer (see [`VaultRestorer`]).
    pub fn restorer(&self) -> VaultRestorer {
        VaultRestorer {
            vault: self.clone(),
            buf: Vec::new(),
            before: None,
        }
    }

    /// The vault encrypted under `key` (32 bytes) with a random nonce:
    /// `SLV1`, the 24-byte nonce, then XChaCha20-Poly1305 ciphertext of the
    /// format and values. Not on WASM: use
    /// [`seal_with_nonce`](Self::seal_with_nonce) with the page's
    /// `crypto.getRandomValues`.
    #[cfg(not(target_family = "wasm"))]
    pub fn seal(&self, key: &[u8]) -> Result<Vec<u8>> {
        let mut nonce = [0u8; NONCE_LEN];
        getrandom::fill(&mut nonce)
            .map_err(|_| Error::config("no random source for the vault nonce"))?;
        self.seal_with_nonce(key, nonce)
    }

    /// [`seal`](Self::seal) with a caller's nonce, which must be random
    /// and never reused under one key.
    pub fn seal_with_nonce(&self, key: &[u8], nonce: [u8; NONCE_LEN]) -> Result<Vec<u8>> {
        let cipher = cipher(key)?;
        let st = self.lock();
        let mut reserved: Vec<(String, u32)> = st.reserved.iter().cloned().collect();
        reserved.sort();
        let sealed = Sealed {
            format: (*self.format).clone(),
            entries: st.entries.clone(),
            reserved,
        };
        drop(st);
        let plain = serde_json::to_vec(&sealed).expect("a vault serializes");
        let body = cipher
            .encrypt(&nonce.into(), plain.as_slice())
            .map_err(|_| Error::config("the vault could not be encrypted"))?;
        let mut out = Vec::with_capacity(MAGIC.len() + NONCE_LEN + body.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&body);
        Ok(out)
    }

    /// Opens a vault sealed under `key`. A wrong key, a changed byte or a
    /// truncated file is a [`Config`](crate::ErrorKind::Config) error that
    /// says so, never partial data.
    pub fn open(sealed: &[u8], key: &[u8]) -> Result<Vault> {
        let cipher = cipher(key)?;
        if sealed.len() < MAGIC.len() + NONCE_LEN || &sealed[..MAGIC.len()] != MAGIC {
            return Err(Error::config("not a sealed scrubline vault"));
        }
        let (nonce, body) = sealed[MAGIC.len()..].split_at(NONCE_LEN);
        let nonce: [u8; NONCE_LEN] = nonce.try_into().expect("split at the nonce length");
        let plain = cipher.decrypt(&nonce.into(), body).map_err(|_| {
            Error::config("the sealed vault does not open with this key, or was changed")
        })?;
        let sealed: Sealed = serde_json::from_slice(&plain)
            .map_err(|_| Error::config("the sealed vault's contents are malformed"))?;
        sealed.format.check()?;
        let mut st = State::default();
        let malformed = || Error::config("the sealed vault's contents are malformed");
        for (entity, number) in sealed.reserved {
            if number == 0 || number > MAX_RESERVED || entity != entity.to_ascii_uppercase() {
                return Err(malformed());
            }
            st.reserved.insert((entity, number));
        }
        for e in sealed.entries {
            // Each entity's numbers run 1, 2, 3, ... in order, skipping only
            // reserved numbers, and no value appears twice, as `push_token`
            // writes them; anything else (a crafted blob under a leaked key)
            // is refused rather than giving two values one token.
            let upper = e.entity.to_ascii_uppercase();
            let mut next = st.numbers.get(&upper).copied().unwrap_or(0) + 1;
            while st.reserved.contains(&(upper.clone(), next)) {
                next += 1;
            }
            if e.number != next {
                return Err(malformed());
            }
            st.numbers.insert(upper, next);
            let key = (e.entity.clone(), e.value.clone());
            if st.index.insert(key, st.entries.len()).is_some() {
                return Err(malformed());
            }
            st.entries.push(e);
        }
        Ok(Vault::from_parts(st, sealed.format))
    }
}

fn cipher(key: &[u8]) -> Result<XChaCha20Poly1305> {
    XChaCha20Poly1305::new_from_slice(key)
        .map_err(|_| Error::config("the vault key must be 32 bytes"))
}

/// Restores a streamed answer chunk by chunk. A token split across
/// chunks is still restored: each [`feed`](Self::feed) releases text up to
/// one token's length before the end of what it has seen, so the hold-back
/// is bounded by the longest token. Output is whole UTF-8 characters.
pub struct VaultRestorer {
    vault: Vault,
    buf: Vec<u8>,
    /// The last character released (context for a token at the buffer's start).
    before: Option<char>,
}

impl fmt::Debug for VaultRestorer {
    /// Sizes only: the held text is model output, which may hold values.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VaultRestorer")
            .field("vault", &self.vault)
            .field("held_bytes", &self.buf.len())
            .finish()
    }
}

impl VaultRestorer {
    /// Bytes received but not yet released.
    pub fn held_back(&self) -> usize {
        self.buf.len()
    }

    /// Adds a chunk; returns the restored text that is now final.
    pub fn feed(&mut self, chunk: &str) -> String {
        self.buf.extend_from_slice(chunk.as_bytes());
        let hold = self.vault.longest_token();
        let mut upto = self.buf.len().saturating_sub(hold);
        while upto > 0 && !self.buf.is_char_boundary_at(upto) {
            upto -= 1;
        }
        self.release(upto, false)
    }

    /// Ends the stream; returns the rest.
    pub fn finish(&mut self) -> String {
        self.release(self.buf.len(), true)
    }

    fn release(&mut self, upto: usize, last: bool) -> String {
        let (entries, matcher) = self.vault.snapshot();
        let mut out = Vec::new();
        let done = self.vault.restore_into(
            &self.buf,
            self.before,
            upto,
            last,
            &entries,
            matcher.as_deref(),
            &mut out,
        );
        if done > 0 {
            self.before = char_before(&self.buf, done, self.before);
        }
        self.buf.drain(..done);
        String::from_utf8(out)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }
}

/// Whether a token core at `[start, end)` of `text` stands alone: no
/// letter, digit or `_` touches it (so `PASSWORD_1` is not restored inside
/// `WORDPRESS_APP_PASSWORD_1`, `PASSWORD_12` or `MY_PASSWORD_1`), and it
/// is not the integer part of a number (`PASSWORD_1.5`, `PASSWORD_1,000`).
fn stands_alone(text: &[u8], before: Option<char>, start: usize, end: usize) -> bool {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    if char_before(text, start, before).is_some_and(word) {
        return false;
    }
    match char_at(text, end) {
        Some(c) if word(c) => false,
        Some('.' | ',') => !char_at(text, end + 1).is_some_and(|c| c.is_ascii_digit()),
        _ => true,
    }
}

/// The character that ends at byte `i` of UTF-8 `text` (`before` at 0).
fn char_before(text: &[u8], i: usize, before: Option<char>) -> Option<char> {
    if i == 0 {
        return before;
    }
    let lead = (i.saturating_sub(4)..i)
        .rev()
        .find(|&j| (text[j] as i8) >= -0x40)?;
    std::str::from_utf8(&text[lead..i]).ok()?.chars().next()
}

/// The character that starts at byte `i` of UTF-8 `text`.
fn char_at(text: &[u8], i: usize) -> Option<char> {
    let width = match *text.get(i)? {
        b if b < 0x80 => 1,
        b if b >= 0xF0 => 4,
        b if b >= 0xE0 => 3,
        b if b >= 0xC0 => 2,
        _ => return None,
    };
    std::str::from_utf8(text.get(i..i + width)?)
        .ok()?
        .chars()
        .next()
}

/// Char boundaries of UTF-8 held as bytes.
trait CharBoundary {
    fn is_char_boundary_at(&self, i: usize) -> bool;
}

impl CharBoundary for Vec<u8> {
    fn is_char_boundary_at(&self, i: usize) -> bool {
        i >= self.len() || (self[i] as i8) >= -0x40
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vault() -> Vault {
        let v = Vault::new();
        assert_eq!(v.token("PERSON", "Maria"), "[PERSON_1]");
        assert_eq!(v.token("PERSON", "Raghunathan"), "[PERSON_2]");
        assert_eq!(v.token("EMAIL_ADDRESS", "m@x.io"), "[EMAIL_ADDRESS_1]");
        assert_eq!(v.token("PERSON", "Maria"), "[PERSON_1]");
        v
    }

    #[test]
    fn same_value_same_token_and_tolerant_restore() {
        let v = vault();
        assert_eq!(v.len(), 3);
        for (answer, want) in [
            ("Hi [PERSON_1]!", "Hi Maria!"),
            ("Hi [person_1] and PERSON_2.", "Hi Maria and Raghunathan."),
            (
                "Hi [ PERSON_1 ], mail [EMAIL_ADDRESS_1]",
                "Hi Maria, mail m@x.io",
            ),
            (
                "PERSON_12 and XPERSON_1 and PERSON_1x stay",
                "PERSON_12 and XPERSON_1 and PERSON_1x stay",
            ),
            ("[PERSON_1][PERSON_2]", "MariaRaghunathan"),
            ("no tokens", "no tokens"),
        ] {
            assert_eq!(v.restore(answer), want, "{answer}");
        }
    }

    #[test]
    fn streamed_restore_equals_one_shot_for_every_split() {
        let v = vault();
        let answer =
            "Dear [PERSON_1], [person_2] wrote to EMAIL_ADDRESS_1 about PERSON_12. 😀 [PERSON_1]";
        let want = v.restore(answer);
        for size in 1..12 {
            let mut r = v.restorer();
            let mut got = String::new();
            let chars: Vec<char> = answer.chars().collect();
            for chunk in chars.chunks(size) {
                got.push_str(&r.feed(&chunk.iter().collect::<String>()));
            }
            got.push_str(&r.finish());
            assert_eq!(got, want, "chunks of {size}");
        }
    }

    #[test]
    fn tokens_inside_identifiers_and_numbers_stay() {
        let v = Vault::new();
        assert_eq!(v.token("PASSWORD", "hunter2"), "[PASSWORD_1]");
        for kept in [
            "[WORDPRESS_APP_PASSWORD_1]",
            "MY_PASSWORD_1",
            "PASSWORD_1_2",
            "PASSWORD_1.5",
            "PASSWORD_1,000",
            "éPASSWORD_1",
        ] {
            assert_eq!(v.restore(kept), kept);
        }
        assert_eq!(
            v.restore("It is PASSWORD_1. Or PASSWORD_1, then."),
            "It is hunter2. Or hunter2, then."
        );
    }

    #[test]
    fn stream_keeps_context_across_releases_and_shared_delimiters() {
        let v = vault();
        let bars = Vault::with_format(TokenFormat {
            prefix: "|".into(),
            separator: "_".into(),
            suffix: "|".into(),
        })
        .unwrap();
        assert_eq!(bars.token("PERSON", "Maria"), "|PERSON_1|");
        assert_eq!(bars.token("PERSON", "Raghu"), "|PERSON_2|");
        assert_eq!(bars.restore("|PERSON_1|PERSON_2|"), "MariaRaghu");
        let spaces = " ".repeat(30);
        for (vault, text) in [
            (&v, format!("9PERSON_1{spaces}")),
            (&v, format!("中9EMAIL_ADDRESS_1{spaces}")),
            (&v, format!("xPERSON_1 and PERSON_1{spaces}")),
            (&bars, format!("|PERSON_1|PERSON_2|{spaces}")),
        ] {
            let want = vault.restore(&text);
            for size in 1..6 {
                let mut r = vault.restorer();
                let chars: Vec<char> = text.chars().collect();
                let mut got: String = chars
                    .chunks(size)
                    .map(|c| r.feed(&c.iter().collect::<String>()))
                    .collect();
                got.push_str(&r.finish());
                assert_eq!(got, want, "{text:?} in chunks of {size}");
            }
        }
    }

    #[test]
    fn entities_differing_in_case_get_distinct_tokens() {
        let v = Vault::new();
        assert_eq!(v.token("person", "lower"), "[person_1]");
        assert_eq!(v.token("PERSON", "upper"), "[PERSON_2]");
        assert_eq!(v.restore("[PERSON_2] [person_1]"), "upper lower");
    }

    #[test]
    fn seal_round_trips_and_refuses_a_wrong_key_or_change() {
        let v = vault();
        let key = [7u8; 32];
        let sealed = v.seal(&key).unwrap();
        assert!(!sealed.windows(5).any(|w| w == b"Maria"));
        let back = Vault::open(&sealed, &key).unwrap();
        assert_eq!(back.restore("[PERSON_2]"), "Raghunathan");
        assert_eq!(back.token("PERSON", "New"), "[PERSON_3]");
        assert_ne!(v.seal(&key).unwrap(), sealed, "a fresh nonce each time");
        let e = Vault::open(&sealed, &[8u8; 32]).unwrap_err();
        assert!(e.to_string().contains("does not open"), "{e}");
        let mut changed = sealed.clone();
        *changed.last_mut().unwrap() ^= 1;
        assert!(Vault::open(&changed, &key).is_err());
        assert!(Vault::open(&sealed[..10], &key).is_err());
        assert!(v.seal(&[1u8; 16]).is_err());
        // Well sealed but crafted contents are refused.
        let nonce = [3u8; NONCE_LEN];
        for entries in [
            r#"[{"entity":"PERSON","number":4294967295,"value":[65]}]"#,
            r#"[{"entity":"PERSON","number":1,"value":[65]},{"entity":"PERSON","number":1,"value":[66]}]"#,
            r#"[{"entity":"PERSON","number":1,"value":[65]},{"entity":"PERSON","number":2,"value":[65]}]"#,
        ] {
            let plain = format!(
                r#"{{"format":{{"prefix":"[","separator":"_","suffix":"]"}},"entries":{entries}}}"#
            );
            let body = cipher(&key)
                .unwrap()
                .encrypt(&nonce.into(), plain.as_bytes())
                .unwrap();
            let blob = [MAGIC.as_slice(), &nonce, &body].concat();
            let e = Vault::open(&blob, &key).unwrap_err();
            assert!(e.to_string().contains("malformed"), "{entries}: {e}");
        }
    }

    #[test]
    fn debug_shows_no_value_and_formats_are_checked() {
        let v = vault();
        let shown = format!("{v:?}");
        assert!(
            !shown.contains("Maria") && shown.contains("values: 3"),
            "{shown}"
        );
        let mut restorer = v.restorer();
        let out = restorer.feed("Dear [PERSON_1] and Maria Secret-Held");
        let shown = format!("{restorer:?}");
        assert!(restorer.held_back() > 0, "{out}");
        assert!(
            !shown.contains("Maria") && !shown.contains("Held"),
            "{shown}"
        );
        let f = TokenFormat {
            prefix: "<<".into(),
            separator: "#".into(),
            suffix: ">>".into(),
        };
        let v = Vault::with_format(f).unwrap();
        assert_eq!(v.token("PERSON", "Ana"), "<<PERSON#1>>");
        assert_eq!(v.restore("hi <<person#1>> / PERSON#1"), "hi Ana / Ana");
        for bad in [("", "", ""), ("[", "x", "]"), ("a", "_", "]")] {
            let f = TokenFormat {
                prefix: bad.0.into(),
                separator: bad.1.into(),
                suffix: bad.2.into(),
            };
            assert!(Vault::with_format(f).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn token_like_text_in_the_input_is_never_restored_to_a_value() {
        let scanner = crate::Scanner::default_rules().unwrap();
        let call = crate::CallOptions::default();
        let v = Vault::new();
        // A user pastes text that already reads as tokens, in any case.
        let sent = scanner
            .redact_to_vault(
                "[EMAIL_ADDRESS_1] and email_address_3 mean bob@example.com, ann@example.com",
                &call,
                &v,
            )
            .unwrap();
        assert_eq!(
            sent.text,
            "[EMAIL_ADDRESS_1] and email_address_3 mean [EMAIL_ADDRESS_2], [EMAIL_ADDRESS_4]"
        );
        assert_eq!(
            v.restore("[EMAIL_ADDRESS_1] is not [EMAIL_ADDRESS_2] or [EMAIL_ADDRESS_4]"),
            "[EMAIL_ADDRESS_1] is not bob@example.com or ann@example.com"
        );
        // Kept across a seal, and in a later turn.
        let key = [3u8; 32];
        let reopened = Vault::open(&v.seal(&key).unwrap(), &key).unwrap();
        assert_eq!(
            reopened.token("EMAIL_ADDRESS", "cy@example.com"),
            "[EMAIL_ADDRESS_5]"
        );
        assert_eq!(reopened.restore("EMAIL_ADDRESS_3"), "EMAIL_ADDRESS_3");
        // Streams and JSON reserve too, a token cut between chunks included.
        let v = Vault::new();
        let mut stream = scanner.stream_to_vault(&v);
        let mut out = stream.feed_str("quote [PERSON_1] [EMAIL_AD").unwrap();
        out += &stream.feed_str("DRESS_1] then bob@example.com").unwrap();
        out += &stream.finish_str().unwrap();
        assert_eq!(
            out,
            "quote [PERSON_1] [EMAIL_ADDRESS_1] then [EMAIL_ADDRESS_2]"
        );
        let v = Vault::new();
        let doc = serde_json::json!({"a": "bob@example.com", "b": "[EMAIL_ADDRESS_1]"});
        let r = scanner.redact_json_with(&doc, &call, Some(&v)).unwrap();
        assert_eq!(r.value["a"], "[EMAIL_ADDRESS_2]");
    }

    #[test]
    fn a_sealed_vault_with_an_unreserved_gap_is_refused() {
        let key = [9u8; 32];
        let v = Vault::new();
        v.token("PERSON", "Ana");
        v.reserve_literals(b"PERSON_2");
        v.token("PERSON", "Bo");
        assert_eq!(v.restore("PERSON_3"), "Bo");
        let blob = v.seal(&key).unwrap();
        assert!(Vault::open(&blob, &key).is_ok());
        // The same entries without the reservation: numbers 1 and 3.
        let plain = serde_json::json!({
            "format": TokenFormat::default(),
            "entries": [
                {"entity": "PERSON", "number": 1, "value": [65]},
                {"entity": "PERSON", "number": 3, "value": [66]},
            ],
        });
        let cipher = cipher(&key).unwrap();
        let nonce = [1u8; NONCE_LEN];
        let body = cipher
            .encrypt(&nonce.into(), plain.to_string().as_bytes())
            .unwrap();
        let crafted = [MAGIC.as_slice(), &nonce, &body].concat();
        let e = Vault::open(&crafted, &key).unwrap_err();
        assert!(e.to_string().contains("malformed"), "{e}");
    }
}
