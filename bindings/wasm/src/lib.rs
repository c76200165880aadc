//! `scrubline` for the browser (wasm-bindgen), over the core's portable
//! backend. Thin: options are the core's `ScannerOptions` JSON; results
//! are JSON text that `js/scrubline.js` parses. Offsets are UTF-16 code
//! units (JS string indices) and UTF-8 bytes. Errors are thrown as JS
//! `Error`s whose `code` property is the core's error code
//! (`scrubline::ERROR_CODES`); the JS wrapper turns them into `ScrublineError`.

use std::sync::Arc;

use scrubline::{EvidenceLog, ScannerOptions};
use serde_json::{Value, json};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `Date.now()`: the evidence log's clock (WASM has no system clock).
    #[wasm_bindgen(js_namespace = Date, js_name = now)]
    fn date_now() -> f64;
}

/// `CallOptions` from their JSON text (`None`: no overrides).
fn call_options(json: Option<String>) -> Result<scrubline::CallOptions, JsValue> {
    json.map_or(Ok(scrubline::CallOptions::default()), |j| {
        scrubline::CallOptions::from_json(&j).map_err(to_js)
    })
}

fn to_js(e: scrubline::Error) -> JsValue {
    coded(e.code(), &e.to_string())
}

/// A JS `Error` with `message` and a `code` property.
fn coded(code: &str, message: &str) -> JsValue {
    let error = js_sys::Error::new(message);
    // Setting a property on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(&error, &"code".into(), &code.into());
    error.into()
}

/// Every core error code with what it means, as JSON (`ERROR_CODES` in JS).
#[wasm_bindgen(js_name = errorCodes)]
pub fn error_codes() -> String {
    let codes: serde_json::Map<String, Value> = scrubline::ERROR_CODES
        .iter()
        .map(|(code, meaning)| (code.to_string(), Value::from(*meaning)))
        .collect();
    Value::Object(codes).to_string()
}

/// Throws the error a core error of `code` becomes (for the test that
/// every code reaches JS as `error.code`).
#[wasm_bindgen(js_name = errorExample)]
pub fn error_example(code: &str) -> Result<(), JsValue> {
    match scrubline::Error::examples()
        .into_iter()
        .find(|e| e.code() == code)
    {
        Some(e) => Err(to_js(e)),
        None => Ok(()),
    }
}

fn finding(f: &scrubline::Finding, path: Option<&str>) -> Value {
    json!({
        "ruleId": f.rule_id,
        "entity": f.entity,
        "category": f.category.as_str(),
        "confidence": f.confidence,
        "validated": f.validated,
        "start": f.utf16.start,
        "end": f.utf16.end,
        "byteStart": f.bytes.start,
        "byteEnd": f.bytes.end,
        "path": path,
    })
}

fn redacted(text: &str, findings: Vec<Value>, report: &scrubline::Report) -> String {
    json!({ "text": text, "findings": findings, "report": report }).to_string()
}

/// A compiled scanner (build once per page).
#[wasm_bindgen]
pub struct NativeScanner {
    inner: scrubline::Scanner,
}

#[wasm_bindgen]
impl NativeScanner {
    /// Builds from `ScannerOptions` JSON text.
    #[wasm_bindgen(constructor)]
    pub fn new(options_json: &str) -> Result<NativeScanner, JsValue> {
        let mut options = ScannerOptions::from_json(options_json).map_err(to_js)?;
        // Evidence records queue in memory here (no files in a browser);
        // the page takes them with `takeEvidence()` and sends them on.
        let evidence = options.evidence.take();
        let mut builder = options.builder();
        if let Some(e) = evidence {
            let log = EvidenceLog::with_clock(&e, Arc::new(|| date_now() as i64)).map_err(to_js)?;
            builder = builder.evidence(log);
        }
        Ok(NativeScanner {
            inner: builder.build().map_err(to_js)?,
        })
    }

    /// This scanner with caller context (`CallContext` JSON) on its evidence records.
    #[wasm_bindgen(js_name = withContext)]
    pub fn with_context(&self, context_json: &str) -> Result<NativeScanner, JsValue> {
        let context = scrubline::CallContext::from_json(context_json).map_err(to_js)?;
        Ok(NativeScanner {
            inner: self.inner.with_context(context).map_err(to_js)?,
        })
    }

    /// Writes open evidence buckets.
    #[wasm_bindgen(js_name = flushEvidence)]
    pub fn flush_evidence(&self) -> Result<(), JsValue> {
        match self.inner.evidence() {
            Some(log) => log.flush().map_err(to_js),
            None => Ok(()),
        }
    }

    /// Takes the queued evidence lines (sealed JSON records).
    #[wasm_bindgen(js_name = takeEvidence)]
    pub fn take_evidence(&self) -> Vec<String> {
        self.inner
            .evidence()
            .map(|log| log.take_lines())
            .unwrap_or_default()
    }

    /// Number of compiled rules.
    #[wasm_bindgen(getter, js_name = ruleCount)]
    pub fn rule_count(&self) -> usize {
        self.inner.rules().rules().len()
    }

    /// Redacts `text`; JSON `{text, findings, report}`. `call_json`: the
    /// core's `CallOptions` for this call only.
    pub fn redact(&self, text: &str, call_json: Option<String>) -> Result<String, JsValue> {
        let call = call_options(call_json)?;
        let r = self.inner.redact_with(text, &call).map_err(to_js)?;
        let f = r.findings.iter().map(|f| finding(f, None)).collect();
        Ok(redacted(&r.text, f, &r.report))
    }

    /// `redact`, replacing findings with `vault`'s numbered tokens.
    #[wasm_bindgen(js_name = redactToVault)]
    pub fn redact_to_vault(
        &self,
        text: &str,
        call_json: Option<String>,
        vault: &NativeVault,
    ) -> Result<String, JsValue> {
        let call = call_options(call_json)?;
        let r = self
            .inner
            .redact_to_vault(text, &call, &vault.inner)
            .map_err(to_js)?;
        let f = r.findings.iter().map(|f| finding(f, None)).collect();
        Ok(redacted(&r.text, f, &r.report))
    }

    /// Findings in `text`; JSON array.
    pub fn scan(&self, text: &str, call_json: Option<String>) -> Result<String, JsValue> {
        let call = call_options(call_json)?;
        let f: Vec<Value> = self
            .inner
            .scan_with(text, &call)
            .map_err(to_js)?
            .iter()
            .map(|f| finding(f, None))
            .collect();
        Ok(Value::Array(f).to_string())
    }

    /// Redacts a JSON document (text); JSON `{text: redacted JSON, findings,
    /// report}`. `call_json`: the core's `CallOptions` (`paths` selects fields).
    #[wasm_bindgen(js_name = redactJsonText)]
    pub fn redact_json_text(
        &self,
        json: &str,
        call_json: Option<String>,
    ) -> Result<String, JsValue> {
        self.json(json, call_json, None)
    }

    /// `redactJsonText`, replacing findings with `vault`'s numbered tokens.
    #[wasm_bindgen(js_name = redactJsonToVault)]
    pub fn redact_json_to_vault(
        &self,
        json: &str,
        call_json: Option<String>,
        vault: &NativeVault,
    ) -> Result<String, JsValue> {
        self.json(json, call_json, Some(&vault.inner))
    }

    /// A chunked redactor.
    pub fn stream(&self) -> NativeStream {
        NativeStream {
            inner: self.inner.stream(),
        }
    }
}

/// Chunked redaction: `feed` returns text that is final, `finish` the rest.
#[wasm_bindgen]
pub struct NativeStream {
    inner: scrubline::StreamRedactor,
}

#[wasm_bindgen]
impl NativeStream {
    /// Adds a chunk; returns newly final redacted text.
    pub fn feed(&mut self, chunk: &str) -> Result<String, JsValue> {
        self.inner.feed_str(chunk).map_err(to_js)
    }

    /// Ends the stream; returns the rest.
    pub fn finish(&mut self) -> Result<String, JsValue> {
        self.inner.finish_str().map_err(to_js)
    }

    /// Report so far (JSON).
    pub fn report(&self) -> String {
        serde_json::to_string(self.inner.report()).unwrap_or_default()
    }
}

/// Reversible tokens for one conversation (`scrubline::Vault`).
#[wasm_bindgen]
pub struct NativeVault {
    inner: scrubline::Vault,
}

#[wasm_bindgen]
impl NativeVault {
    /// An empty vault; `format_json` is a `TokenFormat` (prefix, separator, suffix).
    #[wasm_bindgen(constructor)]
    pub fn new(format_json: &str) -> Result<NativeVault, JsValue> {
        let format: scrubline::TokenFormat = serde_json::from_str(format_json).map_err(|e| {
            coded(
                "config",
                &format!("vault format: invalid at column {}", e.column()),
            )
        })?;
        Ok(NativeVault {
            inner: scrubline::Vault::with_format(format).map_err(to_js)?,
        })
    }

    /// `text` with this vault's tokens replaced by their values.
    pub fn restore(&self, text: &str) -> String {
        self.inner.restore(text)
    }

    /// The token of `value` as `entity` (numbered if new).
    pub fn token(&self, entity: &str, value: &str) -> String {
        self.inner.token(entity, value)
    }

    pub fn restorer(&self) -> NativeVaultRestorer {
        NativeVaultRestorer {
            inner: self.inner.restorer(),
        }
    }

    /// The vault encrypted under a 32-byte key with the page's random
    /// 24-byte `nonce` (`crypto.getRandomValues`).
    #[wasm_bindgen(js_name = sealWithNonce)]
    pub fn seal_with_nonce(&self, key: &[u8], nonce: &[u8]) -> Result<Vec<u8>, JsValue> {
        let nonce: [u8; 24] = nonce
            .try_into()
            .map_err(|_| coded("config", "the vault nonce must be 24 bytes"))?;
        self.inner.seal_with_nonce(key, nonce).map_err(to_js)
    }

    /// Opens a vault sealed under `key`.
    pub fn open(sealed: &[u8], key: &[u8]) -> Result<NativeVault, JsValue> {
        Ok(NativeVault {
            inner: scrubline::Vault::open(sealed, key).map_err(to_js)?,
        })
    }

    /// How many values the vault holds.
    #[wasm_bindgen(getter)]
    pub fn size(&self) -> usize {
        self.inner.len()
    }
}

/// Restores a streamed answer chunk by chunk.
#[wasm_bindgen]
pub struct NativeVaultRestorer {
    inner: scrubline::VaultRestorer,
}

#[wasm_bindgen]
impl NativeVaultRestorer {
    pub fn feed(&mut self, chunk: &str) -> String {
        self.inner.feed(chunk)
    }

    pub fn finish(&mut self) -> String {
        self.inner.finish()
    }
}

impl NativeScanner {
    fn json(
        &self,
        json: &str,
        call_json: Option<String>,
        vault: Option<&scrubline::Vault>,
    ) -> Result<String, JsValue> {
        let value: Value =
            serde_json::from_str(json).map_err(|e| coded("config", &format!("not JSON: {e}")))?;
        let call = call_options(call_json)?;
        let r = self
            .inner
            .redact_json_with(&value, &call, vault)
            .map_err(to_js)?;
        let f = r
            .findings
            .iter()
            .map(|f| finding(&f.finding, Some(&f.path)))
            .collect();
        Ok(redacted(&r.value.to_string(), f, &r.report))
    }
}
