//! The generic credential scorer: is the value after a key name a secret?
//!
//! The `secrets.generic` credential rules find a *key name* (any case
//! style: `MYAPP_API_KEY`, `apiKey`, `x-api-key`, `"client_secret"`,
//! `Passwort`), a separator (`=`, `:`, `=>`, `:=`, whitespace, prose "is")
//! and the value's extent (a whole quoted string, or unquoted up to the
//! delimiter). This module decides what that value is, from the value and
//! the matched text before it, and returns the finding's confidence:
//!
//! 1. **Not a credential** (dropped): the key names something else
//!    (`password_file`, `token_type`, `author`), or the value is code: a call
//!    (`getpass()`), a subscript (`os.environ["X"]`), an attribute chain
//!    (`self.token`, `Name.Builtin.Pseudo`), a language constant (`None`),
//!    an unquoted identifier (`password=getpass_bytes`), a URL.
//! 2. **Placeholder** (confidence [`DOUBTFUL`], below the default
//!    threshold, so visible only to callers who lower it): templates
//!    (`${DB_PASSWORD}`, `{{ secret }}`, `%(pw)s`, `<your-key>`), dummy words
//!    (`changeme`, `xxxx`), elisions.
//! 3. **A value**, scored by kind. Password keys accept what people type:
//!    any literal of 4+ characters (`hunter2`, `Zx9#kQ2<vL>`, a quoted
//!    passphrase). Token keys (`secret`, `token`, `api_key`, `auth`) want a
//!    machine-made string: length, a digit and a letter, entropy. A bare
//!    `key` name needs the strongest evidence.

use std::sync::{LazyLock, OnceLock};

use aho_corasick::AhoCorasick;
use smallvec::SmallVec;

use super::Verdict;
use super::text::{PLACEHOLDERS, has_alphabet_run, has_version, is_constant_name, shannon_entropy};

/// An ASCII-lower-cased copy of `v`, on the stack when short: the scorer
/// runs on every candidate, so it does not allocate per call.
fn lower(v: &[u8]) -> SmallVec<[u8; 128]> {
    v.iter().map(u8::to_ascii_lowercase).collect()
}

/// Confidence given to placeholder-looking values of generic rules: below
/// the default threshold (0.5), so they are reported only on request.
pub const DOUBTFUL: u8 = 40;

/// Words in a key name that mark a password (typed by a person).
pub(crate) const PASSWORD_WORDS: &[&str] = &[
    "pass",
    "pwd",
    // `pass phrase: ...`, `pass code`: the word written in two.
    "pass phrase",
    "pass code",
    // Typed in a hurry.
    "pasword",
    "passwrd",
    "kennwort",
    "contrase",
    "senha",
    "parola",
    "wachtwoord",
    "has\u{142}o",
    "haslo",
    // Czech and Slovak `heslo` (`hesla`, `heslem`).
    "hesl",
    "salasana",
    "l\u{f6}senord",
    "losenord",
    "adgangskode",
    "\u{43f}\u{430}\u{440}\u{43e}\u{43b}\u{44c}",
    // `Пароль`, `ПАРОЛЬ`: case folding here is ASCII only.
    "\u{41f}\u{430}\u{440}\u{43e}\u{43b}\u{44c}",
    "\u{41f}\u{410}\u{420}\u{41e}\u{41b}\u{42c}",
    "\u{5bc6}\u{7801}",
    "\u{5bc6}\u{78bc}",
    "\u{30d1}\u{30b9}\u{30ef}\u{30fc}\u{30c9}",
    "\u{be44}\u{bc00}\u{bc88}\u{d638}",
    "clave",
    "\u{15f}ifre",
    "sifre",
    "kata sandi",
    "kata laluan",
    "m\u{1ead}t kh\u{1ea9}u",
    "mat khau",
    "\u{643}\u{644}\u{645}\u{629} \u{627}\u{644}\u{645}\u{631}\u{648}\u{631}",
    "\u{643}\u{644}\u{645}\u{629} \u{627}\u{644}\u{633}\u{631}",
    "\u{92a}\u{93e}\u{938}\u{935}\u{930}\u{94d}\u{921}",
    // Swahili, Greek (`κωδικός πρόσβασης`, `συνθηματικό`), Hebrew (`סיסמה`).
    "nenosiri",
    "\u{3ba}\u{3c9}\u{3b4}\u{3b9}\u{3ba}\u{3cc}\u{3c2} \u{3c0}\u{3c1}\u{3cc}\u{3c3}\u{3b2}\u{3b1}\u{3c3}\u{3b7}\u{3c2}",
    "\u{3ba}\u{3c9}\u{3b4}\u{3b9}\u{3ba}\u{3cc} \u{3c0}\u{3c1}\u{3cc}\u{3c3}\u{3b2}\u{3b1}\u{3c3}\u{3b7}\u{3c2}",
    "\u{3c3}\u{3c5}\u{3bd}\u{3b8}\u{3b7}\u{3bc}\u{3b1}\u{3c4}\u{3b9}\u{3ba}",
    "\u{5e1}\u{5d9}\u{5e1}\u{5de}",
    // Hungarian `jelszó`/`jelszava`, Estonian `parool`, Korean `비번` and
    // `패스워드`, Persian `رمز عبور` and `گذرواژه`, Bengali `পাসওয়ার্ড`,
    // Tamil `கடவுச்சொல்`.
    "jelsz",
    "parool",
    "\u{be44}\u{bc88}",
    "\u{d328}\u{c2a4}\u{c6cc}\u{b4dc}",
    "\u{631}\u{645}\u{632} \u{639}\u{628}\u{648}\u{631}",
    "\u{6af}\u{630}\u{631}\u{648}\u{627}\u{698}\u{647}",
    "\u{9aa}\u{9be}\u{9b8}\u{993}\u{9af}\u{9bc}\u{9be}\u{9b0}\u{9cd}\u{9a1}",
    "\u{b95}\u{b9f}\u{bb5}\u{bc1}\u{b9a}\u{bcd}\u{b9a}\u{bca}\u{bb2}\u{bcd}",
    // Welsh `cyfrinair` (and its mutations), Icelandic `lykilorð`, Basque
    // `pasahitza`, Zulu `iphasiwedi`, Georgian `პაროლი`, Armenian
    // `գաղտնաբառ`, Amharic `የይለፍ ቃል`, Mongolian `нууц үг`, Khmer
    // `ពាក្យសម្ងាត់`.
    "yfrinair",
    "lykilor",
    "pasahitz",
    "iphasiwedi",
    "\u{10de}\u{10d0}\u{10e0}\u{10dd}\u{10da}",
    "\u{563}\u{561}\u{572}\u{57f}\u{576}\u{561}\u{562}\u{561}\u{57c}",
    "\u{12e8}\u{12ed}\u{1208}\u{134d} \u{1243}\u{120d}",
    "\u{43d}\u{443}\u{443}\u{446} \u{4af}\u{433}",
    "\u{1796}\u{17b6}\u{1780}\u{17d2}\u{1799}\u{179f}\u{1798}\u{17d2}\u{1784}\u{17b6}\u{178f}\u{17cb}", // Sinhala `මුරපදය`, Burmese `စကားဝှက်`, Lao `ລະຫັດຜ່ານ`, Kazakh `құпия сөз`,
    // Kyrgyz `сырсөз`, `password` in Gurmukhi and Gujarati, the `-word` of
    // Telugu, Kannada and Malayalam `pass-word` (written with or without a
    // zero-width non-joiner), Yoruba `aṣínà`, and Latin-script words: Hausa
    // `kalmar sirri`, Somali `erayga sirta`, Albanian `fjalëkalim`,
    // Slovenian `geslo`, Irish `pasfhocal`, Luxembourgish `Passwuert`,
    // Haitian `modpas`, Esperanto `pasvorto`, Afrikaans `wagwoord`, Xhosa
    // `igama lokugqitha`, Javanese `tembung sandhi`, Maori `kupuhipa`.
    "\u{db8}\u{dd4}\u{dbb}\u{db4}\u{daf}\u{dba}",
    "\u{1005}\u{1000}\u{102c}\u{1038}\u{101d}\u{103e}\u{1000}\u{103a}",
    "\u{ea5}\u{eb0}\u{eab}\u{eb1}\u{e94}\u{e9c}\u{ec8}\u{eb2}\u{e99}",
    "\u{49b}\u{4b1}\u{43f}\u{438}\u{44f} \u{441}\u{4e9}\u{437}",
    "\u{441}\u{44b}\u{440}\u{441}\u{4e9}\u{437}",
    "\u{a2a}\u{a3e}\u{a38}\u{a35}\u{a30}\u{a21}",
    "\u{aaa}\u{abe}\u{ab8}\u{ab5}\u{ab0}\u{acd}\u{aa1}",
    "\u{c35}\u{c30}\u{c4d}\u{c21}\u{c4d}",
    "\u{cb5}\u{cb0}\u{ccd}\u{ca1}\u{ccd}",
    "\u{d35}\u{d47}\u{d21}\u{d4d}",
    "a\u{1e63}\u{ed}n\u{e0}",
    "kalmar sirri",
    "erayga sirta",
    "fjal\u{eb}kalim",
    "geslo",
    "asfhocal",
    "passwuert",
    "modpas",
    "pasvorto",
    "wagwoord",
    "igama lokugqitha",
    "tembung sandhi",
    "kupuhipa",
    // Thai `รหัสผ่าน`.
    "\u{e23}\u{e2b}\u{e31}\u{e2a}\u{e1c}\u{e48}\u{e32}\u{e19}",
];

/// Words in a key name that mark a machine-made secret.
const TOKEN_WORDS: &[&str] = &[
    "secret",
    "token",
    // Typed in a hurry.
    "secert",
    "sercet",
    "tokne",
    "toekn",
    "api",
    "auth",
    "cred",
    "private",
    "access",
    "signing",
    "bearer",
    // Azure shared access signatures (`AZURE_SAS`, `sasToken`, `sas-url`);
    // not a bare `sas` inside a word (Swahili `sasa`, `sasl`).
    "_sas",
    "-sas",
    "sas_",
    "sas-",
    "sastoken",
    "sasurl",
    "sasuri",
    "saskey",
    "sas token",
    "sas key",
    "sas url",
    // Token and credentials in other languages (a bare "key" word such as
    // `Schlüssel` or `clé` stays weak, as `key` does).
    "jeton",
    "\u{442}\u{43e}\u{43a}\u{435}\u{43d}",
    "identifiants",
    "zugangsdaten",
];

/// Key names that contain a key word but name something that is not a secret.
const NOT_SECRET_NAMES: &[&str] = &[
    "author",
    "keyboard",
    "keyword",
    "keystroke",
    "keypad",
    "keyframe",
    "keymap",
    "keycode",
    "monkey",
    "turkey",
    "donkey",
    "hockey",
    "jockey",
    "whiskey",
    "hotkey",
    "tokeniz",
    "bypass",
    "compass",
    "passage",
    "passenger",
    "passive",
    "passport",
    "passthrough",
    "pass_through",
    "surpass",
    "encompass",
    "trespass",
    "passed",
    "passes",
    "passing",
    "passwordless",
    "public",
    "pubkey",
    "csrf",
    "xsrf",
    "authenticity",
    "results",
    // A request's identity (PagerDuty `dedup_key`, Stripe `Idempotency-Key`).
    "dedup",
    "idempoten",
    // The WebSocket handshake's nonce and its hash (RFC 6455).
    "websocket",
    // Pagination cursors (CloudWatch `nextForwardToken`, AWS `NextToken`,
    // Google `nextPageToken`, S3 `ContinuationToken`).
    "nexttoken",
    "next_token",
    "pagetoken",
    "page_token",
    "forwardtoken",
    "backwardtoken",
    "continuationtoken",
    "continuation_token",
    "synctoken",
    "sync_token",
    "paginationtoken",
    "pagination_token",
    // reCAPTCHA, hCaptcha and Turnstile site keys are public by design.
    "sitekey",
    "site_key",
    "site-key",
];

/// File extensions: a key name ending in one names a file (`keyedit.c`).
const FILE_EXTENSIONS: &[&str] = &[
    "c", "h", "o", "a", "so", "cc", "cpp", "hpp", "py", "pyc", "rs", "js", "ts", "go", "java",
    "rb", "php", "sh", "txt", "md", "rst", "html", "xml", "json", "yml", "yaml", "toml", "ini",
    "cfg", "conf", "pem", "crt", "pub", "gpg", "asc", "exp", "log", "gz",
];

/// Key-name endings that name a property of the secret, not the secret.
const NOT_SECRET_SUFFIXES: &[&str] = &[
    // `--password-stdin`: the secret comes from elsewhere.
    "stdin",
    "warning",
    "id",
    "ids",
    "uuid",
    "name",
    "names",
    "file",
    "files",
    "path",
    "dir",
    "url",
    "uri",
    "type",
    "types",
    "len",
    "length",
    "size",
    "field",
    "fields",
    "hint",
    "prompt",
    "label",
    "env",
    "var",
    // Jenkins `passwordVariable: 'NEXUS_PASS'`: the variable that will hold it.
    "variable",
    "header",
    // `auth_scheme`: `Bearer`, `Basic`.
    "scheme",
    // `signing_cert: MIID...`: a certificate is public.
    "cert",
    "certificate",
    "format",
    "policy",
    "mode",
    "expiry",
    "date",
    "expires",
    "expiration",
    "at",
    "count",
    "ttl",
    // `AUTH_TOKEN_TTL_SECONDS=3600`: a duration.
    "seconds",
    "secs",
    "minutes",
    "hours",
    "days",
    "ms",
    "timeout",
    "endpoint",
    "method",
    "version",
    "ref",
    "input",
    "placeholder",
    "regex",
    "pattern",
    "rotation",
    "enabled",
    "required",
    "min",
    "max",
    "strength",
    "reset",
    "changed",
    "manager",
    "store",
    "provider",
    "class",
    "index",
    "set",
    "list",
    "map",
    "prefix",
    "suffix",
    "usage",
    "scope",
    "scopes",
    "location",
    "source",
    "kind",
    "cache",
    "hash",
    // Not `salt`: a configuration's salt (WordPress `AUTH_SALT`, Strapi
    // `API_TOKEN_SALT`, Nextcloud `passwordsalt`) keys an HMAC, a secret.
    "algorithm",
    "alg",
    // `RESTIC_PASSWORD_COMMAND="pass show ..."`: what fetches the secret.
    "command",
    "cmd",
    "script",
    "helper",
];

/// Language constants and keywords that stand where a value would be.
const CODE_WORDS: &[&str] = &[
    "none",
    "null",
    "nil",
    "undefined",
    "true",
    "false",
    "self",
    "this",
    "new",
    "await",
    "function",
    "lambda",
    "return",
    "yield",
    "if",
    "else",
    "and",
    "or",
    "not",
    "in",
    "is",
    "str",
    "string",
    "bytes",
    "int",
    "optional",
    "required",
];

/// Whether the variable a debugger printed is named for the secret itself
/// (`db_password`, `*secret@16`), not for a property of it (`token_type`,
/// `password_len`, `api_key_header`): the last identifier of the command's
/// line (`(gdb) p ctx->token_type`), or before `=` on an inline answer
/// (`auth_scheme = 0x... "Basic"`), read like a key name.
pub(crate) fn secret_variable(key: &[u8]) -> Verdict {
    let line = match key.iter().position(|&b| b == b'\n') {
        Some(nl) => &key[..nl],
        None => key.split(|&b| b == b'=').next().unwrap_or(key),
    };
    let name = line
        .split(|&b| !name_byte(b) || b == b'.' || b == b'-')
        .rfind(|run| {
            run.first()
                .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
        })
        .unwrap_or_default();
    match is_not_secret_name(&lower(name)) {
        true => Verdict::Invalid,
        false => Verdict::Plausible,
    }
}

/// Scores a value without its key (as after an unknown token key).
pub(super) fn check(value: &[u8]) -> Verdict {
    score(value, b"secret: ")
}

/// Scores `value`, the text a credential rule captured after `key` (the
/// matched text before the value: key name, separator, opening quote).
pub(crate) fn score(value: &[u8], key: &[u8]) -> Verdict {
    score_with(value, key, true)
}

/// [`score`]'s rejections that read the key and the value's shape (key
/// names, test logs, table cells, prose, code), then `Plausible` without
/// the placeholder checks and the scoring: the verdict past the validation
/// budget (see `engine::confirm`).
pub(crate) fn unscored(value: &[u8], key: &[u8]) -> Verdict {
    score_with(value, key, false)
}

fn score_with(value: &[u8], key: &[u8], full: bool) -> Verdict {
    // `「X」`, `『X』`: CJK corner brackets quote too.
    let quoted = matches!(key.last(), Some(b'"' | b'\'' | b'`'))
        // Perl's `q{X}` and Tcl's `{X}` quote too.
        || (key.last() == Some(&b'{') && literal_prefix(key).is_some())
        || key.ends_with("\u{300c}".as_bytes())
        || key.ends_with("\u{300e}".as_bytes());
    // Unquoted values end at whitespace, so prose leaves its punctuation on
    // them (`PWD request.`, `None:`, `random_password result?`); score
    // without it.
    let trimmed = value.trim_ascii();
    let v = match quoted {
        true => trimmed,
        false => [b".", b":", b",", b"?"]
            .iter()
            .find_map(|p| trimmed.strip_suffix(*p))
            .unwrap_or(trimmed),
    };
    // Quotes inside the value (`"'$PASSWORD'"`) belong to the code around it.
    let quote = |b: &u8| matches!(b, b'"' | b'\'' | b'`');
    let from = v.iter().position(|b| !quote(b)).unwrap_or(v.len());
    let to = v.iter().rposition(|b| !quote(b)).map_or(from, |i| i + 1);
    let v = &v[from..to.max(from)];
    // `${DB_PASSWORD:?missing}`: the message the shell prints when the
    // variable is unset.
    if v.first() == Some(&b'?')
        && key.ends_with(b":")
        && find_last(key, b"${")
            .is_some_and(|o| key[o + 2..key.len() - 1].iter().all(|&b| name_byte(b)))
    {
        return Verdict::Invalid;
    }
    // „Ops“, “vault”, «coffre»: typographic quotes around a word in prose.
    let v = ["\u{201e}", "\u{201c}", "\u{ab}"]
        .iter()
        .find_map(|open| v.strip_prefix(open.as_bytes()))
        .and_then(|rest| {
            let rest = rest.strip_suffix(b",").unwrap_or(rest);
            ["\u{201c}", "\u{201d}", "\u{bb}"]
                .iter()
                .find_map(|close| rest.strip_suffix(close.as_bytes()))
        })
        .map_or(v, <[u8]>::trim_ascii);
    if v.is_empty() || (!quoted && foreign_prose(v)) || email_address(v) || image_data(v) {
        return Verdict::Invalid;
    }
    // psql's `:'name'`, `:"name"`: a variable interpolated into the
    // statement (`PASSWORD :'app_password'`), not a literal.
    // The colon follows a space, `(`, `,` or `=`: `"key":"x"` and
    // `clientSecret:'x'` are literals.
    let psql_variable = quoted
        && key.len() >= 3
        && key[key.len() - 2] == b':'
        && matches!(key[key.len() - 3], b' ' | b'\t' | b'(' | b',' | b'=')
        && v.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'_');
    // `autocomplete="current-password" required>`: an HTML boolean
    // attribute closing the tag.
    let tag_end = !quoted
        && v.strip_suffix(b">")
            .map(|r| r.strip_suffix(b"/").unwrap_or(r))
            .is_some_and(|r| {
                !r.is_empty() && r.iter().all(|b| b.is_ascii_lowercase() || *b == b'-')
            });
    if psql_variable || tag_end {
        return Verdict::Invalid;
    }
    // `f"{prefix}-{n}"`: a Python f-string's braces are substitutions.
    let f_string = quoted
        && literal_prefix(key)
            .is_some_and(|(letters, _)| letters.iter().any(|b| matches!(b, b'f' | b'F')));
    if f_string && v.contains(&b'{') && v.contains(&b'}') {
        return Verdict::Invalid;
    }
    // `r"\w\d!#%&'~"`: two regex escapes make a pattern, not a secret.
    let regex_escapes = v
        .windows(2)
        .filter(|w| w[0] == b'\\' && b"wdsbWDSB".contains(&w[1]))
        .count();
    if regex_escapes >= 2 {
        return Verdict::Invalid;
    }
    if combo_key(key) {
        return combo_score(v, quoted, full);
    }
    // `(client secret): x` names a value in parentheses; a ChangeLog's
    // `(get_passphrase): s/unlink/remove/` names a function: one
    // identifier with `_` or an inner capital.
    let function = key.iter().rposition(|&b| b == b')').is_some_and(|close| {
        let open = key[..close].iter().rposition(|&b| b == b'(');
        let inner = open.map_or(&key[..0], |open| &key[open + 1..close]);
        matches!(key[close + 1..].trim_ascii(), b":" | b":\"" | b":'")
            && !inner.is_empty()
            && inner
                .iter()
                .all(|&b| b.is_ascii_alphanumeric() || b == b'_')
            && (inner.contains(&b'_')
                || inner
                    .windows(2)
                    .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase()))
    });
    if function {
        return Verdict::Invalid;
    }
    let (mut name, sep, original) = split_key(key);
    // `kata sandi: `, `mật khẩu: `, `Mot de passe : `: a password word of
    // several words, of which the split kept the last.
    if let Some(word) = phrase_at_end(key[..key.len() - sep.len()].trim_ascii_end()) {
        name = word.bytes().collect();
    }
    if is_not_secret_name(&name) || key_fingerprint(&name, v) {
        return Verdict::Invalid;
    }
    // `original` ends where `sep` starts.
    let name_at = key.len() - sep.len() - original.len();
    if is_code(v, quoted) || block_label(&key[..name_at]) || next_struct_field(v, key) {
        return Verdict::Invalid;
    }
    // `Restoring cache for key: v1-deps-linux-5888...`: a bare `key`, or
    // a cache's, names a cache entry or a map key as often as a secret.
    let cache_name = name.strip_suffix(b"key").is_some_and(|rest| {
        rest.split(|&b| matches!(b, b' ' | b'_' | b'-' | b'.'))
            .filter(|w| !w.is_empty())
            .all(|w| {
                [
                    "for",
                    "cache",
                    "the",
                    "with",
                    "from",
                    "by",
                    "restore",
                    "restored",
                    "restoring",
                    "save",
                    "saved",
                    "primary",
                    "partition",
                    "sort",
                    "hash",
                    "row",
                    "map",
                    "lookup",
                    "idempotency",
                ]
                .iter()
                .any(|n| w.eq_ignore_ascii_case(n.as_bytes()))
            })
            && rest
                .last()
                .is_none_or(|&b| matches!(b, b' ' | b'_' | b'-' | b'.'))
    });
    if cache_name && cache_key(v) {
        return Verdict::Invalid;
    }
    // `-storepass:env STOREPASS -keypass:file x`: after a space, an unquoted
    // word that starts like an option is the next option, not a value.
    if !quoted
        && !sep.is_empty()
        && sep.iter().all(u8::is_ascii_whitespace)
        && v.len() > 1
        && v[0] == b'-'
        && (v[1].is_ascii_alphabetic() || v[1] == b'-')
    {
        return Verdict::Invalid;
    }
    // `("user", "pass", "arg1")`, `["HTTPPasswordMgr", "HTTPPasswordMgrWithDefaultRealm"]`:
    // a list of names, not a name and its value.
    // A CSV row or a Markdown table (`billing,STRIPE_KEY,sk_...`,
    // `| \`API_KEY\` | 3f9a... |`) is a name and its value only when the
    // name is a constant (`UPPER_SNAKE`) and the value looks machine-made.
    let cell = sep.iter().any(|b| matches!(b, b',' | b'|'));
    let constant = |s: &[u8]| {
        s.len() >= 6
            && s.contains(&b'_')
            && s.iter()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_')
    };
    // `(CMAC128_SET_KEY, CMAC128_DIGEST)`: a list of constants.
    // `"GITHUB_TOKEN", "ghcr.io/github/github-mcp-server"`: a path or an
    // image reference in a list of arguments.
    let lower_path = v.contains(&b'/')
        && v.iter().all(|b| {
            b.is_ascii_lowercase()
                || b.is_ascii_digit()
                || matches!(b, b'.' | b'/' | b'-' | b'_' | b':' | b'@')
        });
    if cell
        && (name.len() < 6
            || v.iter().all(|b| b.is_ascii_alphabetic() || *b == b'_')
            || constant(v)
            || lower_path
            || (!quoted && !constant(original)))
    {
        return Verdict::Invalid;
    }
    // Two or more blanks, or a tab, align a value in a column
    // (`password       x` in msmtprc, Fluent Bit, Postfix): not prose.
    let aligned = (sep.len() >= 2 || sep == b"\t") && sep.iter().all(|b| matches!(b, b' ' | b'\t'));
    let assigned = aligned
        || sep
            .iter()
            .any(|b| matches!(b, b'=' | b':' | b'>' | b'-' | 0xEF));
    let prose = sep.iter().any(u8::is_ascii_alphabetic)
        || sep
            .windows(2)
            .any(|w| w == b"\xc3\xa9" || w == b"\xc3\xa8" || w == b"\xc3\xa4");
    // Only whitespace between a plain lower-case word and the value is
    // prose ("passed the socket", "pass this exception"); a constant
    // (`SECRET`), a header (`x-api-key`) or a flag (`--password`) is not.
    // A value typed as a password (8+ characters of three classes) or made
    // by a machine (20+ characters, a letter and a digit) does not continue
    // a sentence: `password Lighthouse.Marmalade25*`, `auth token b855ac04...`.
    let plain_word = original.iter().all(u8::is_ascii_lowercase);
    let typed = (v.len() >= 8 && char_classes(v) >= 3)
        || (v.len() >= 20
            && v.iter().any(u8::is_ascii_digit)
            && v.iter().any(u8::is_ascii_alphabetic));
    if !assigned && !prose && !quoted && plain_word && !typed {
        return Verdict::Invalid;
    }
    // `PASS: test_name` (test logs), `pass "x" to`: the bare word `pass`
    // needs an `=` or a quoted value.
    if *name == *b"pass" && !sep.iter().any(|b| matches!(b, b'=' | b':')) {
        return Verdict::Invalid;
    }
    // `PASS: addr2line`: a test result line in a build log.
    if original == b"PASS" && sep.starts_with(b":") {
        return Verdict::Invalid;
    }
    // A passphrase is a few words, not a sentence: no more than six (the
    // EFF's diceware advice), and none of the small words prose is made of.
    let words = v.split(|&b| b == b' ').filter(|w| !w.is_empty()).count();
    if (!quoted && words > 6) || (words >= 3 && has_stopword(v)) {
        return Verdict::Invalid;
    }
    // `non-passphrase protected secret keys`, `--ftp-passwd command line
    // option`: unquoted words after a bare space continue the sentence; a
    // passphrase follows `:`, `=` or "is".
    if !quoted
        && words > 1
        && !aligned
        && !sep.is_empty()
        && sep.iter().all(u8::is_ascii_whitespace)
    {
        return Verdict::Invalid;
    }
    if !full {
        return Verdict::Plausible;
    }
    if is_placeholder(v) || is_label(v) {
        return Verdict::Score(DOUBTFUL);
    }
    // `bind_pw`, `pw:`, slapd's `rootpw`, `ldap_bindpw`: `pw` ends the
    // name or its last segment.
    let pw = name
        .rsplit(|&b| matches!(b, b'_' | b'-' | b'.' | b' '))
        .next()
        .is_some_and(|last| last.ends_with(b"pw"));
    // `mk: X`: Vietnamese chat's short form of mật khẩu (generic.password_vi_mk).
    let password = pw || name.eq_ignore_ascii_case(b"mk") || password_words().is_match(&*name);
    let strong = password || token_words().is_match(&*name);
    // `REACT_APP_PASSWORD=whiteduke`, `-e DB_PASS=hunter`: a capitalised
    // name and `=` with no space is an environment or INI assignment, whose
    // unquoted value is a literal, not a variable (code writes `password=pw`
    // or `PASSWORD = pw`).
    let literal = quoted || (sep == b"=" && original.first().is_some_and(u8::is_ascii_uppercase));
    // An unquoted table cell after a password name must look typed as a
    // password (three character classes) or machine-made: `DB_PASSWORD,user1`
    // is more likely a list of names.
    Verdict::Score(if password && (quoted || !cell || char_classes(v) >= 3) {
        password_score(v, literal)
    } else if strong
        && (literal || assigned)
        && !cell
        && (typed_secret(v) || (quoted && secret_noun(&name) && symbol_joined(v)))
    {
        // `APP_SECRET=Xk29!fjq#Lm`, `"x-api-key":"S3cretPw!"`: a secret a
        // person chose, too short or too word-like for `token_score`.
        token_score(v, strong).max(TYPED_SECRET)
    } else {
        token_score(v, strong)
    })
}

/// `chloe@example.co.uk`: an e-mail address is the account's owner, not
/// its secret (`My e-mail is X` after a key name); `pii.email` reports it.
fn email_address(v: &[u8]) -> bool {
    let Some(at) = v.iter().position(|&b| b == b'@') else {
        return false;
    };
    let (local, domain) = (&v[..at], &v[at + 1..]);
    !local.is_empty()
        && local
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-'))
        && domain.contains(&b'.')
        && !domain.starts_with(b".")
        && !domain.ends_with(b".")
        && domain
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'))
}

/// Whether `key` is an e-mail address and a `:`, `;` or `|` right after
/// it: an account and its password in a combo list
/// (`roger23@gmail.com:pQ9wTxu4Fg`), not a key name.
fn combo_key(key: &[u8]) -> bool {
    let Some((&sep, account)) = key.split_last() else {
        return false;
    };
    let Some(at) = account.iter().rposition(|&b| b == b'@') else {
        return false;
    };
    let domain = &account[at + 1..];
    matches!(sep, b':' | b';' | b'|')
        && at > 0
        && domain.contains(&b'.')
        && domain
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'))
}

/// [`score`] for the value after a [`combo_key`]: a password as people type
/// them, so a bare word (`bob@example.com:hello`) is doubtful and a value
/// without letters is a port, date or count (`|2024-11-30`) unless long.
fn combo_score(v: &[u8], quoted: bool, full: bool) -> Verdict {
    if is_code(v, quoted) || (!v.iter().any(u8::is_ascii_alphabetic) && v.len() < 12) {
        return Verdict::Invalid;
    }
    if !full {
        return Verdict::Plausible;
    }
    if is_placeholder(v) || is_label(v) {
        return Verdict::Score(DOUBTFUL);
    }
    Verdict::Score(password_score(v, false))
}

/// The confidence of a [`typed_secret`] value under a token key name.
const TYPED_SECRET: u8 = 65;

/// Typed like a password (`Sup3rS3cret`, `Vm4r3Pw!`, `N3tCr3d!`): 8-64
/// characters, no space, lower case, a digit and an upper-case letter or
/// a symbol; not a path, URL text, host name, UUID, version or decimal
/// (a digit, a dot and a digit), date, dotted or snake-case name, or
/// acronym-bearing type name. Code and
/// constants (`HMAC-SHA256`, `utf-8`, `SalesResults-1.2`, `2024-01-15`,
/// `jetbrains.mps.v8_elimination`, `LISTofCARD8`) miss one of these.
fn typed_secret(v: &[u8]) -> bool {
    let lower = v.iter().any(u8::is_ascii_lowercase);
    let digit = v.iter().any(u8::is_ascii_digit);
    let upper = v.iter().any(u8::is_ascii_uppercase);
    let symbol = v.iter().any(|b| !b.is_ascii_alphanumeric());
    (8..=64).contains(&v.len())
        && lower
        && digit
        && (upper || symbol)
        && !v.iter().any(|b| matches!(b, b' ' | b'/' | b'\\'))
        && !is_hostname(v)
        && !is_uuid(v)
        && !dotted_name(v)
        && !v
            .windows(3)
            .any(|w| w[0].is_ascii_digit() && w[1] == b'.' && w[2].is_ascii_digit())
        && !v.windows(3).any(|w| w.iter().all(u8::is_ascii_uppercase))
        && !percent_encoded(v)
}

/// Whether a key name ends in a noun for a secret itself (`secret`,
/// `jwt_secret`, `token`, `api_key`, `password`), not in a word for something
/// else (`auth_handler`, `token_event`, `secret_glob`).
fn secret_noun(name: &[u8]) -> bool {
    let last = name
        .rsplit(|&b| matches!(b, b'_' | b'-' | b'.' | b' '))
        .next()
        .unwrap_or_default();
    [
        &b"secret"[..],
        b"token",
        b"key",
        b"apikey",
        b"password",
        b"passwd",
        b"passphrase",
        b"pass",
        b"pwd",
    ]
    .iter()
    .any(|w| last.eq_ignore_ascii_case(w))
}

/// `development#product`, `blue!harbor`: words a person joined with a
/// symbol no name or path holds (`#!$%&~`), as quoted secrets in config
/// files are made. Each side of the symbol is three or more letters, the
/// whole is 10 to 64 bytes with no blank, and the symbol is not a
/// template's or a format's (`${`, `#{`, `%s`); no `/`, `@` or `=` (paths,
/// addresses and query strings).
fn symbol_joined(v: &[u8]) -> bool {
    let symbol = |b: &u8| matches!(b, b'#' | b'!' | b'$' | b'%' | b'&' | b'~');
    let Some(at) = v.iter().position(symbol) else {
        return false;
    };
    let letters = |w: &[u8]| w.len() >= 3 && w.iter().all(u8::is_ascii_alphabetic);
    let before = v[..at]
        .rsplit(|b| !b.is_ascii_alphanumeric())
        .next()
        .unwrap_or_default();
    let after = v[at + 1..]
        .split(|b| !b.is_ascii_alphanumeric())
        .next()
        .unwrap_or_default();
    (10..=64).contains(&v.len())
        && at > 0
        && v.iter().all(|b| b.is_ascii_graphic())
        && letters(before)
        && after.len() >= 3
        && after.first().is_some_and(u8::is_ascii_alphabetic)
        // `SessionsController#create`, `README#installation`: a method or
        // an anchor of a capitalised name.
        && !(v[at] == b'#' && before.first().is_some_and(u8::is_ascii_uppercase))
        // `^`, `*` and `+` join keys of a shortcut or a glob.
        && !v.iter().any(|b| matches!(b, b'^' | b'*' | b'+'))
        && !v
            .windows(2)
            .any(|w| symbol(&w[0]) && matches!(w[1], b'{' | b'('))
        && !v.contains(&b'/')
        && !v.iter().any(|b| matches!(b, b'@' | b'='))
        && !printf_spec(v)
}

/// `Marlin.Saffron82`, `Harbor.Pepper.Kite47`: two or three capitalised
/// words of four letters or more joined by dots, the last ending in two
/// digits or more. People make passwords so; code names a member so rarely
/// (`System.Int32`'s words are shorter).
fn dotted_passphrase(v: &[u8]) -> bool {
    let parts: SmallVec<[&[u8]; 4]> = v.split(|&b| b == b'.').collect();
    let word = |w: &[u8]| {
        w.len() >= 4 && w[0].is_ascii_uppercase() && w[1..].iter().all(u8::is_ascii_lowercase)
    };
    let Some((last, words)) = parts.split_last() else {
        return false;
    };
    let digits = last.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    (1..=2).contains(&words.len())
        && words.iter().all(|w| word(w))
        && digits >= 2
        && word(&last[..last.len() - digits])
}

/// Words joined by `.` or `_` where every part starts like a name
/// (`jetbrains.mps.v8_elimination`), unlike `winter.coffee.82`.
fn dotted_name(v: &[u8]) -> bool {
    v.iter().any(|b| matches!(b, b'.' | b'_'))
        && wordy(v)
        && v.split(|b| matches!(b, b'.' | b'_'))
            .all(|s| s.first().is_some_and(|b| b.is_ascii_alphabetic()))
}

/// Holds a `%XX` escape (`Root%20CA%20Certificates`): URL text.
fn percent_encoded(v: &[u8]) -> bool {
    v.windows(3)
        .any(|w| w[0] == b'%' && w[1].is_ascii_hexdigit() && w[2].is_ascii_hexdigit())
}

/// What a person may type as a password: any literal of 4+ characters
/// that is not a bare word standing where code would put a name
/// (`literal`: quoted, or an environment-style assignment).
fn password_score(v: &[u8], literal: bool) -> u8 {
    let classes = char_classes(v);
    if v.len() < 4 {
        return 20;
    }
    // Letters of any script: `fel`, `för` (Swedish "too") are words.
    let word = std::str::from_utf8(v)
        .is_ok_and(|t| t.chars().all(|c| c.is_alphabetic() || c == '_' || c == '-'));
    // `dragon-horse-saturn`: three or more words joined by hyphens are a
    // passphrase (code would not subtract names without spaces).
    let passphrase = v.split(|&b| b == b'-').filter(|w| w.len() >= 3).count() >= 3
        && v.split(|&b| b == b'-').all(|w| w.len() >= 2);
    match (literal, word) {
        // `password = hunter` could be a variable as well as a password;
        // `password = lzOWoDZgPYhfSYlcDBQg` is not a name anyone gives.
        (false, true) if !passphrase && !random_letters(v) => 35,
        _ if classes >= 2 || v.len() >= 8 => 85,
        _ => 70,
    }
}

/// Letters a generator chose, not a name: ten or more ASCII letters that
/// do not read as words (`lzOWoDZgPYhfSYlcDBQg`, `qkvbtrwmpzxnhjdl`; not
/// `getUserPassword`, `PASSWORD_HASH`, `mysqlpassword`), with the spread of
/// letters random text has.
fn random_letters(v: &[u8]) -> bool {
    let upper = v.iter().filter(|b| b.is_ascii_uppercase()).count();
    let lower = v.iter().filter(|b| b.is_ascii_lowercase()).count();
    // All lower-case: long, and spread over many letters (`mysqlpassword`
    // is a name run together).
    let spread = if upper > 1 { 3.0 } else { 3.6 };
    // Random case flips about every other letter; names flip at their
    // word boundaries (`XMLHttpRequest`: three flips in 14 letters).
    let flips = v
        .windows(2)
        .filter(|w| w[0].is_ascii_uppercase() != w[1].is_ascii_uppercase())
        .count();
    v.len() >= if upper > 1 { 10 } else { 14 }
        && upper + lower == v.len()
        && lower > 0
        && (upper <= 1 || flips * 4 >= v.len())
        && !wordy(v)
        && !wordy(&v.to_ascii_lowercase())
        && shannon_entropy(v) >= spread
}

/// A machine-made token: long enough, mixed, random-looking.
fn token_score(v: &[u8], strong: bool) -> u8 {
    if v.contains(&b' ') || v.len() < 8 {
        return 15;
    }
    if (wordy(v) && !digits_among_letters(v)) || is_hostname(v) {
        return 20;
    }
    let digit = v.iter().any(u8::is_ascii_digit);
    let alpha = v.iter().any(u8::is_ascii_alphabetic);
    let hex = || v.iter().all(u8::is_ascii_hexdigit);
    let score = if is_uuid(v) {
        70
    } else if v.len() >= 16 && digit && alpha && (hex() || shannon_entropy(v) >= 3.0) {
        85
    } else if v.len() >= 20 && !digit && char_classes(v) >= 2 && shannon_entropy(v) >= 3.8 {
        70
    } else if v.len() >= 12 && digit && alpha && char_classes(v) >= 3 {
        65
    } else if strong && v.len() >= 12 && digit && alpha && shannon_entropy(v) >= 2.75 {
        // Supabase's refresh tokens are 12 lower-case letters and digits.
        60
    } else {
        25
    };
    // A bare `key` name (`sort_key`, `cache key`) needs stronger evidence.
    if strong {
        score
    } else {
        score.saturating_sub(10)
    }
}

/// The key name, lower-cased, and the separator after it: the last run
/// of name characters before the value (`"MYAPP_API_KEY": "` gives
/// `myapp_api_key` and `": "`; `my password is ` gives `password` and
/// ` is `; `API key: ` gives `api key` and `: `).
fn split_key(key: &[u8]) -> (SmallVec<[u8; 64]>, &[u8], &[u8]) {
    let is_name = name_byte;
    let is = |word: &[u8], w: &[u8]| word.eq_ignore_ascii_case(w);
    // `${DB_PASSWORD:-`: a shell default's `-` is part of the separator.
    let mut end = key.len() - usize::from(key.ends_with(b":-"));
    // PHP's var_dump: `["password"]=>\n  string(18) "`, also
    // `["password":protected]=>`: the name is the quoted array key.
    if let Some(typed) = find_last(key, b"string(")
        && key[..typed].trim_ascii_end().ends_with(b"]=>")
        && let Some(open) = find_last(&key[..typed], b"[\"")
        && let Some(len) = key[open + 2..typed].iter().position(|&b| b == b'"')
    {
        end = open + 2 + len;
    }
    // A string literal's prefix is part of the separator.
    if let Some((_, start)) = literal_prefix(key) {
        end = start;
    }
    loop {
        // Skip the separator and quotes back to the name.
        while end > 0 && !is_name(key[end - 1]) {
            end -= 1;
        }
        let mut start = end;
        while start > 0 && is_name(key[start - 1]) {
            start -= 1;
        }
        let last = &key[start..end];
        if PROSE_VERBS.iter().any(|w| is(last, w)) && start > 0 {
            // `Das Kennwort für den Router lautet `, `the password I use
            // for the VPN is `: the name runs from the nearest password or
            // token word, up to six words back, to the verb.
            if let Some(from) = key_word_before(key, start) {
                let original = key[from..start].trim_ascii_end();
                return (
                    original.iter().map(u8::to_ascii_lowercase).collect(),
                    &key[from + original.len()..],
                    original,
                );
            }
            end = start;
            continue;
        }
        // `INTERNAL_API_TOKEN: &str = "`, `api_key: Optional[str] = "`,
        // `val apiKey: String = "`: a type annotation between the name and
        // `=` (a type never holds a key word).
        if key[end..].contains(&b'=')
            && !is_key_word(last)
            && let Some(colon) = annotation_colon(&key[..start])
        {
            end = colon;
            continue;
        }
        // `- name: DB_PASSWORD\n  value: "`, `"db.password":{"value":"`,
        // CloudFormation's `"ParameterValue": "`: a value field takes the
        // name before it.
        if (is(last, b"value") || is(last, b"ParameterValue") || is(last, b"defaultValue"))
            && key[..start].iter().any(|&b| is_name(b))
        {
            end = start;
            // `"adminPassword": { "type": "securestring", "defaultValue": "`:
            // an ARM template parameter's type sits between its name and
            // its value; skip `"type": "..."` too.
            let trim = |b: &[u8], suffix: &[u8]| -> usize {
                let b = b.trim_ascii_end();
                b.strip_suffix(suffix).unwrap_or(b).trim_ascii_end().len()
            };
            let before = &key[..trim(&key[..end], b"\"")];
            let before = &before[..trim(before, b",")];
            if let Some(quote) = before
                .strip_suffix(b"\"")
                .and_then(|b| b.iter().rposition(|&c| c == b'"'))
                && before[..quote].trim_ascii_end().ends_with(b"\"type\":")
            {
                end = before[..quote].trim_ascii_end().len() - b"\"type\":".len();
            }
            continue;
        }
        // `<name>fs.s3a.secret.key</name>`: a closing tag's element holds
        // the name as its text.
        if start >= 2 && key[start - 2..start] == *b"</" {
            end = start - 2;
            continue;
        }
        // `variable "db_password" {\n  type = string\n  default = "`: a
        // block's `default` takes the block's name (Terraform, HCL).
        let open = key[..start].iter().rposition(|&b| b == b'{');
        if let Some(open) = open.filter(|&o| is(last, b"default") && !key[o..start].contains(&b'}'))
        {
            end = open;
            continue;
        }
        // `API key`, `access token`: a qualifier word before a bare key word.
        let qualified = start > 1 && key[start - 1] == b' ' && is_name(key[start - 2]);
        let mut name_start = start;
        if qualified && (is(last, b"key") || is(last, b"token")) {
            name_start = start - 1;
            while name_start > 0 && is_name(key[name_start - 1]) {
                name_start -= 1;
            }
        }
        // `senha do admin: `: words between a password word and the
        // separator name what the password is for.
        if !is_key_word(&key[name_start..end])
            && let Some(from) = key_word_before(key, end)
        {
            name_start = from;
        }
        let original = &key[name_start..end];
        return (
            original.iter().map(u8::to_ascii_lowercase).collect(),
            &key[end..],
            original,
        );
    }
}

/// Where `needle` last occurs in `hay`.
fn find_last(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::rfind(hay, needle)
}

/// Whether `b` can be part of a key name (`api_key`, `db.pass`, `clé`).
fn name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.') || b >= 0x80
}

/// The prefix of the string literal `key` opens (`r"`, `b'`, `rb"`,
/// `f"`, `r#"`, `#"`, `~S"`, `~c'`, T-SQL's `N'`, Perl's `q{` and `qq{`,
/// Tcl's `{`): its letters, and where it starts (at the `~` of a sigil).
/// `None` when `key` does not end in a quote or brace after at most two
/// such letters that are not the end of a word.
fn literal_prefix(key: &[u8]) -> Option<(&[u8], usize)> {
    let (&last, _) = key.split_last()?;
    let mut at = key.len() - 1;
    if last == b'{' {
        let letters = key[..at].iter().rev().take_while(|&&b| b == b'q').count();
        let before = at - letters;
        return (letters <= 2 && (before == 0 || !name_byte(key[before - 1])))
            .then_some((&key[before..at], before));
    }
    if !matches!(last, b'"' | b'\'') {
        return None;
    }
    // An Elixir sigil of any letter (`~c"`, `~w'`).
    if at >= 2 && key[at - 2] == b'~' && key[at - 1].is_ascii_alphabetic() {
        return Some((&key[at - 1..at], at - 2));
    }
    while at > 0 && key[at - 1] == b'#' {
        at -= 1;
    }
    let letters = key[..at]
        .iter()
        .rev()
        .take_while(|b| b"rRbBuUfFsSnN".contains(b))
        .count();
    let before = at - letters;
    let sigil = before > 0 && key[before - 1] == b'~';
    let raw = letters == 0 && at < key.len() - 1;
    ((raw || (1..=2).contains(&letters)) && (before == 0 || sigil || !name_byte(key[before - 1])))
        .then_some((&key[before..at], before - usize::from(sigil)))
}

/// The verbs that join a key name to its value in prose: `is`, `was`,
/// `ist`, `lautet`, `es`, `est`, `é`, `è`, `era`, `war`, `jest`, `to`
/// (Polish, which generic.password_prose takes only after hasło), `wynosi`, `är`,
/// `adalah` (Indonesian), `là` (Vietnamese), `je` (Czech and Slovak, only
/// after heslo), `hai` (Hindi).
const PROSE_VERBS: &[&[u8]] = &[
    b"is",
    b"was",
    b"ist",
    b"lautet",
    b"es",
    b"est",
    b"era",
    b"war",
    b"\xc3\xa9",
    b"\xc3\xa8",
    b"jest",
    b"to",
    b"wynosi",
    b"\xc3\xa4r",
    b"adalah",
    b"l\xc3\xa0",
    b"je",
    // Romanian, Swahili, Greek `είναι`, Arabic `هي`/`هو`, Hebrew `היא`/`הוא`.
    b"este",
    b"ni",
    // Hindi and Urdu in Latin letters (`mera password hai ...`).
    b"hai",
    "\u{3b5}\u{3af}\u{3bd}\u{3b1}\u{3b9}".as_bytes(),
    "\u{647}\u{64a}".as_bytes(),
    "\u{647}\u{648}".as_bytes(),
    "\u{5d4}\u{5d9}\u{5d0}".as_bytes(),
    "\u{5d4}\u{5d5}\u{5d0}".as_bytes(),
];

/// The start of the nearest password or token word among the eight words
/// on the same line before `end` (`Kennwort` in `Das Kennwort für den
/// Router `), if it is not the last of them.
fn key_word_before(key: &[u8], end: usize) -> Option<usize> {
    // A `:` ends the search only as a separator (`NAS:en` is a word).
    let stop = |i: usize| match key[i] {
        b'\n' | b'\r' | b'"' | b'=' => true,
        b':' => !key.get(i + 1).is_some_and(u8::is_ascii_alphanumeric),
        _ => false,
    };
    let line = (0..end).rev().find(|&i| stop(i)).map_or(0, |i| i + 1);
    let mut word_end = end;
    for nth in 0..8 {
        let text = key[line..word_end].trim_ascii_end();
        if text.is_empty() {
            return None;
        }
        let word_start = line
            + text
                .iter()
                .rposition(|&b| b == b' ' || b == b'\t')
                .map_or(0, |i| i + 1);
        let word = &key[word_start..line + text.len()];
        // A sentence ended between the key word and the value.
        if nth > 0 && matches!(word.last(), Some(b'.' | b',' | b';' | b'!' | b'?')) {
            return None;
        }
        // `Mật khẩu của máy chủ là `, `Kata sandi untuk akun admin adalah `.
        if let Some(phrase) = phrase_at_end(&key[line..line + text.len()]) {
            return (nth > 0).then_some(line + text.len() - phrase.len());
        }
        if is_key_word(word) {
            // The word right before the verb is the name as it stands;
            // `Pass CFLAGS=`, `by-pass analysis`: the verb "pass".
            let verb = word.eq_ignore_ascii_case(b"pass")
                || word.len() > 5 && word[word.len() - 5..].eq_ignore_ascii_case(b"-pass");
            return (nth > 0 && !verb).then_some(word_start);
        }
        word_end = word_start;
    }
    None
}

/// An empty field of a struct printed by Go's `%+v` (`&{User:app
/// Password: SSLMode:disable}`): the "value" is the next field's name.
fn next_struct_field(v: &[u8], key: &[u8]) -> bool {
    let field = v.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
    key.contains(&b'{')
        && key.ends_with(b": ")
        && v.first().is_some_and(u8::is_ascii_uppercase)
        && field >= 2
        && v.get(field) == Some(&b':')
}

/// The [`PASSWORD_WORDS`] of several words (`kata sandi`, `mật khẩu`) that
/// `text` ends with, ASCII case aside.
fn phrase_at_end(text: &[u8]) -> Option<&'static str> {
    static PHRASES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
        PASSWORD_WORDS
            .iter()
            .copied()
            .filter(|w| w.contains(' '))
            .collect()
    });
    PHRASES.iter().copied().find(|w| {
        text.len() >= w.len()
            && text[text.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())
            && (text.len() == w.len() || !text[text.len() - w.len() - 1].is_ascii_alphanumeric())
    })
}

/// `resource "random_password" "master"`: Terraform/HCL block labels, a
/// type and a name, not a name and a value (`before` is the text before
/// the name).
fn block_label(before: &[u8]) -> bool {
    let before = before
        .strip_suffix(b"\"")
        .unwrap_or(before)
        .trim_ascii_end();
    [&b"resource"[..], b"data", b"module", b"provider"]
        .iter()
        .any(|w| {
            before.ends_with(w)
                && !before[..before.len() - w.len()]
                    .last()
                    .is_some_and(u8::is_ascii_alphanumeric)
        })
}

/// Words that make a table column a credential column wherever they
/// stand in its header, besides the password words (`Secret access key`,
/// `api_token`, `Credentials`, `Jeton`).
pub(crate) const COLUMN_WORDS: &[&str] = &[
    "secret",
    "token",
    "cred",
    "bearer",
    // A TOTP seed column (`totp` in a password manager's export).
    "totp",
    "jeton",
    "identifiants",
    "zugangsdaten",
    "\u{442}\u{43e}\u{43a}\u{435}\u{43d}",
];

/// Whether a table column header names a credential (`Password`,
/// `Secret access key`, `api_token`, `Kennwort`, `PW`): a password word,
/// `secret`, `token` or `cred`, or a
/// key qualified by a token word (`API key`, `private_key`); and not a
/// property of one (`Access key ID`, `password_hash`, `token_type`).
pub(crate) fn is_credential_column(header: &[u8]) -> bool {
    let name = lower(header);
    let words = |w: &[&str]| {
        w.iter()
            .any(|w| name.windows(w.len()).any(|x| x == w.as_bytes()))
    };
    let key = name.ends_with(b"key") || name.ends_with(b"keys");
    // A password word starts a word (`Friesenhahn` holds no `senha`), or
    // is `passw...`, `passphrase`, `passcode` anywhere (`userpassword`).
    // `pass` alone counts only as the whole name: `Pass` heads a column of
    // passwords (notes and `PASS`/`FAIL` are not scanned), `pass_fds`
    // and `Pass/Fail` do not.
    let starts_word = |at: usize| {
        at == 0 || !header[at - 1].is_ascii_alphabetic() || header[at].is_ascii_uppercase()
    };
    let password_word = *name == *b"pass"
        || words(&["mot de passe"])
        || password_words().find_iter(&*name).any(|m| {
            let rest = &name[m.start()..];
            match m.pattern().as_usize() {
                0 => [&b"passw"[..], b"passphrase", b"passcode"]
                    .iter()
                    .any(|w| rest.starts_with(w)),
                _ => starts_word(m.start()),
            }
        })
        || name
            .split(|&b| matches!(b, b' ' | b'_' | b'-' | b'.'))
            .any(|w| w == b"pw" || w == b"pwd");
    let credential =
        password_word || words(COLUMN_WORDS) || (key && token_words().is_match(&*name));
    // `password_hash FROM users`: each word with a key word in it too.
    credential
        && !is_not_secret_name(&name)
        && !name
            .split(|&b| b == b' ')
            .any(|w| is_key_word(w) && is_not_secret_name(w))
}

/// Holds a password or token word (`kennwort`, `API_TOKEN`, `key`).
fn is_key_word(word: &[u8]) -> bool {
    password_words().is_match(word)
        || token_words().is_match(word)
        || word.eq_ignore_ascii_case(b"key")
}

/// [`PASSWORD_WORDS`] as one automaton.
fn password_words() -> &'static AhoCorasick {
    static WORDS: OnceLock<AhoCorasick> = OnceLock::new();
    word_set(&WORDS, PASSWORD_WORDS)
}

/// [`TOKEN_WORDS`] as one automaton.
fn token_words() -> &'static AhoCorasick {
    static WORDS: OnceLock<AhoCorasick> = OnceLock::new();
    word_set(&WORDS, TOKEN_WORDS)
}

/// Where the `:` of a type annotation is, when `before` (the text before a
/// type name) ends with one: `NAME: &`, `NAME: &'static `, `NAME: Optional[`.
fn annotation_colon(before: &[u8]) -> Option<usize> {
    let typ = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'[' | b'<');
    // Type text glued to the name (`Optional[`), then `&`, `&'static`.
    let glued = before.iter().rev().take(24).take_while(|b| typ(b)).count();
    let rest = &before[..before.len() - glued];
    let rest = [&b"&'static"[..], b"&mut", b"&"]
        .iter()
        .find_map(|r| rest.trim_ascii_end().strip_suffix(*r))
        .unwrap_or(rest)
        .trim_ascii_end();
    let colon = rest.len().checked_sub(1)?;
    // Formatters write `name: Type`; `tpmkey:uuid=` is a URI, not a type.
    let spaced = matches!(before.get(colon + 1), Some(b' ' | b'\t'));
    let named = spaced
        && colon > 0
        && (rest[colon - 1].is_ascii_alphanumeric() || matches!(rest[colon - 1], b'_' | b'?'));
    (rest[colon] == b':' && named).then_some(colon)
}

/// One case-insensitive automaton for a word list, built on first use: the
/// scorer runs on every candidate, so it does not loop over the words.
fn word_set<'a>(cell: &'a OnceLock<AhoCorasick>, list: &[&str]) -> &'a AhoCorasick {
    cell.get_or_init(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(list)
            .expect("a fixed word list builds")
    })
}

fn is_not_secret_name(name: &[u8]) -> bool {
    static NOT_SECRET: OnceLock<AhoCorasick> = OnceLock::new();
    if word_set(&NOT_SECRET, NOT_SECRET_NAMES).is_match(name) {
        return true;
    }
    if let Some(dot) = name.iter().rposition(|&b| b == b'.')
        && FILE_EXTENSIONS
            .iter()
            .any(|e| e.as_bytes() == &name[dot + 1..])
    {
        return true;
    }
    let last = name
        .rsplit(|&b| matches!(b, b'_' | b'-' | b'.' | b' '))
        .next()
        .unwrap_or(name);
    // `passwordFile`, `tokenType`: camelCase endings are lower-cased here,
    // so compare suffixes of the whole name as well as the last segment.
    // `credentialsId`, `keyId`: an identifier of the secret.
    let Some(&tail) = last.last() else {
        return false;
    };
    // Romanian `baza de date`: a database, not a date.
    if name.ends_with(b" de date") {
        return false;
    }
    (last.len() > 4 && last.ends_with(b"id"))
        || suffixes_ending_in(tail)
            .iter()
            .any(|s| last == s.as_bytes() || (last.len() > s.len() + 3 && camel_suffix(last, s)))
}

/// The [`NOT_SECRET_SUFFIXES`] that end in `byte`: the scorer runs on
/// every candidate, so it compares a name with a handful, not all of them.
fn suffixes_ending_in(byte: u8) -> &'static [&'static str] {
    static BY_LAST_BYTE: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    let table = BY_LAST_BYTE.get_or_init(|| {
        let mut table = vec![Vec::new(); 256];
        for s in NOT_SECRET_SUFFIXES {
            table[usize::from(s.as_bytes()[s.len() - 1])].push(*s);
        }
        table
    });
    &table[usize::from(byte)]
}

/// `passwordfile` ends with `file` after a key word: a camelCase property.
fn camel_suffix(last: &[u8], suffix: &str) -> bool {
    last.ends_with(suffix.as_bytes())
        && suffix.len() >= 3
        && ["key", "pass", "word", "token", "secret", "pwd"]
            .iter()
            .any(|w| last[..last.len() - suffix.len()].ends_with(w.as_bytes()))
}

/// `GPG_KEY=977AC801…` (official Docker images set it): an OpenPGP key's
/// fingerprint (40 hex digits) or long key id (16), public by design.
fn key_fingerprint(name: &[u8], v: &[u8]) -> bool {
    let hex = v.iter().filter(|b| **b != b' ').count();
    (name.windows(3).any(|w| w == b"gpg" || w == b"pgp"))
        && (hex == 40 || hex == 16)
        && v.iter().all(|b| b.is_ascii_hexdigit() || *b == b' ')
}

/// Code standing where a value would be.
fn is_code(v: &[u8], quoted: bool) -> bool {
    // A Windows registry export's typed value (`"PasswordHistory"=dword:00000005`).
    if v.starts_with(b"dword:") || v.starts_with(b"qword:") {
        return true;
    }
    if braced_base64(v) {
        return false;
    }
    if digest(v) {
        return true;
    }
    // A string literal next to a concatenation: `"Password: " + get()`,
    // `'password = '.$p[...]`: the quotes matched the code's own strings.
    let (first, last) = (v[0], v[v.len() - 1]);
    // `+ pw`, `+name`, `+new Buffer(`: a concatenation; `+jHHj5DcOK8^+0kWcg`
    // is a generated password that happens to start with `+`.
    let ident = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
    let concatenated = || {
        let word = v[1..].iter().take_while(|b| ident(b)).count();
        matches!(v.get(1 + word), None | Some(b' ' | b'(' | b'['))
    };
    // `+^Y_|n+_1&!0` is one too: after `+`, only a space, a quote, a
    // bracket or a sigil starts an operand.
    if first == b'.' && v.len() > 1 && !v[1].is_ascii_alphanumeric()
        || (first == b'+'
            && v.len() > 1
            && matches!(
                v[1],
                b' ' | b'\t' | b'"' | b'\'' | b'`' | b'(' | b'[' | b'{' | b'$' | b'@' | b'=' | b'+'
            ))
        || (first == b'+' && concatenated())
        || (last == b'+' && char_classes(&v[..v.len() - 1]) <= 2)
        || unpadded(v).windows(2).any(|w| w == b"#{" || w == b"->")
        || comparison(unpadded(v))
        || markup(v)
    {
        return true;
    }
    if CODE_WORDS
        .iter()
        .any(|w| v.eq_ignore_ascii_case(w.as_bytes()))
    {
        return true;
    }
    if v.windows(3).any(|w| w == b"://")
        || v.get(..4).is_some_and(|p| p.eq_ignore_ascii_case(b"arn:"))
    {
        return true;
    }
    // A CSS selector or anchor: `#add-password`, `.password-field`.
    if matches!(v[0], b'#' | b'.')
        && v[1..]
            .iter()
            .all(|b| b.is_ascii_alphabetic() || matches!(b, b'-' | b'_'))
    {
        return true;
    }
    if quoted {
        return false;
    }
    // `pw=0x5555 "..."`: a pointer or a number literal, as a debugger's
    // backtrace and `info locals` print them.
    if v.len() <= 18
        && v.len() > 2
        && v[..2].eq_ignore_ascii_case(b"0x")
        && v[2..].iter().all(u8::is_ascii_hexdigit)
    {
        return true;
    }
    // An issue or bug number: `(Closes: #1051062)`.
    if v[0] == b'#' && v.len() > 2 && v[1..].iter().all(|b| b.is_ascii_digit() || *b == b')') {
        return true;
    }
    // Expressions: `(self.username`, `[x]`, `{attrs[2]}`.
    if matches!(v[0], b'(' | b'[' | b'{') && !v.starts_with(b"{{") {
        return true;
    }
    // A relative path: `gdb.ada/assign_1.exp`, `compiler/arraycopy/T.java`.
    if v.contains(&b'/')
        && v.iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'.' | b'_' | b'-'))
        && v.split(|&b| b == b'/').all(|seg| {
            // Path segments are lower-case names or words, not base64.
            seg.iter().any(u8::is_ascii_alphabetic)
                && (seg.iter().all(|b| !b.is_ascii_uppercase()) || wordy(seg))
        })
    {
        return true;
    }
    let head = v.iter().take_while(|b| ident(b) || **b == b'.').count();
    let starts_ident = v[0].is_ascii_alphabetic() || v[0] == b'_';
    // Calls and subscripts: `getpass()`, `os.environ["X"]`, `cfg.get(`.
    if starts_ident && head > 0 && matches!(v.get(head), Some(b'(' | b'[')) {
        return true;
    }
    // A YAML tag: `!vault |`, `!secret db_password`, `!Ref DbPassword`.
    if v[0] == b'!' && v.len() > 2 && v[1..].iter().all(u8::is_ascii_alphabetic) {
        return true;
    }
    // Attribute chains: `self.token`, `Name.Builtin.Pseudo`, `settings.KEY`,
    // `process.env.STRIPE_KEY!` (a TypeScript non-null assertion).
    let v = v
        .strip_suffix(b"!")
        .filter(|r| r.contains(&b'.'))
        .unwrap_or(v);
    // `.Values.auth.password`: a Go template's field chain.
    let v = v
        .strip_prefix(b".")
        .filter(|r| r.first().is_some_and(u8::is_ascii_alphabetic) && r.contains(&b'.'))
        .unwrap_or(v);
    let segments = || v.split(|&b| b == b'.');
    if v.contains(&b'.')
        && !word_dot_number(v)
        && !dotted_passphrase(v)
        && segments().all(|s| !s.is_empty() && s.iter().all(ident) && !s[0].is_ascii_digit())
        && segments().any(|s| s.windows(3).any(|w| w.iter().all(u8::is_ascii_alphabetic)))
        // Names, not encoded data: `win32api.RegOpenKeyEx`, not a JWT.
        && segments()
            .all(|s| s.len() <= 40 && s.iter().filter(|b| b.is_ascii_digit()).count() <= 3)
        // `mW6kkGY6.hf`: a part mixing capitals, small letters and digits
        // outside words (`base64Encoder`, `S3Client` are words) is typed.
        && segments().all(|s| {
            !(s.iter().any(u8::is_ascii_lowercase)
                && s.iter().any(u8::is_ascii_uppercase)
                && s.iter().any(u8::is_ascii_digit))
                || wordy(s)
        })
    {
        return true;
    }
    // `x64-uwp=fail`: an unquoted assignment inside the value; `\=` is a
    // Java properties escape (`ycd1wO\=#u26`), part of the value.
    // `tWq=XB%v3Mk` and `AoBcRi*zm=4iV#` are passwords: one side is not a
    // name, and the whole holds a digit and a lower-case letter; so is
    // `z_=N4X_DE7`, whose right side mixes capitals and digits as no
    // assigned word or constant does. A leading `=` is part of such a
    // value too (`=!zbY!wGNs+dG~+3BZ`).
    let body = unpadded(v);
    let name = |s: &[u8]| {
        s.iter().any(u8::is_ascii_alphanumeric)
            && s.iter()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
    };
    // `n-2=`: no assignment target ends in `-` and a number, and
    // `72npoCY=`: none starts with a digit.
    let target = |s: &[u8]| {
        name(s)
            && !s[0].is_ascii_digit()
            && !s
                .rsplit(|&b| b == b'-')
                .next()
                .is_some_and(|t| s.contains(&b'-') && t.iter().all(u8::is_ascii_digit))
    };
    let typed = body.iter().any(u8::is_ascii_digit) && body.iter().any(u8::is_ascii_lowercase);
    // Capitals and digits: typed or generated, not a name or a version.
    // With dots, one part must mix all three (`kQ.zLm2`, not `v1.Config`).
    let mixed = |s: &[u8]| {
        let all = |p: &[u8]| {
            p.iter().any(u8::is_ascii_uppercase)
                && p.iter().any(u8::is_ascii_digit)
                && (!s.contains(&b'.') || p.iter().any(u8::is_ascii_lowercase))
        };
        s.split(|&b| b == b'.').any(all)
    };
    if let Some(eq) = body.iter().position(|&b| b == b'=')
        && (eq == 0 || body[eq - 1] != b'\\')
        && (!typed
            || (eq > 0 && target(&body[..eq]) && name(&body[eq + 1..]) && !mixed(&body[eq + 1..])))
    {
        return true;
    }
    // A trailing comma, parenthesis or backslash: an expression continues
    // (a trailing `+` is checked above).
    matches!(v.last(), Some(b',' | b'(' | b'\\'))
}

/// `Marlin.ember40`, `Lantern.quartz98`: a capitalised word, a dot, then a
/// small word ending in one to four digits. People and password
/// generators write passwords so; code rarely names an attribute so.
fn word_dot_number(v: &[u8]) -> bool {
    let Some(dot) = v.iter().position(|&b| b == b'.') else {
        return false;
    };
    let (head, tail) = (&v[..dot], &v[dot + 1..]);
    let letters = tail.iter().take_while(|b| b.is_ascii_lowercase()).count();
    let digits = tail.len() - letters;
    head.len() >= 3
        && head[0].is_ascii_uppercase()
        && head[1..].iter().all(u8::is_ascii_lowercase)
        && letters >= 3
        && (1..=4).contains(&digits)
        && tail[letters..].iter().all(u8::is_ascii_digit)
}

/// A digest with its algorithm (`sha256:9db6...`, `sha512-z4Pq...`): a
/// hash that names content, not a secret.
fn digest(v: &[u8]) -> bool {
    [
        "sha1", "sha224", "sha256", "sha384", "sha512", "md5", "blake2b", "blake3",
    ]
    .iter()
    .any(|alg| {
        v.len() > alg.len() + 16
            && v[..alg.len()].eq_ignore_ascii_case(alg.as_bytes())
            && matches!(v[alg.len()], b':' | b'-' | b'=')
    })
}

/// A cache key (`v1-deps-linux-5888...`, `node-modules-3f9a...`): words,
/// then a hex hash of the inputs.
fn cache_key(v: &[u8]) -> bool {
    let mut parts = v.rsplit(|&b| b == b'-');
    let hash = parts.next().unwrap_or_default();
    let words: Vec<&[u8]> = parts.collect();
    hash.len() >= 16
        && hash
            .iter()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b))
        && words.len() >= 2
        && words.iter().all(|w| {
            (1..=12).contains(&w.len())
                // `Linux`, `macOS`: the runner's OS in GitHub Actions keys.
                && w.iter().all(u8::is_ascii_alphanumeric)
                && w.iter().any(u8::is_ascii_lowercase)
        })
}

/// Mostly Chinese, Japanese or Korean letters (`に設定してください。`,
/// `传入，不要`): scripts written without spaces, so the sentence goes on
/// after a name written in it (`環境変数 DB_PASSWORD に設定`), which a
/// typed password does not look like (`Котик1990` does).
fn foreign_prose(v: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(v) else {
        return false;
    };
    let cjk = |c: char| matches!(u32::from(c), 0x3040..=0x30FF | 0x3400..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF);
    let (mut chars, mut foreign) = (0, 0);
    for c in text.chars() {
        chars += 1;
        foreign += usize::from(cjk(c));
    }
    foreign >= 2 && foreign * 2 >= chars
}

/// `v` without base64 padding.
/// `{` base64 of 16+ characters `}`: how Maven's settings-security stores
/// an encrypted password (`{XwY68wLSkBEi2oi60ngl+DhE6OwORJBH2QBpOzvo0/M=}`);
/// not code.
fn braced_base64(v: &[u8]) -> bool {
    v.len() >= 18
        && v[0] == b'{'
        && v[v.len() - 1] == b'}'
        && v[1..v.len() - 1]
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
        && char_classes(&v[1..v.len() - 1]) >= 3
}

/// Whether `v` holds a comparison (`pw==confirm`, `x.len()==0`): a name,
/// number or call before `==`, starting the value or after a space or an
/// operator. `39DLqcg4%J==kx` is typed: `%J` is no operand.
fn comparison(v: &[u8]) -> bool {
    let operand = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b')' | b']');
    v.windows(2).enumerate().any(|(i, w)| {
        if w != b"==" || i == 0 {
            return false;
        }
        let left = v[..i].trim_ascii_end();
        let run = left.iter().rev().take_while(|b| operand(b)).count();
        run > 0
            && (run == left.len()
                || matches!(left[left.len() - run - 1], b' ' | b'(' | b'!' | b'&' | b'|'))
    })
}

/// Whether `v` starts with an HTML or XML tag (`</td><td`, `<br>`,
/// `<input`): the markup around a value, not the value.
fn markup(v: &[u8]) -> bool {
    let Some(rest) = v.strip_prefix(b"<") else {
        return false;
    };
    let rest = rest.strip_prefix(b"/").unwrap_or(rest);
    let name = rest
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    name > 0
        && rest[0].is_ascii_alphabetic()
        && matches!(rest.get(name), None | Some(b'>' | b' ' | b'/'))
}

fn unpadded(v: &[u8]) -> &[u8] {
    &v[..v.iter().rposition(|&b| b != b'=').map_or(0, |i| i + 1)]
}

/// A few words that name a password rather than being one: translations
/// (`"password": "Passwort"`, `"Passwort vergessen?"`, `"Mot de passe"`).
fn is_label(v: &[u8]) -> bool {
    let letters = |b: &u8| b.is_ascii_alphabetic() || *b == b' ' || *b >= 0x80;
    let body = v
        .strip_suffix(b"?")
        .or_else(|| v.strip_suffix(b":"))
        .unwrap_or(v);
    // `thisismypassword` is a (weak) password; a label is capitalised or
    // has spaces.
    let capitalised = body.first().is_some_and(u8::is_ascii_uppercase)
        && !body[1..].iter().any(u8::is_ascii_uppercase);
    let non_latin = body.first().is_some_and(|&b| b >= 0x80);
    (capitalised || non_latin || body.contains(&b' '))
        && body.iter().all(letters)
        && body.split(|&b| b == b' ').count() <= 5
        && password_words().is_match(body)
}

/// A SAS macro variable reference: `&dbpass`, `&dbpass.`.
fn sas_macro_variable(v: &[u8]) -> bool {
    let name = v.strip_suffix(b".").unwrap_or(v);
    name.len() > 1
        && name[0] == b'&'
        && name[1].is_ascii_alphabetic()
        && name[1..]
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || *b == b'_')
}

/// Holds a spreadsheet cell reference (`Config!$B$2`, `Sheet1!C7`).
fn cell_reference(v: &[u8]) -> bool {
    v.iter().enumerate().any(|(i, &b)| {
        let rest = &v[i + 1..];
        let rest = rest.strip_prefix(b"$").unwrap_or(rest);
        let letters = rest.iter().take_while(|c| c.is_ascii_uppercase()).count();
        let rest = &rest[letters..];
        let rest = rest.strip_prefix(b"$").unwrap_or(rest);
        b == b'!' && (1..=3).contains(&letters) && rest.first().is_some_and(u8::is_ascii_digit)
    })
}

/// Templates and dummy values.
fn is_placeholder(v: &[u8]) -> bool {
    let lower = lower(v);
    let ident = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
    // `%(password)s`: Python's named format field (`No%(OZ8!` is typed).
    let named_field = |i: usize| {
        let name = v[i + 2..].iter().take_while(|b| ident(b)).count();
        name > 0 && matches!(v.get(i + 2 + name), Some(b')') | None)
    };
    let template = v.windows(2).any(|w| w == b"{{" || w == b"${" || w == b"$(")
        || v.windows(2).enumerate().any(|(i, w)| w == b"%(" && named_field(i))
        // `$DB_PASSWORD`, `%DB_PASSWORD%`, `{password}`, `<your-key>`, `[REDACTED]`
        || (v[0] == b'$' && v.len() > 1 && v[1..].iter().all(ident))
        // `$REACT_APP_BASE_URL/path`: an environment variable starts it.
        || (v[0] == b'$' && v.len() > 3 && v[1..4].iter().all(|b| b.is_ascii_uppercase() || *b == b'_'))
        // Grafana's `$__file{/etc/secrets/x}`, `$__env{X}`, `$__vault{...}`.
        || v.starts_with(b"$__")
        // PowerShell's `$env:DB_PASSWORD`.
        || v.get(..5).is_some_and(|p| p.eq_ignore_ascii_case(b"$env:"))
        // LiteLLM's `api_key: os.environ/ANTHROPIC_API_KEY`.
        || lower.starts_with(b"os.environ/")
        // SAS: `%sysget(DB_PASSWORD)`, a macro variable `&dbpass` (`&dbpass.`);
        // a spreadsheet formula's `"&Config!$B$2&"` joins in a cell.
        || lower.starts_with(b"%sysget(")
        || lower.starts_with(b"%sysfunc(")
        || sas_macro_variable(v)
        || (v[0] == b'&' && cell_reference(v))
        || (lower.starts_with(b"&lt;") && lower.ends_with(b"&gt;"))
        || (v[0] == b'%' && v.last() == Some(&b'%') && v.len() > 2)
        || (v[0] == b'{' && v.last() == Some(&b'}') && v[1..v.len() - 1].iter().all(ident))
        || (v[0] == b'<' && v.last() == Some(&b'>'))
        // `<your PyPI API token>` cut at its first space.
        // (A typed password may start with `<`: `<b=#||@Hj^,6Y`.)
        || (v[0] == b'<'
            && v.get(1).is_some_and(u8::is_ascii_alphabetic)
            && v[1..].iter().all(|b| ident(b) || matches!(b, b'-' | b'.' | b' ')))
        || (v[0] == b'[' && v.last() == Some(&b']') && v[1..v.len() - 1].iter().all(|b| ident(b) || *b == b' '))
        // An ARM template expression: `[parameters('seed')]`, `[concat(...)]`.
        || (v[0] == b'['
            && v.last() == Some(&b']')
            && v[1..].iter().take_while(|b| ident(b)).count() > 0
            && v.get(1 + v[1..].iter().take_while(|b| ident(b)).count()) == Some(&b'('))
        // `(see vault)`, `(set in CI)`: a note in parentheses.
        || (v[0] == b'(' && v.last() == Some(&b')') && v.contains(&b' ') && !v.iter().any(u8::is_ascii_digit))
        // Redaction markers: Nextcloud's `***REMOVED SENSITIVE VALUE***`.
        || (lower.starts_with(b"***") && lower.ends_with(b"***") && v.contains(&b' '))
        || matches!(&*lower, b"%s" | b"%d" | b"?" | b"*")
        || (printf_spec(v) && !machine_made(v));
    // One character makes most of it: `0000-0000-0000`, `000...0aa`.
    let mut counts = [0u32; 128];
    let (mut alnum, mut most) = (0usize, 0u32);
    for &b in lower.iter().filter(|b| b.is_ascii_alphanumeric()) {
        let count = &mut counts[usize::from(b)];
        *count += 1;
        alnum += 1;
        most = most.max(*count);
    }
    let most = most as usize;
    // `abc123abc123...`: a short unit written over and over.
    let cycle = (1..=8).any(|p| v.len() >= 3 * p.max(4) && v[p..] == v[..v.len() - p]);
    let repeated = v.iter().all(|&b| b == v[0]) || (alnum >= 8 && most * 10 >= alnum * 7) || cycle;
    // `a1b2c3d4e5f6`: two interleaved counting runs.
    let interleaved = lower
        .windows(8)
        .any(|w| (0..6).all(|i| w[i].is_ascii_alphanumeric() && w[i + 2] == w[i] + 1));
    let dummy = PLACEHOLDERS.iter().any(|p| *lower == *p.as_bytes())
        || lower.starts_with(b"your")
        || lower.starts_with(b"my_")
        || lower
            .windows(4)
            .any(|w| w == b"****" || w == b"...." || w == b"####")
        // `sk_live_xxxx1234`, `AKIAXXXXXXXXXXXXXXXX`: an `x` run that is long
        // or a good part of the value (four in a long token are chance).
        || x_run(&lower).is_some_and(|run| run >= 4 && (run >= 8 || run * 4 >= lower.len()))
        || lower.windows(3).any(|w| w == b"...")
        // `sk_live_••••Xq4f`, `●●●●`: a masked value a UI printed.
        || lower
            .windows(6)
            .any(|w| w == "\u{2022}\u{2022}".as_bytes() || w == "\u{25cf}\u{25cf}".as_bytes())
        || dummy_word(&lower, v)
        || password_manager(&lower);
    let alphabet_run = has_alphabet_run(&lower);
    template
        || repeated
        || interleaved
        || dummy
        || alphabet_run
        || is_constant_name(v)
        || (has_version(v) && !birth_date(v))
        || is_path(v)
}

/// Base64 of a PNG, JPEG, GIF or WebP image (`iVBORw0KGgo...`,
/// `/9j/...`): a picture's bytes after `image_key:`, not a secret.
fn image_data(v: &[u8]) -> bool {
    v.len() >= 64
        && [&b"iVBORw0KGgo"[..], b"/9j/", b"R0lGOD", b"UklGR"]
            .iter()
            .any(|magic| v.starts_with(magic))
}

/// The longest run of `x` in `lower`, if any.
fn x_run(lower: &[u8]) -> Option<usize> {
    lower
        .split(|&b| b != b'x')
        .map(<[u8]>::len)
        .max()
        .filter(|&n| n > 0)
}

/// Ends in a day, a month and a four-digit year (`Liam-09.12.1969`): a
/// birthday in a typed password, not a version number.
fn birth_date(v: &[u8]) -> bool {
    let Some(year) = v.len().checked_sub(4).map(|i| &v[i..]) else {
        return false;
    };
    let head = &v[..v.len() - 4];
    year.iter().all(u8::is_ascii_digit)
        && (year.starts_with(b"19") || year.starts_with(b"20"))
        && head.ends_with(b".")
        && head[..head.len() - 1]
            .rsplit(|&b| b == b'.')
            .take(2)
            .all(|part| {
                let digits = part.iter().rev().take_while(|b| b.is_ascii_digit()).count();
                (1..=2).contains(&digits)
            })
        && v.iter().any(u8::is_ascii_alphabetic)
}

/// Password managers: `the password is in 1Password` names where it is.
const PASSWORD_MANAGERS: &[&str] = &[
    "1password",
    "bitwarden",
    "vaultwarden",
    "lastpass",
    "keepass",
    "keepassxc",
    "dashlane",
    "passbolt",
    "nordpass",
    "roboform",
    "enpass",
    "keychain",
];

/// Whether `lower` is a password manager's name, alone or before a hyphen
/// (`1password-tresor`).
fn password_manager(lower: &[u8]) -> bool {
    PASSWORD_MANAGERS.iter().any(|m| {
        lower
            .strip_prefix(m.as_bytes())
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(b"-"))
    })
}

/// Words that mark a sample value.
const DUMMY_WORDS: &[&str] = &["example", "redacted", "placeholder", "changeme"];

/// A value holding a [`DUMMY_WORDS`] word, unless the rest of it is still a
/// machine-made token of 20+ characters mixing upper case, lower case and
/// digits: AWS's documented `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY` has
/// a real key's shape and is redacted like one.
fn dummy_word(lower: &[u8], v: &[u8]) -> bool {
    let Some(at) = DUMMY_WORDS.iter().find_map(|w| {
        lower
            .windows(w.len())
            .position(|x| x == w.as_bytes())
            .map(|at| (at, w.len()))
    }) else {
        return false;
    };
    let rest = v[..at.0].iter().chain(&v[at.0 + at.1..]);
    let (mut alnum, mut upper, mut low, mut digit) = (0, false, false, false);
    for b in rest.filter(|b| b.is_ascii_alphanumeric()) {
        alnum += 1;
        upper |= b.is_ascii_uppercase();
        low |= b.is_ascii_lowercase();
        digit |= b.is_ascii_digit();
    }
    !(alnum >= 20 && upper && low && digit)
}

/// English function words: a value made of them is a sentence.
const STOPWORDS: &[&str] = &[
    "the", "a", "an", "to", "of", "for", "with", "and", "or", "not", "is", "are", "be", "in", "on",
    "use", "used", "by", "from", "this", "that", "it", "if", "as", "at", "but", "was", "were",
    "has", "have", "can", "will", // French, Spanish, Portuguese, Italian, German, Dutch:
    "le", "la", "les", "dans", "du", "des", "pas", "el", "los", "las", "en", "del", "no", "na",
    "do", "da", "il", "nel", "im", "der", "die", "das", "den", "ist", "het", "een", "van",
];

fn has_stopword(v: &[u8]) -> bool {
    v.split(|&b| b == b' ').any(is_stopword)
}

/// Whether `w` is one of the small words prose is made of ([`STOPWORDS`]).
pub(super) fn is_stopword(w: &[u8]) -> bool {
    STOPWORDS
        .iter()
        .any(|s| w.eq_ignore_ascii_case(s.as_bytes()))
}

/// A printf conversion (`%s`, `%0.f`, `%-8d`): a format string, not a value.
fn printf_spec(v: &[u8]) -> bool {
    v.iter().enumerate().any(|(i, &b)| {
        b == b'%'
            && v[i + 1..]
                .iter()
                .position(|c| !(c.is_ascii_digit() || matches!(c, b'.' | b'-' | b'+' | b'#')))
                .is_some_and(|k| {
                    // `%s`, `%0.f0COMNTOOLS`, `%5dms`: a conversion; `%uPdC6`,
                    // `%x1gD9` and `%4uERuD0C` are typed (a bare conversion is
                    // not glued to a letter or digit; one with a width is not
                    // glued to mixed-case text).
                    let at = i + 1 + k;
                    let glued = &v[at + 1..];
                    let run = &glued[..glued
                        .iter()
                        .take_while(|c| c.is_ascii_alphanumeric())
                        .count()];
                    let mixed = run.iter().any(u8::is_ascii_uppercase)
                        && run.iter().any(u8::is_ascii_lowercase);
                    matches!(v[at], b's' | b'd' | b'f' | b'r' | b'x' | b'i' | b'u')
                        && (run.is_empty() || (k > 0 && !mixed))
                })
    })
}

/// A generated value: 16+ characters, no space, all four character classes
/// and 3.5+ bits per byte. Such a password may hold `%r` or `%d` by chance;
/// a format string (`VS%0.f0COMNTOOLS`, `User %s failed`) does not look so.
fn machine_made(v: &[u8]) -> bool {
    v.len() >= 16 && !v.contains(&b' ') && char_classes(v) == 4 && shannon_entropy(v) >= 3.5
}

/// A file path names where a secret is kept (`/run/secrets/db`, `~/.ssh/id`),
/// as does a secret manager's resource name
/// (`projects/p/secrets/db-password/versions/latest`).
fn is_path(v: &[u8]) -> bool {
    // `@/tmp/db_password.txt`: curl, vault and httpie read the value from a file.
    let v = match v.strip_prefix(b"@") {
        Some(rest) if !rest.is_empty() => rest,
        _ => v,
    };
    // `hash:/etc/postfix/sasl_passwd`: a lookup table's type, then its file.
    let typed = v.iter().position(|&b| b == b':').filter(|&colon| {
        (2..=12).contains(&colon)
            && v[..colon].iter().all(u8::is_ascii_lowercase)
            && v.get(colon + 1) == Some(&b'/')
    });
    let v = typed.map_or(v, |colon| &v[colon + 1..]);
    let google_secret = v.starts_with(b"projects/")
        && memchr::memmem::find(v, b"/secrets/").is_some()
        && !v.contains(&b' ');
    // `/3kJx+Qz9mWb/Lq7...==`: base64 that happens to start with `/` has a
    // long segment mixing upper case, lower case and digits, or a `+` or
    // `=`; a path's names do not.
    let base64 = || {
        v.iter().any(|&b| b == b'+' || b == b'=')
            || v.split(|&b| b == b'/').any(|seg| {
                seg.len() >= 12
                    && seg.iter().all(u8::is_ascii_alphanumeric)
                    && char_classes(seg) >= 3
            })
    };
    google_secret
        || ((v[0] == b'/' || v.starts_with(b"./") || v.starts_with(b"~/") || v.starts_with(b"../"))
            && v.iter().filter(|&&b| b == b'/').count() >= 2
            && !base64())
}

/// Three or more digit runs each between two letters
/// (`t53pkoi89tr7gri1ru4atafytc`): a random token whose letter runs can
/// read as syllables, not words, which do not take digits in their middle.
fn digits_among_letters(v: &[u8]) -> bool {
    let mut runs = 0;
    let mut i = 1;
    while i < v.len() {
        if v[i].is_ascii_digit() && v[i - 1].is_ascii_alphabetic() {
            let end = i + v[i..].iter().take_while(|b| b.is_ascii_digit()).count();
            runs += usize::from(v.get(end).is_some_and(u8::is_ascii_alphabetic));
            i = end;
        } else {
            i += 1;
        }
    }
    runs >= 3
}

/// Made of words (`SalesResults-1.2`, `id-Gost28147-89-None-KeyMeshing`,
/// `jetbrains.mps.v8_elimination`): most letters are in capitalised or
/// lower-case runs of 3+ holding a vowel, as in names, not in random text.
fn wordy(v: &[u8]) -> bool {
    let letters = v.iter().filter(|b| b.is_ascii_alphabetic()).count();
    if letters == 0 {
        return false;
    }
    let mut in_words = 0;
    let mut i = 0;
    while i < v.len() {
        let start = i;
        if v[i].is_ascii_uppercase() {
            i += 1;
        }
        while i < v.len() && v[i].is_ascii_lowercase() {
            i += 1;
        }
        let word = &v[start..i];
        if word.len() >= 3 && pronounceable(word) && word[1..].iter().all(u8::is_ascii_lowercase) {
            in_words += word.len();
        }
        if i == start {
            i += 1;
        }
    }
    in_words * 10 >= letters * 8
}

/// A run of letters that reads like a word or name (`jetbrains`,
/// `Meshing`, `Python`, `encrypt`), not like random text
/// (`mpwunffwtyiqjhts`): a vowel (`y` included) in every 6 letters and no
/// 5 consonants in a row. Random lower-case letters hold about one vowel
/// in four, so a run of 10 or more (`lgelhjjichudgb` in a Magento or
/// BigCommerce token) must be 30% vowels, as words of that length are
/// (`credentials`, `localhost`, `bootstrapping`).
fn pronounceable(word: &[u8]) -> bool {
    let vowel = |b: &u8| b"aeiouyAEIOUY".contains(b);
    let vowels = word.iter().filter(|b| vowel(b)).count();
    vowels > 0
        && vowels * 6 >= word.len()
        && (word.len() < 10 || vowels * 10 >= word.len() * 3)
        && word.split(vowel).all(|run| run.len() < 5)
}

/// `5h.ca.iphmx.com`: a host name.
fn is_hostname(v: &[u8]) -> bool {
    let labels = || v.split(|&b| b == b'.');
    labels().nth(2).is_some()
        && labels().all(|l| {
            !l.is_empty()
                && l.iter()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
        })
        && labels()
            .next_back()
            .is_some_and(|l| l.iter().all(u8::is_ascii_lowercase))
}

fn is_uuid(v: &[u8]) -> bool {
    v.len() == 36
        && v.iter().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => *b == b'-',
            _ => b.is_ascii_hexdigit(),
        })
}

/// Lower, upper, digit, other: how many of the four occur.
pub(super) fn char_classes(v: &[u8]) -> usize {
    let lower = v.iter().any(u8::is_ascii_lowercase);
    let upper = v.iter().any(u8::is_ascii_uppercase);
    let digit = v.iter().any(u8::is_ascii_digit);
    let other = v.iter().any(|b| !b.is_ascii_alphanumeric());
    [lower, upper, digit, other].iter().filter(|&&x| x).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conf(key: &str, value: &str) -> u8 {
        match score(value.as_bytes(), key.as_bytes()) {
            Verdict::Score(s) => s,
            Verdict::Invalid => 0,
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn pass_phrases_format_fields_and_shell_messages() {
        // The password word written in two.
        assert!(conf("pass phrase: ", "Lantern.copper9") >= 80);
        assert!(conf("- pass phrase: ", "lantern copper zephyr walrus tundra") >= 80);
        // `%(` starts a Python named field only with a name and `)`.
        assert!(conf("ADMIN_PASSWORD=", "QR.AkqixNo%(OZ8!HF") >= 80);
        assert!(conf("password = ", "%(db_password)s") < 50);
        assert!(conf("password = ", "%(db_password") < 50);
        // `${VAR:?message}`: the shell's message, not a value.
        assert_eq!(conf("${DB_PASSWORD:", "?missing"), 0);
        // Pagination cursors and public site keys.
        assert_eq!(
            conf(
                "\"nextForwardToken\": \"",
                "f/22309545219179804879427362046012530224457826858930473947"
            ),
            0
        );
        assert_eq!(
            conf(
                "data-sitekey=\"",
                "6LYSm2fzyNJ-I0E0d7b5Dh45N-CR5-sWB7--j54L"
            ),
            0
        );
    }

    #[test]
    fn passwords_people_type_are_secrets() {
        assert!(conf("password: ", "Zx9#kQ2<vL>") >= 80);
        assert!(conf("\"password\": \"", "S3cr3t;(x),y") >= 80);
        assert!(conf("password = '", "hunter2") >= 70);
        assert!(conf("Passwort: ", "Geheim123!") >= 80);
        assert!(conf("contrase\u{f1}a: ", "Secreto#99") >= 80);
        assert!(conf("my password is ", "tr0ub4dor&3") >= 80);
        assert!(conf("password: ", "correct horse battery staple") >= 70);
        assert!(conf("my password is ", "correct horse battery staple") >= 70);
        // A dot inside a typed password is not an attribute access.
        assert!(conf("postgresPassword: ", "mW6kkGY6.hf") >= 70);
        assert_eq!(conf("password = ", "settings.S3Client"), 0);
        // Prose around a password word is not a passphrase.
        assert_eq!(conf("non-passphrase ", "protected secret keys"), 0);
        assert_eq!(
            conf(
                "If no login/password was ",
                "specified but netrc was requested"
            ),
            0
        );
        assert!(conf("--password ", "$ecr3t!pw") >= 80);
        // A generated password that holds a printf conversion by chance.
        assert!(
            conf(
                "jwtsecret: \"",
                "7`D'}/vYR)T;W5]EBrf;_&k>qX??]G&3CF=;@vyrVBp[$_hK4^?{qT/t$%r"
            ) >= 80
        );
        // Random letters are no one's variable name; names and constants are.
        assert!(conf("password = ", "lzOWoDZgPYhfSYlcDBQg") >= 80);
        assert!(conf("password: ", "qkvbtrwmpzxnhjdl") >= 80);
        for name in [
            "getUserPassword",
            "PASSWORD_HASH",
            "mysqlpassword",
            "XMLHttpRequest",
            "DEFAULT_PASSWORD",
            "passwordConfirmation",
        ] {
            assert!(conf("password = ", name) < 50, "{name}");
        }
        // Environment and INI assignments: the unquoted word is the value.
        assert!(conf("REACT_APP_AUTH_PASSWORD=", "whiteduke") >= 70);
        assert!(conf("-e DB_PASS=", "hunter") >= 70);
        assert!(conf("Password=", "opensesame") >= 70);
        // Generated passwords may start with `+`; hyphenated passphrases.
        assert!(conf("password=", "+jHHj5DcOK8^+0kWcg") >= 80);
        assert!(conf("--password=", "aqu75ncxw7_y1vznCx+") >= 80);
        assert!(
            conf(
                "<password>",
                "{XwY68wLSkBEi2oi60ngl+DhE6OwORJBH2QBpOzvo0/M=}"
            ) >= 80
        );
        assert!(conf("admin_password = \"", "+in0bKI#fD%G__MIG-Q1F") >= 80);
        assert!(conf("password=", "dragon-horse-saturn") >= 70);
        assert!(conf("artifactoryPassword = ", "winter-sunset-tiger-lantern") >= 70);
    }

    #[test]
    fn lower_case_tokens_are_not_words() {
        // Random lower-case letters and digits read as words by vowels
        // alone; long runs need a word's share of them.
        assert!(conf("\"access_token\": \"", "cu51celvfele67lgelhjjichudgb6ad") >= 80);
        assert!(conf("Consumer Secret       ", "8nixcx3cfip2dslmqzjn82j2r4fvcooe") >= 70);
        assert!(conf("api_key = \"", "mycompanystagingdatabase") < 50);
        assert!(conf("token: ", "bootstrapping-credentials") < 50);
    }

    #[test]
    fn code_is_not_a_secret() {
        assert_eq!(
            conf(
                "Restoring cache for key: ",
                "v1-deps-linux-588834cc3fa77e34ae1a0562d73b9249e91e5f331701d75ec67988a92b4c980e"
            ),
            0
        );
        assert_eq!(conf("password=", "getpass_bytes"), 35);
        assert_eq!(conf("PASSWORD = ", "db_password"), 35);
        assert_eq!(conf("token = ", "Name.Builtin.Pseudo"), 0);
        assert_eq!(conf("LOGIN PASSWORD :'", "app_password"), 0);
        assert!(conf("clientSecret:'", "9363cb456dda6402cb71d65092490e75c9f11873") >= 50);
        assert_eq!(conf("autocomplete=\"current-password\" ", "required>"), 0);
        assert_eq!(conf("password = ", "System.Int32"), 0);
        // Words joined by dots and ending in digits: a passphrase.
        assert!(conf("password = ", "Marlin.Saffron82") >= 50);
        assert_eq!(conf("password=", "getpass()"), 0);
        assert_eq!(conf("\"password: \"", "+ pw"), 0);
        assert_eq!(conf("password=", "+password"), 0);
        assert_eq!(conf("_password = \"", "+new Buffer("), 0);
        assert!(conf("smtp_password'] = \"", "+Y3mu.JjhU_2") >= 80);
        assert_eq!(conf("password=", "new-password"), 35);
        assert_eq!(conf("-storepass:env STOREPASS ", "-keypass:file"), 0);
        assert!(conf("vault kv put secret/db password=", "@/tmp/db_password.txt") <= 40);
        assert_eq!(conf("api_key = ", "os.environ[\"API_KEY\"]"), 0);
        assert!(conf("api_key: ", "os.environ/ANTHROPIC_API_KEY") < 50);
        assert_eq!(conf("\t(get_passphrase): ", "s/unlink/remove/"), 0);
        assert!(conf("secret): ", "zu9bpatu18em8u0obrus0g5iz6bkfngs") >= 50);
        assert_eq!(
            conf(
                "\"GITHUB_PERSONAL_ACCESS_TOKEN\", \"",
                "ghcr.io/github/github-mcp-server"
            ),
            0
        );
        assert_eq!(conf("password=", "None"), 0);
        assert_eq!(conf("token=", "self.token"), 0);
        assert_eq!(
            conf(
                "redis-password: {{ required \"set\" ",
                ".Values.redis.auth.password"
            ),
            0
        );
        // Content hashes under a `key` name.
        assert_eq!(
            conf(
                "key=",
                "sha256:9db672dd39cd41e7e6ca784d300a111cca8588813094d528d9a9a28d0f18ae3f"
            ),
            0
        );
        assert_eq!(
            conf(
                "cache key: ",
                "v1-deps-linux-588834cc3fa77e34ae1a0562d73b9249"
            ),
            0
        );
        assert!(conf("api_key=", "588834cc3fa77e34ae1a0562d73b9249") > 0);
        // A password that holds `%u` is no format string; one that starts
        // with digits is no assignment.
        assert!(conf("'password': '", "p%uPdC6GQ?eLTYe") >= 70);
        assert!(conf("password: ", "j4n%x1gD9Te16N") >= 70);
        assert!(conf("password: ", "Marlin.ember40?") >= 70);
        assert_eq!(conf("password = ", "settings.db2"), 0);
        assert!(conf("hasło do serwera to: ", "72npoCY=DYpHY") >= 70);
        assert_eq!(conf("password_file=", "/run/secrets/db"), 0);
        assert!(
            conf(
                "smtp_sasl_password_maps = ",
                "hash:/etc/postfix/sasl_passwd"
            ) < 50
        );
        let google = "projects/ledger-prod/secrets/db-password/versions/latest";
        assert!(conf("password_secret: \"", google) < 50);
        assert!(conf("\"refresh_token\": \"", "8crcnrmfndjc") >= 50);
        assert!(conf("nenosiri langu la sasa ni ", "glacierraven32") >= 50);
        assert!(conf("password       ", "raven glacier pepper saffron 65") >= 50);
        assert!(conf("    billing:dbPassword: ", "=!zbY!wGNs+dG~+3BZ") >= 50);
        let hadoop = "<property>\n  <name>fs.s3a.secret.key</name>\n  <value>";
        assert!(conf(hadoop, "Am+fJSntLiXdJcZAn1N/S9i1PiKwDn41sNCbF3jG") >= 50);
        // `==` compares names; between typed characters it is typed too.
        assert_eq!(conf("password=", "pw==confirm"), 0);
        assert_eq!(conf("if password ", "(pw==None"), 0);
        assert!(conf("password: ", "39DLqcg4%J==kx") >= 70);
        // The markup around an HTML cell is not its value.
        assert_eq!(conf("Password:", "</td><td"), 0);
        assert_eq!(conf("password: ", "<input"), 0);
        assert_eq!(conf("tokenType: \"", "bearer"), 0);
        assert_eq!(conf("author: ", "Jane"), 0);
        assert_eq!(conf("PASS: ", "gdb.ada/assign_1.exp"), 0);
        assert_eq!(conf("PASS: ", "gdb.base/align-c++.exp"), 0);
        assert_eq!(conf("PASS: ", "addr2line"), 0);
        assert_eq!(conf("Passed: ", "compiler/arraycopy/TestX.java"), 0);
        assert_eq!(conf("passed ", "iterables."), 0);
        assert_eq!(conf("keyedit.c ", "(find_userid_by_name"), 0);
        assert_eq!(conf("user_pass = ", "(self.username"), 0);
        assert_eq!(conf("RegOpenKeyEx = ", "win32api.RegOpenKeyEx"), 0);
        assert_eq!(
            conf("'HTTPPasswordMgr', '", "HTTPPasswordMgrWithDefaultRealm"),
            0
        );
        assert_eq!(
            conf(
                "First pass: ",
                "determine maximum length of long option names"
            ),
            0
        );
    }

    #[test]
    fn placeholders_are_doubtful() {
        assert_eq!(conf("toolskey = \"", "VS%0.f0COMNTOOLS"), DOUBTFUL);
        assert!(conf("\"password\": \"", "R.TduD%4uERuD0C.D") > DOUBTFUL);
        assert!(conf("password: ", "Vt8=kQ.zLm2") > DOUBTFUL);
        assert!(conf("password: ", "pR7kN4zQ=-") > DOUBTFUL);
        assert!(conf("%let dbpass = ", "%sysget(CDW_PASSWORD") <= DOUBTFUL);
        assert!(conf("password=\"", "&dbpass") <= DOUBTFUL);
        assert!(conf("&apikey=\"", "&Config!$B$2&") <= DOUBTFUL);
        for v in [
            "${DB_PASSWORD}",
            "{{ secret }}",
            "<your-api-key>",
            "changeme",
            "xxxxxxxx",
            "$API_KEY",
            "%(pw)s",
            "example-api-key",
            "my-example-secret-value-2024",
            "REDACTED",
            "xoxp-572370529330-573807301142-####################",
        ] {
            assert_eq!(conf("password: ", v), DOUBTFUL, "{v}");
        }
        // A documented sample with a real key's shape is redacted like one.
        assert!(conf("x-api-key: ", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY") >= 70);
    }

    #[test]
    fn tokens_need_machine_made_values() {
        // A picture's base64 is not a key.
        let png = format!("iVBORw0KGgoAAAANSUhEUgAA{}", "Qx7aB9zK2mW8pL3".repeat(6));
        assert_eq!(conf("image_key: ", &png), 0);
        // A pointer a backtrace printed is not the password.
        assert_eq!(conf("pw=", "0x5555555592a0"), 0);
        // Syllable-like letter runs split by digits are a token, not words.
        assert!(conf("key: ", "abct53pkoi89tr7gri1ru4atafytc") >= 60);
        assert!(conf("key: ", "SalesResults-2024-final") < 50);
        assert!(conf("key: ", "abcwJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8Rw3Tb9X") >= 70);
        assert!(
            conf(
                "  STRIPE_KEY: ",
                "c2tfbGl2ZV9aNzZvRXNHU003RmJ3UHlyakJsc0YxUGVkRA=="
            ) >= 70
        );
        assert!(
            conf(
                "key: ",
                "abceyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
            ) >= 70
        );
        assert_eq!(conf("pIdxKey->", "default_rc==0"), 0);
        assert!(
            conf(
                "MYAPP_API_KEY: ",
                "3f9a8c7d6e5b4a39281706f5e4d3c2b1a0918273"
            ) >= 80
        );
        assert!(conf("x-api-key ", "8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c") >= 80);
        assert!(conf("client_secret=\"", "aZ3kQ9x_L2mN8pR4tV6w") >= 80);
        assert!(conf("api_key = \"", "see the docs") < 50);
        assert!(conf("token: ", "required") < 50);
        assert!(conf("sort_key = ", "created_at") < 50);
        // Random lower-case text is not made of words.
        assert!(conf("API_KEY=", "mpwunffwtyiqjhts6mx1e44c") >= 80);
        assert!(conf("nettle_set_key_func ", "openssl_aes128_set_encrypt_key;") < 50);
        assert!(conf("SecretFormat\" title=\"", "QSD:crypto.QCryptoSecretFormat") < 50);
        assert!(conf("api_key = \"", "jetbrains.mps.v8_elimination") < 50);
        assert!(conf("token = \"", "SalesResults-1.2") < 50);
    }

    #[test]
    fn secrets_people_type_under_token_names() {
        assert!(conf("APP_SECRET=", "Xk29!fjq#Lm") >= 60);
        assert!(conf("\"x-api-key\":\"", "S3cretPw!") >= 60);
        assert!(conf("client_secret: \"", "Sup3rS3cret") >= 60);
        // Constants, versions, dates, paths and hosts are not.
        assert!(conf("\"auth\": \"", "HMAC-SHA256") < 50);
        assert!(conf("api_version: ", "2024-01-15") < 50);
        assert!(conf("\"secret\": \"", "v1.2.3-beta") < 50);
        assert!(conf("credentials: \"", "gs://bucket/path1") < 50);
        assert!(conf("token_host = \"", "auth2.example.com") < 50);
        assert!(conf("auth-data\t : ", "LISTofCARD8") < 50);
        assert!(conf("pkcs11:token=", "Root%20CA%20Certificates") < 50);
        assert!(conf("ldap_default_authtok = ", "winter.coffee.82") >= 60);
        // A bare `key` name still wants a machine-made value.
        assert!(conf("key = \"", "Content-Type1") < 50);
    }

    #[test]
    fn key_names() {
        let name = |k: &str| split_key(k.as_bytes()).0.to_vec();
        assert_eq!(name("\"MYAPP_API_KEY\": \""), b"myapp_api_key");
        assert_eq!(name("my password is "), b"password");
        assert_eq!(name("the API key: "), b"api key");
        assert_eq!(split_key(b"my password is ").1, b" is ");
        assert_eq!(split_key(b"nimble SECRET ").2, b"SECRET");
        assert_eq!(
            name("variable \"corp_okta_api_token\" {\n  default = \""),
            b"corp_okta_api_token"
        );
        // Words between the name and the verb, in any language.
        assert_eq!(
            name("Das Kennwort für den Router lautet "),
            "kennwort für den router".as_bytes()
        );
        assert_eq!(name("la clave del servidor es "), b"clave del servidor");
        assert_eq!(name("the API key is "), b"api key");
        // A type annotation between the name and `=`.
        assert_eq!(
            name("const INTERNAL_API_TOKEN: &str = \""),
            b"internal_api_token"
        );
        assert_eq!(
            name("static DB_PASSWORD: &'static str = \""),
            b"db_password"
        );
        assert_eq!(name("    api_key: Optional[str] = \""), b"api_key");
        assert_eq!(name("val apiKey: String = \""), b"apikey");
        assert_eq!(name("foo: bar password = \""), b"password");
        assert_eq!(name("db: password = \""), b"password");
        // A `value` field after the name it belongs to.
        assert_eq!(name("- name: DB_PASSWORD\n  value: \""), b"db_password");
        assert_eq!(
            name("\"spring.datasource.password\":{\"value\":\""),
            b"spring.datasource.password"
        );
    }

    #[test]
    fn prose_with_words_between_the_name_and_the_verb() {
        assert!(conf("Das Kennwort für den Router lautet ", "Lantern_basalt2011") >= 80);
        assert!(conf("A senha do wifi \u{e9} ", "Basalt@8399lant") >= 80);
        assert!(conf("la mia password \u{e8} ", "Copper!9996pepp") >= 80);
        assert!(conf("user ops, pw: ", "Falcon@8109mead") >= 80);
        assert!(conf("bind_pw: \"", "43SU@A3K0#3lUWcR") >= 80);
        // A plain word is prose, and a name that is not the secret stays one.
        assert!(conf("das Passwort für den Server ist ", "abgelaufen") < 50);
        assert!(conf("the password expiry date is ", "2024-01-01") < 50);
        assert!(conf("le mot de passe est ", "dans le coffre") < 50);
        assert!(conf("senha do admin: ", "Football1984#") >= 80);
        assert!(conf("Lösenordet till NAS:en är ", "Tall#6623strand") >= 80);
        assert!(conf("DB_PASSWORD=", "Liam-09.12.1969") >= 80);
        assert!(conf("password: ", "v1.2.3") < 50);
        assert!(conf("will be None. Pass stdout=", "PIPE") < 50);
        assert!(conf("the final pass.  Caution: ", "changing dither mode") < 50);
        assert!(conf("by-pass Analysis pass in case segments=", "1") < 50);
        assert!(conf("Hasło do serwera to ", "uANLBy9OtOdx2TxC") >= 80);
        assert!(conf("Het wachtwoord voor de server is ", "AoBcRiBRU*zm=4iV#") >= 80);
    }

    #[test]
    fn labels_tags_and_assertions_are_not_secrets() {
        assert!(conf("\"password\": \"", "Passwort") < 50);
        assert!(conf("\"forgot_password\": \"", "Passwort vergessen?") < 50);
        assert!(
            conf(
                "\"password\": \"",
                "\u{30d1}\u{30b9}\u{30ef}\u{30fc}\u{30c9}"
            ) < 50
        );
        assert!(
            conf(
                "Das Passwort liegt im 1Password-Tresor ",
                "\u{201e}Ops\u{201c},"
            ) < 50
        );
        assert!(conf("db_password: ", "!vault") < 50);
        assert!(conf("the password is in ", "1Password") < 50);
        assert!(
            conf(
                "\u{30d1}\u{30b9}\u{30ef}\u{30fc}\u{30c9}\u{306f}",
                "1Password"
            ) < 50
        );
        assert!(conf("Password=", "thisismypassword") >= 80);
        assert!(conf("stripeKey: ", "process.env.STRIPE_SECRET_KEY!") < 50);
        assert!(conf("spring.datasource.password=", "tWq=XB%v3MkiPPaNS") >= 80);
        assert!(conf("password=", "x64-uwp=fail") < 50);
        assert!(conf("s/KEY=", "VALUE/KLUCZ=WARTOSC/") < 50);
        assert!(
            conf(
                "tpmkey:file=/path\n  tpmkey:uuid=",
                "7f468c16-cb7f-11e1-824d-b3a4f4b20343"
            ) < 50
        );
        assert!(conf("resource \"random_password\" \"", "master") < 50);
    }
}
