//! The napi-rs layer under the `scrubline` npm package (`lib/index.js`).
//!
//! Thin by design: options are the core's `ScannerOptions` (the same JSON
//! the Python and WASM bindings and the shared vectors use), each method
//! maps onto one core call, offsets are given in UTF-16 code units (JS
//! string indices) and UTF-8 bytes. Errors thrown to JS carry the core's
//! error code (`scrubline::ERROR_CODES`) as their native `code` property;
//! core messages never contain input text.

use napi::bindgen_prelude::{AsyncTask, Buffer, Either};
use napi::{Env, Error, Result, Status, Task};
use napi_derive::napi;
use scrubline::ScannerOptions;

/// The status napi-rs gives a thrown error as its `code`: a core error
/// code. Functions returning `Result<T, Code>` throw errors that carry it.
#[derive(Clone, Copy, Debug)]
pub struct Code(&'static str);

impl AsRef<str> for Code {
    fn as_ref(&self) -> &str {
        self.0
    }
}

fn to_js(e: scrubline::Error) -> Error<Code> {
    Error::new(Code(e.code()), e.to_string())
}

/// Runs `f` for `items` inputs, turning a panic into an `engine` error per
/// item so that it never unwinds across the FFI boundary (the thread-pool
/// tasks are not guarded by napi-rs).
fn guarded(items: usize, f: impl FnOnce() -> NativeBatch) -> NativeBatch {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or_else(|_| {
        let panicked = || {
            Err(scrubline::Error::from(scrubline::ErrorKind::Engine {
                message: "internal error (a panic in scrubline); please report it".into(),
            }))
        };
        NativeBatch::new((0..items).map(|_| panicked()).collect())
    })
}

/// Every core error code with what it means (`ERROR_CODES` in JS).
#[napi(ts_return_type = "Record<string, string>")]
pub fn error_codes() -> serde_json::Value {
    scrubline::ERROR_CODES
        .iter()
        .map(|(code, meaning)| (code.to_string(), serde_json::Value::from(*meaning)))
        .collect::<serde_json::Map<_, _>>()
        .into()
}

/// The sum of two reports of one scanner (the core's `Report::merge`).
#[napi]
pub fn merge_reports(a: serde_json::Value, b: serde_json::Value) -> Result<serde_json::Value> {
    let parse = |v: serde_json::Value| {
        serde_json::from_value::<scrubline::Report>(v)
            .map_err(|e| Error::from_reason(format!("not a scrubline report: {e}")))
    };
    let mut a = parse(a)?;
    a.merge(&parse(b)?);
    Ok(report(&a))
}

/// Throws the error a core error of `code` becomes (for the test that
/// every code reaches JS as `error.code`).
#[napi]
pub fn error_example(code: String) -> Result<(), Code> {
    match scrubline::Error::examples()
        .into_iter()
        .find(|e| e.code() == code)
    {
        Some(e) => Err(to_js(e)),
        None => Ok(()),
    }
}

/// One detection: metadata and offsets, never the matched value.
#[napi(object)]
pub struct Finding {
    pub rule_id: String,
    pub entity: String,
    pub category: String,
    pub confidence: f64,
    pub validated: bool,
    /// Start as a JS string index (UTF-16 code units).
    pub start: u32,
    pub end: u32,
    pub byte_start: u32,
    pub byte_end: u32,
    /// JSON Pointer of the field (`redactJson` only); ends with `~` for a finding in a key.
    pub path: Option<String>,
}

fn finding(f: scrubline::Finding, path: Option<String>) -> Finding {
    Finding {
        category: f.category.as_str().to_string(),
        confidence: f.confidence_f64(),
        validated: f.validated,
        start: f.utf16.start as u32,
        end: f.utf16.end as u32,
        byte_start: f.bytes.start as u32,
        byte_end: f.bytes.end as u32,
        rule_id: f.rule_id.into(),
        entity: f.entity.into(),
        path,
    }
}

fn findings(list: Vec<scrubline::Finding>) -> Vec<Finding> {
    list.into_iter().map(|f| finding(f, None)).collect()
}

/// `CallOptions` from their JSON text (`None`: no overrides).
fn call_options(json: Option<String>) -> Result<scrubline::CallOptions, Code> {
    json.map_or(Ok(scrubline::CallOptions::default()), |j| {
        scrubline::CallOptions::from_json(&j).map_err(to_js)
    })
}

fn report(r: &scrubline::Report) -> serde_json::Value {
    serde_json::to_value(r).unwrap_or(serde_json::Value::Null)
}

/// Redacted text, findings and the audit report (plain object).
#[napi(object)]
pub struct Redacted {
    pub text: String,
    pub findings: Vec<Finding>,
    pub report: serde_json::Value,
}

/// A compiled scanner; immutable, shareable.
#[napi]
pub struct NativeScanner {
    inner: scrubline::Scanner,
}

/// `redactAsync` work on the libuv thread pool.
pub struct RedactTask {
    scanner: scrubline::Scanner,
    text: String,
    call: scrubline::CallOptions,
    vault: Option<scrubline::Vault>,
}

impl Task for RedactTask {
    type Output = NativeBatch;
    type JsValue = NativeBatch;

    /// An error is the batch's one item, so it reaches JS with its code.
    fn compute(&mut self) -> Result<Self::Output> {
        Ok(guarded(1, || {
            NativeBatch::new(vec![match &self.vault {
                Some(v) => self.scanner.redact_to_vault(&self.text, &self.call, v),
                None => self.scanner.redact_with(&self.text, &self.call),
            }])
        }))
    }

    fn resolve(&mut self, _env: Env, output: Self::Output) -> Result<Self::JsValue> {
        Ok(output)
    }
}

/// `redactBatch` work on the libuv thread pool (rayon inside).
pub struct BatchTask {
    scanner: scrubline::Scanner,
    texts: Vec<String>,
}

impl Task for BatchTask {
    type Output = NativeBatch;
    type JsValue = NativeBatch;

    fn compute(&mut self) -> Result<Self::Output> {
        // Taken, so the inputs are freed here rather than on the JS thread.
        let texts = std::mem::take(&mut self.texts);
        Ok(guarded(texts.len(), || {
            NativeBatch::new(self.scanner.redact_batch(&texts))
        }))
    }

    fn resolve(&mut self, _env: Env, output: Self::Output) -> Result<Self::JsValue> {
        Ok(output)
    }
}

/// A batch item's findings and report, kept in Rust until JS reads them.
struct BatchItem {
    findings: Vec<scrubline::Finding>,
    report: scrubline::Report,
}

/// A failed batch item: its position, the core's error code and message
/// (`item N: ...`; never input text).
#[napi(object)]
pub struct ItemError {
    pub index: u32,
    pub code: String,
    /// `item N: ` and the reason.
    pub message: String,
    /// The reason alone (what a one-text call throws).
    pub reason: String,
}

/// The outcome of `redactBatch`: the redacted texts, handed over once;
/// each item's findings and report, built as JS values only when read
/// (building them for every row costs more than scanning a short row);
/// one error per failed item.
#[napi]
pub struct NativeBatch {
    texts: Vec<Option<String>>,
    items: Vec<std::result::Result<BatchItem, scrubline::Error>>,
}

impl NativeBatch {
    fn new(results: Vec<scrubline::Result<scrubline::Redacted>>) -> NativeBatch {
        let mut texts = Vec::with_capacity(results.len());
        let items = results
            .into_iter()
            .map(|r| match r {
                Ok(r) => {
                    texts.push(Some(r.text));
                    Ok(BatchItem {
                        findings: r.findings,
                        report: r.report,
                    })
                }
                Err(e) => {
                    texts.push(None);
                    Err(e)
                }
            })
            .collect();
        NativeBatch { texts, items }
    }

    fn item(&self, index: u32) -> Result<&BatchItem> {
        match self.items.get(index as usize) {
            Some(Ok(item)) => Ok(item),
            _ => Err(Error::new(
                Status::InvalidArg,
                format!("batch item {index} has no result"),
            )),
        }
    }
}

#[napi]
impl NativeBatch {
    /// Redacted texts in input order, `null` for failed items. The first
    /// call takes them; later calls get an empty array.
    #[napi]
    pub fn take_texts(&mut self) -> Vec<Option<String>> {
        std::mem::take(&mut self.texts)
    }

    /// The failed items, in input order.
    #[napi]
    pub fn errors(&self) -> Vec<ItemError> {
        self.items
            .iter()
            .enumerate()
            .filter_map(|(index, r)| r.as_ref().err().map(|e| (index, e)))
            .map(|(index, e)| ItemError {
                index: index as u32,
                code: e.code().to_string(),
                message: format!("item {index}: {e}"),
                reason: e.to_string(),
            })
            .collect()
    }

    /// Positions of the items whose report is `degraded`.
    #[napi]
    pub fn degraded(&self) -> Vec<u32> {
        self.items
            .iter()
            .enumerate()
            .filter(|(_, r)| r.as_ref().is_ok_and(|item| item.report.degraded))
            .map(|(index, _)| index as u32)
            .collect()
    }

    /// Findings of item `index` (a successful one).
    #[napi]
    pub fn findings(&self, index: u32) -> Result<Vec<Finding>> {
        Ok(findings(self.item(index)?.findings.clone()))
    }

    /// Report of item `index` (a successful one) as JSON text, with
    /// `packs` empty: the same for every report of a scanner, JS fills it
    /// in from one shared copy (`packsJson`). `JSON.parse` of a short
    /// text is faster than building the object through N-API.
    #[napi]
    pub fn report_json(&self, index: u32) -> Result<String> {
        let report = scrubline::Report {
            packs: std::sync::Arc::from([]),
            ..self.item(index)?.report.clone()
        };
        serde_json::to_string(&report).map_err(|e| Error::from_reason(e.to_string()))
    }
}

#[napi]
impl NativeScanner {
    /// Builds from `ScannerOptions` JSON text.
    #[napi(constructor)]
    pub fn new(options_json: String) -> Result<Self, Code> {
        let options = ScannerOptions::from_json(&options_json).map_err(to_js)?;
        Ok(NativeScanner {
            inner: options.build().map_err(to_js)?,
        })
    }

    #[napi(getter)]
    pub fn backend(&self) -> String {
        self.inner.backend_name().to_string()
    }

    #[napi(getter)]
    pub fn rule_count(&self) -> u32 {
        self.inner.rules().rules().len() as u32
    }

    #[napi(getter)]
    pub fn rule_set_sha256(&self) -> String {
        self.inner.rules().sha256()
    }

    /// Redacts `text`; the result is a one-item `NativeBatch`, so
    /// findings and report are built only when read.
    /// `call_json`: the core's `CallOptions` for this call only.
    #[napi]
    pub fn redact(&self, text: String, call_json: Option<String>) -> Result<NativeBatch, Code> {
        let call = call_options(call_json)?;
        let r = self.inner.redact_with(&text, &call).map_err(to_js)?;
        Ok(NativeBatch::new(vec![Ok(r)]))
    }

    /// `redact` on the libuv thread pool.
    #[napi(ts_return_type = "Promise<NativeBatch>")]
    pub fn redact_async(
        &self,
        text: String,
        call_json: Option<String>,
        vault: Option<&NativeVault>,
    ) -> Result<AsyncTask<RedactTask>, Code> {
        Ok(AsyncTask::new(RedactTask {
            scanner: self.inner.clone(),
            text,
            call: call_options(call_json)?,
            vault: vault.map(|v| v.inner.clone()),
        }))
    }

    /// `redact`, replacing findings with `vault`'s numbered tokens.
    #[napi]
    pub fn redact_to_vault(
        &self,
        text: String,
        call_json: Option<String>,
        vault: &NativeVault,
    ) -> Result<NativeBatch, Code> {
        let call = call_options(call_json)?;
        let r = self
            .inner
            .redact_to_vault(&text, &call, &vault.inner)
            .map_err(to_js)?;
        Ok(NativeBatch::new(vec![Ok(r)]))
    }

    /// A stream replacing findings with `vault`'s tokens.
    #[napi]
    pub fn stream_to_vault(&self, vault: &NativeVault) -> NativeStream {
        NativeStream {
            inner: self.inner.stream_to_vault(&vault.inner),
        }
    }

    #[napi]
    pub fn scan(&self, text: String, call_json: Option<String>) -> Result<Vec<Finding>, Code> {
        let call = call_options(call_json)?;
        self.inner
            .scan_with(&text, &call)
            .map(findings)
            .map_err(to_js)
    }

    /// Redacts `texts` on the libuv thread pool, in parallel on rayon's
    /// threads; the strings are copied into Rust before the task starts.
    #[napi(ts_return_type = "Promise<NativeBatch>")]
    pub fn redact_batch(&self, texts: Vec<String>) -> AsyncTask<BatchTask> {
        AsyncTask::new(BatchTask {
            scanner: self.inner.clone(),
            texts,
        })
    }

    /// `redactBatch` on the calling thread (rayon's threads still scan).
    #[napi(catch_unwind)]
    pub fn redact_batch_sync(&self, texts: Vec<String>) -> NativeBatch {
        NativeBatch::new(self.inner.redact_batch(&texts))
    }

    /// Redacts a JSON document given as text; `text` is the redacted JSON.
    /// `call_json`: the core's `CallOptions` (`paths` selects fields); with
    /// `vault`, findings become its tokens.
    #[napi]
    pub fn redact_json_text(
        &self,
        json: String,
        call_json: Option<String>,
        vault: Option<&NativeVault>,
    ) -> Result<Redacted, Code> {
        let value: serde_json::Value = serde_json::from_str(&json)
            .map_err(|e| Error::new(Code("config"), format!("not JSON: {e}")))?;
        let call = call_options(call_json)?;
        let r = self
            .inner
            .redact_json_with(&value, &call, vault.map(|v| &v.inner))
            .map_err(to_js)?;
        Ok(Redacted {
            text: r.value.to_string(),
            findings: r
                .findings
                .into_iter()
                .map(|f| finding(f.finding, Some(f.path)))
                .collect(),
            report: report(&r.report),
        })
    }

    #[napi]
    pub fn stream(&self) -> NativeStream {
        NativeStream {
            inner: self.inner.stream(),
        }
    }

    #[napi]
    pub fn empty_report(&self) -> serde_json::Value {
        report(&self.inner.empty_report())
    }

    /// The loaded packs of every report, as JSON text.
    #[napi(getter)]
    pub fn packs_json(&self) -> String {
        serde_json::to_string(&self.inner.empty_report().packs).unwrap_or_else(|_| "[]".into())
    }

    /// This scanner with caller context (`CallContext` JSON) on its evidence records.
    #[napi]
    pub fn with_context(&self, context_json: String) -> Result<NativeScanner, Code> {
        let context = scrubline::CallContext::from_json(&context_json).map_err(to_js)?;
        Ok(NativeScanner {
            inner: self.inner.with_context(context).map_err(to_js)?,
        })
    }

    /// Writes open evidence buckets and flushes the log.
    #[napi]
    pub fn flush_evidence(&self) -> Result<(), Code> {
        match self.inner.evidence() {
            Some(log) => log.flush().map_err(to_js),
            None => Ok(()),
        }
    }

    /// Takes the queued lines of an in-memory evidence log.
    #[napi]
    pub fn take_evidence(&self) -> Vec<String> {
        self.inner
            .evidence()
            .map(|log| log.take_lines())
            .unwrap_or_default()
    }

    /// `{ seq, hash }` of the last evidence record, if logging.
    #[napi(getter)]
    pub fn evidence_head(&self) -> Option<serde_json::Value> {
        self.inner
            .evidence()
            .map(|log| log.head())
            .map(|(seq, hash)| serde_json::json!({ "seq": seq, "hash": hash }))
    }
}

/// Verifies evidence log files or directories in chain order; returns the
/// verification (`ok`, `records`, `head_hash`, `problem`, ...).
#[napi]
pub fn verify_evidence(
    paths: Vec<String>,
    prefix: Option<String>,
    key: Option<Buffer>,
    allow_partial: Option<bool>,
    expect_head: Option<String>,
) -> Result<serde_json::Value, Code> {
    use scrubline::evidence::verify::{VerifyOptions, verify_paths};
    let options = VerifyOptions {
        key: key.map(|k| k.to_vec()),
        allow_partial: allow_partial.unwrap_or(false),
        expect_head,
        ..VerifyOptions::default()
    };
    let prefix = prefix.unwrap_or_else(|| "evidence".into());
    let (v, _) = verify_paths(&paths, &prefix, options).map_err(to_js)?;
    Ok(serde_json::to_value(v).expect("a verification serializes"))
}

/// Chunked redaction (see the `Transform` in `lib/index.js`).
#[napi]
pub struct NativeStream {
    inner: scrubline::StreamRedactor,
}

#[napi]
impl NativeStream {
    /// Adds a chunk (string or UTF-8 bytes); returns newly final text.
    #[napi]
    pub fn feed(&mut self, chunk: Either<String, Buffer>) -> Result<String, Code> {
        match chunk {
            Either::A(s) => self.inner.feed_str(&s),
            Either::B(b) => self.inner.feed(&b).and_then(|out| {
                String::from_utf8(out).map_err(|_| {
                    scrubline::Error::from(scrubline::ErrorKind::InvalidUtf8 { valid_up_to: 0 })
                })
            }),
        }
        .map_err(to_js)
    }

    #[napi]
    pub fn finish(&mut self) -> Result<String, Code> {
        self.inner.finish_str().map_err(to_js)
    }

    #[napi]
    pub fn take_findings(&mut self) -> Vec<Finding> {
        findings(self.inner.take_findings())
    }

    #[napi]
    pub fn report(&self) -> serde_json::Value {
        report(self.inner.report())
    }
}

/// Reversible tokens for one conversation (`scrubline::Vault`).
#[napi]
pub struct NativeVault {
    inner: scrubline::Vault,
}

#[napi]
impl NativeVault {
    /// An empty vault; `format_json` is a `TokenFormat` (prefix, separator, suffix).
    #[napi(constructor)]
    pub fn new(format_json: Option<String>) -> Result<Self, Code> {
        let inner = match format_json {
            None => scrubline::Vault::new(),
            Some(j) => {
                let format: scrubline::TokenFormat = serde_json::from_str(&j).map_err(|e| {
                    Error::new(
                        Code("config"),
                        format!("vault format: invalid at column {}", e.column()),
                    )
                })?;
                scrubline::Vault::with_format(format).map_err(to_js)?
            }
        };
        Ok(NativeVault { inner })
    }

    /// `text` with this vault's tokens replaced by their values.
    #[napi]
    pub fn restore(&self, text: String) -> String {
        self.inner.restore(&text)
    }

    /// The token of `value` as `entity` (numbered if new).
    #[napi]
    pub fn token(&self, entity: String, value: String) -> String {
        self.inner.token(&entity, &value)
    }

    #[napi]
    pub fn restorer(&self) -> NativeVaultRestorer {
        NativeVaultRestorer {
            inner: self.inner.restorer(),
        }
    }

    /// The vault encrypted under a 32-byte key.
    #[napi]
    pub fn seal(&self, key: Buffer) -> Result<Buffer, Code> {
        Ok(self.inner.seal(&key).map_err(to_js)?.into())
    }

    /// Opens a vault sealed under `key`.
    #[napi(factory)]
    pub fn open(sealed: Buffer, key: Buffer) -> Result<Self, Code> {
        Ok(NativeVault {
            inner: scrubline::Vault::open(&sealed, &key).map_err(to_js)?,
        })
    }

    /// How many values the vault holds.
    #[napi(getter)]
    pub fn size(&self) -> u32 {
        self.inner.len() as u32
    }
}

/// Restores a streamed answer chunk by chunk.
#[napi]
pub struct NativeVaultRestorer {
    inner: scrubline::VaultRestorer,
}

#[napi]
impl NativeVaultRestorer {
    #[napi]
    pub fn feed(&mut self, chunk: String) -> String {
        self.inner.feed(&chunk)
    }

    #[napi]
    pub fn finish(&mut self) -> String {
        self.inner.finish()
    }
}
