//! `scrubline._native`: the pyo3 layer under the `scrubline` Python package.
//!
//! Thin by design: every option goes through the core's `ScannerOptions`
//! (as JSON, so Python, Node and WASM configure the same struct), every
//! call maps onto one core method, and all scanning runs with the GIL
//! released. The Pythonic surface (keyword arguments, JSON walking,
//! logging, ASGI) lives in `python/scrubline/`.

mod arrow;

use std::sync::{Arc, Mutex};

use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyString};
use scrubline::ScannerOptions;

create_exception!(
    _native,
    ScrublineError,
    PyException,
    "Base class of every scrubline error. `.code` names the kind."
);
create_exception!(
    _native,
    RuleError,
    ScrublineError,
    "A rule pack is malformed or a rule cannot be compiled."
);
create_exception!(
    _native,
    ConfigError,
    ScrublineError,
    "The scrubber configuration is inconsistent."
);
create_exception!(
    _native,
    InputTooLargeError,
    ScrublineError,
    "One call was given more input than `max_input_bytes`."
);
create_exception!(
    _native,
    InvalidUtf8Error,
    ScrublineError,
    "Redacted bytes are not valid UTF-8 where text was required."
);
create_exception!(
    _native,
    EngineError,
    ScrublineError,
    "The pattern engine failed; nothing was redacted."
);
create_exception!(
    _native,
    ModelError,
    ScrublineError,
    "The PII classifier model or ONNX Runtime is missing, corrupt or mismatched."
);
create_exception!(
    _native,
    StreamFinishedError,
    ScrublineError,
    "A stream was used after `finish()`."
);

create_exception!(
    _native,
    EvidenceError,
    ScrublineError,
    "The evidence log could not be opened or written; the call was not recorded, so it failed."
);

create_exception!(
    _native,
    BlockedError,
    ScrublineError,
    "The input holds findings the call's `block` list refuses; `.entities` counts them per entity."
);

/// Converts a core error into the matching Python exception. Core messages
/// never contain input text, so they are passed through as they are.
fn to_py(e: scrubline::Error) -> PyErr {
    error(e, None)
}

/// The error of batch item `index`: its message starts `item N: ` and
/// `.index` is set.
fn item_error(e: scrubline::Error, index: usize) -> PyErr {
    error(e, Some(index))
}

fn error(e: scrubline::Error, index: Option<usize>) -> PyErr {
    let message = match index {
        Some(i) => format!("item {i}: {e}"),
        None => e.to_string(),
    };
    let err = match e.code() {
        "rule_parse" | "rule_compile" | "duplicate_rule" | "io" => RuleError::new_err(message),
        "config" => ConfigError::new_err(message),
        "input_too_large" => InputTooLargeError::new_err(message),
        "invalid_utf8" => InvalidUtf8Error::new_err(message),
        "engine" => EngineError::new_err(message),
        "model" => ModelError::new_err(message),
        "stream_finished" => StreamFinishedError::new_err(message),
        "evidence" => EvidenceError::new_err(message),
        "blocked" => BlockedError::new_err(message),
        // `invalid_encoding` (and any code a newer core adds) is the base class.
        _ => ScrublineError::new_err(message),
    };
    Python::attach(|py| {
        let value = err.value(py);
        let _ = value.setattr("code", e.code());
        let _ = value.setattr("index", index);
        if let scrubline::ErrorKind::Blocked { entities } = e.kind() {
            let _ = value.setattr("entities", entities.clone());
        }
    });
    err
}

/// One detection. Holds offsets and metadata, never the matched value.
#[pyclass(frozen, get_all, module = "scrubline._native")]
#[derive(Clone)]
struct Finding {
    rule_id: String,
    entity: String,
    category: &'static str,
    confidence: f64,
    validated: bool,
    /// Start as a Python `str` index (code points).
    start: usize,
    end: usize,
    byte_start: usize,
    byte_end: usize,
    /// JSON Pointer of the field (`redact_json` only); ends with `~` for a finding in a key.
    path: Option<String>,
}

impl Finding {
    fn new(f: scrubline::Finding, path: Option<String>) -> Finding {
        Finding {
            confidence: f.confidence_f64(),
            category: f.category.as_str(),
            rule_id: f.rule_id.into(),
            entity: f.entity.into(),
            validated: f.validated,
            start: f.chars.start,
            end: f.chars.end,
            byte_start: f.bytes.start,
            byte_end: f.bytes.end,
            path,
        }
    }
}

#[pymethods]
impl Finding {
    fn __repr__(&self) -> String {
        let path = self
            .path
            .as_ref()
            .map(|p| format!(", path={p:?}"))
            .unwrap_or_default();
        format!(
            "Finding(rule_id={:?}, entity={:?}, category={:?}, start={}, end={}, confidence={:.2}{path})",
            self.rule_id, self.entity, self.category, self.start, self.end, self.confidence
        )
    }
}

/// `CallOptions` from their JSON text (`None`: no overrides).
fn call_options(json: Option<&str>) -> PyResult<scrubline::CallOptions> {
    json.map_or(Ok(scrubline::CallOptions::default()), |j| {
        scrubline::CallOptions::from_json(j).map_err(to_py)
    })
}

/// The `on_report` hook: a Python callable given each successful call's
/// report. An exception in it goes to `sys.unraisablehook` (printed by
/// default) and does not fail the call: metrics must not block redaction.
struct ReportHook(Py<PyAny>);

impl scrubline::Observer for ReportHook {
    fn observe(&self, call: &scrubline::Call<'_>) -> scrubline::Result<()> {
        if call.error.is_some() {
            return Ok(());
        }
        Python::attach(|py| {
            let report = Report {
                inner: call.report.clone(),
            };
            if let Err(e) = self.0.call1(py, (report,)) {
                e.write_unraisable(py, Some(self.0.bind(py)));
            }
        });
        Ok(())
    }
}

fn findings(list: Vec<scrubline::Finding>) -> Vec<Finding> {
    list.into_iter().map(|f| Finding::new(f, None)).collect()
}

/// Audit evidence for one call: counts, rule-set digest, versions. Never content.
#[pyclass(frozen, module = "scrubline._native")]
struct Report {
    inner: scrubline::Report,
}

#[pymethods]
impl Report {
    /// The report as JSON text (stable schema, `schema_version`).
    fn to_json(&self) -> String {
        self.inner.to_json()
    }
    /// The report as a dict (what `to_json` writes).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py.import("json")?
            .call_method1("loads", (self.inner.to_json(),))
    }
    /// Sums another report's counts into a new report.
    fn merged(&self, other: &Report) -> Report {
        let mut inner = self.inner.clone();
        inner.merge(&other.inner);
        Report { inner }
    }
    #[getter]
    fn findings(&self) -> u64 {
        self.inner.findings
    }
    #[getter]
    fn bytes_scanned(&self) -> u64 {
        self.inner.bytes_scanned
    }
    #[getter]
    fn degraded(&self) -> bool {
        self.inner.degraded
    }
    #[getter]
    fn backend(&self) -> &str {
        &self.inner.backend
    }
    #[getter]
    fn rule_set_sha256(&self) -> &str {
        &self.inner.rule_set_sha256
    }
    /// Models that ran: dicts with `name`, `version`, `sha256`.
    #[getter]
    fn models(&self) -> Vec<std::collections::BTreeMap<&'static str, String>> {
        self.inner
            .models
            .iter()
            .map(|m| {
                [
                    ("name", m.name.clone()),
                    ("version", m.version.clone()),
                    ("sha256", m.sha256.clone()),
                ]
                .into_iter()
                .collect()
            })
            .collect()
    }
    #[getter]
    fn by_category(&self) -> std::collections::BTreeMap<String, u64> {
        self.inner.by_category.clone()
    }
    #[getter]
    fn by_entity(&self) -> std::collections::BTreeMap<String, u64> {
        self.inner.by_entity.clone()
    }
    #[getter]
    fn by_rule(&self) -> std::collections::BTreeMap<String, u64> {
        self.inner.by_rule.clone()
    }
    #[getter]
    fn by_operator(&self) -> std::collections::BTreeMap<String, u64> {
        self.inner.by_operator.clone()
    }
    fn __repr__(&self) -> String {
        format!(
            "Report(findings={}, bytes_scanned={}, by_entity={:?})",
            self.inner.findings, self.inner.bytes_scanned, self.inner.by_entity
        )
    }
}

/// The redacted text (or bytes), what was found, and the report. The
/// findings list and the report become Python objects on first access, so
/// a batch of rows whose reports nobody reads does not pay for them.
#[pyclass(frozen, module = "scrubline._native")]
struct Redacted {
    #[pyo3(get)]
    text: Py<PyAny>,
    found: Vec<Finding>,
    counts: scrubline::Report,
    findings: PyOnceLock<Py<PyAny>>,
    report: PyOnceLock<Py<Report>>,
}

/// Rows per parallel step of `redact_batch`.
const BATCH_CHUNK: usize = 4096;

/// The redacted text as a Python string: the caller's own object when
/// nothing changed (most rows of a log), a new one otherwise.
fn text_out(py: Python<'_>, input: PyBackedStr, redacted: &str) -> Py<PyAny> {
    if *input == *redacted {
        let Ok(same) = input.into_pyobject(py);
        same.into_any().unbind()
    } else {
        PyString::new(py, redacted).into_any().unbind()
    }
}

fn redacted(
    _py: Python<'_>,
    text: Py<PyAny>,
    f: Vec<Finding>,
    r: scrubline::Report,
) -> PyResult<Redacted> {
    Ok(Redacted {
        text,
        found: f,
        counts: r,
        findings: PyOnceLock::new(),
        report: PyOnceLock::new(),
    })
}

#[pymethods]
impl Redacted {
    /// What was found, in text order.
    #[getter]
    fn findings(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.findings
            .get_or_try_init(py, || {
                Ok::<_, PyErr>(self.found.clone().into_pyobject(py)?.into_any().unbind())
            })
            .map(|f| f.clone_ref(py))
    }

    /// Counts for this call (safe to log).
    #[getter]
    fn report(&self, py: Python<'_>) -> PyResult<Py<Report>> {
        self.report
            .get_or_try_init(py, || {
                Py::new(
                    py,
                    Report {
                        inner: self.counts.clone(),
                    },
                )
            })
            .map(|r| r.clone_ref(py))
    }

    /// Whether a configured detector did not run (see `Report.degraded`).
    #[getter]
    fn degraded(&self) -> bool {
        self.counts.degraded
    }

    fn __repr__(&self) -> String {
        format!("Redacted(findings={})", self.counts.findings)
    }
}

/// A compiled scanner. Immutable and thread-safe: build once, share.
#[pyclass(frozen, weakref, module = "scrubline._native")]
struct Scanner {
    inner: scrubline::Scanner,
}

#[pymethods]
impl Scanner {
    /// Builds from `ScannerOptions` JSON, plus an optional raw pseudonym key
    /// and a callable told of each successful call's report.
    #[new]
    #[pyo3(signature = (options_json, pseudonym_key=None, on_report=None))]
    fn new(
        py: Python<'_>,
        options_json: &str,
        pseudonym_key: Option<Vec<u8>>,
        on_report: Option<Py<PyAny>>,
    ) -> PyResult<Scanner> {
        let options = ScannerOptions::from_json(options_json).map_err(to_py)?;
        let inner = py
            .detach(|| {
                let mut builder = options.builder();
                if let Some(key) = pseudonym_key {
                    builder = builder.pseudonym_key(key);
                }
                if let Some(hook) = on_report {
                    builder = builder.observer(Arc::new(ReportHook(hook)));
                }
                builder.build()
            })
            .map_err(to_py)?;
        Ok(Scanner { inner })
    }

    /// Backend in use (`hyperscan` or `portable`).
    #[getter]
    fn backend(&self) -> &'static str {
        self.inner.backend_name()
    }

    /// Number of rules compiled.
    #[getter]
    fn rule_count(&self) -> usize {
        self.inner.rules().rules().len()
    }

    /// SHA-256 of the compiled rule set.
    #[getter]
    fn rule_set_sha256(&self) -> String {
        self.inner.rules().sha256()
    }

    #[pyo3(signature = (text, call=None, vault=None))]
    fn redact(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyString>,
        call: Option<&str>,
        vault: Option<PyRef<'_, Vault>>,
    ) -> PyResult<Redacted> {
        let call = call_options(call)?;
        let vault = vault.map(|v| v.inner.clone());
        let input = PyBackedStr::try_from(text.clone())?;
        let r = py
            .detach(|| match &vault {
                Some(v) => self.inner.redact_to_vault(&input, &call, v),
                None => self.inner.redact_with(&input, &call),
            })
            .map_err(to_py)?;
        let out = text_out(py, input, &r.text);
        redacted(py, out, findings(r.findings), r.report)
    }

    #[pyo3(signature = (data, call=None, vault=None))]
    fn redact_bytes(
        &self,
        py: Python<'_>,
        data: &[u8],
        call: Option<&str>,
        vault: Option<PyRef<'_, Vault>>,
    ) -> PyResult<Redacted> {
        let call = call_options(call)?;
        let vault = vault.map(|v| v.inner.clone());
        let r = py
            .detach(|| match &vault {
                Some(v) => self.inner.redact_bytes_to_vault(data, &call, v),
                None => self.inner.redact_bytes_with(data, &call),
            })
            .map_err(to_py)?;
        let out = PyBytes::new(py, &r.bytes).into_any().unbind();
        redacted(py, out, findings(r.findings), r.report)
    }

    #[pyo3(signature = (text, call=None))]
    fn scan(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyString>,
        call: Option<&str>,
    ) -> PyResult<Vec<Finding>> {
        let call = call_options(call)?;
        let text = PyBackedStr::try_from(text.clone())?;
        let f = py
            .detach(|| self.inner.scan_with(&text, &call))
            .map_err(to_py)?;
        Ok(findings(f))
    }

    /// Redacts many texts in parallel. A failing item raises its error
    /// with `.index` set, or with `return_exceptions` takes its place in
    /// the list so the other items are kept. Returns the list and the
    /// position of the first degraded result (`None`: none).
    #[pyo3(signature = (texts, return_exceptions=false))]
    fn redact_batch(
        &self,
        py: Python<'_>,
        texts: Vec<PyBackedStr>,
        return_exceptions: bool,
    ) -> PyResult<(Vec<Py<PyAny>>, Option<usize>)> {
        let mut degraded = None;
        let mut list = Vec::with_capacity(texts.len());
        let mut texts = texts.into_iter();
        let mut start = 0;
        // In chunks, so each chunk's results are turned into Python objects
        // while they are still in cache, and their memory is reused.
        while texts.len() > 0 {
            let chunk: Vec<PyBackedStr> = texts.by_ref().take(BATCH_CHUNK).collect();
            let results = py.detach(|| self.inner.redact_batch(&chunk));
            for (offset, (r, input)) in results.into_iter().zip(chunk).enumerate() {
                let index = start + offset;
                list.push(match r {
                    Ok(r) => {
                        if r.report.degraded && degraded.is_none() {
                            degraded = Some(index);
                        }
                        let out = text_out(py, input, &r.text);
                        let r = redacted(py, out, findings(r.findings), r.report)?;
                        Py::new(py, r)?.into_any()
                    }
                    Err(e) => {
                        let err = item_error(e, index);
                        if return_exceptions {
                            err.into_value(py).into_any()
                        } else {
                            return Err(err);
                        }
                    }
                });
            }
            start += BATCH_CHUNK;
        }
        Ok((list, degraded))
    }

    /// Redacts the rows of one Arrow `string`/`large_string` array given
    /// as buffers (see `arrow.rs`); returns `(offsets, data, counts,
    /// validity, null_count)` as bytes for `pyarrow.Array.from_buffers`.
    #[allow(clippy::too_many_arguments, clippy::type_complexity)]
    #[pyo3(signature = (offsets, data, large, validity, bit_offset, length, nulls_on_error))]
    fn redact_arrow_buffers(
        &self,
        py: Python<'_>,
        offsets: &[u8],
        data: &[u8],
        large: bool,
        validity: Option<&[u8]>,
        bit_offset: usize,
        length: usize,
        nulls_on_error: bool,
    ) -> PyResult<(
        Py<PyBytes>,
        Py<PyBytes>,
        Py<PyBytes>,
        Option<Py<PyBytes>>,
        usize,
    )> {
        let column = arrow::Utf8Column {
            offsets,
            large,
            data,
            validity,
            bit_offset,
            length,
        };
        let out = py
            .detach(|| column.redact(&self.inner, nulls_on_error))
            .map_err(|arrow::Malformed(m)| PyValueError::new_err(m))?;
        if let Some((index, e)) = out.failed {
            return Err(item_error(e, index));
        }
        let bytes = |b: &[u8]| PyBytes::new(py, b).unbind();
        Ok((
            bytes(&out.offsets),
            bytes(&out.data),
            bytes(&out.counts),
            out.validity.as_deref().map(bytes),
            out.null_count,
        ))
    }

    /// Redacts a JSON document given as text; returns the redacted JSON text.
    #[pyo3(signature = (json, call=None, vault=None))]
    fn redact_json(
        &self,
        py: Python<'_>,
        json: &str,
        call: Option<&str>,
        vault: Option<PyRef<'_, Vault>>,
    ) -> PyResult<Redacted> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| PyTypeError::new_err(format!("not JSON: {e}")))?;
        let call = call_options(call)?;
        let vault = vault.map(|v| v.inner.clone());
        let r = py
            .detach(|| self.inner.redact_json_with(&value, &call, vault.as_ref()))
            .map_err(to_py)?;
        let text = serde_json::to_string(&r.value).expect("a JSON value serializes");
        let f = r
            .findings
            .into_iter()
            .map(|f| Finding::new(f.finding, Some(f.path)))
            .collect();
        redacted(
            py,
            PyString::new(py, &text).into_any().unbind(),
            f,
            r.report,
        )
    }

    #[pyo3(signature = (vault=None))]
    fn stream(&self, vault: Option<PyRef<'_, Vault>>) -> Stream {
        let stream = match vault {
            Some(v) => self.inner.stream_to_vault(&v.inner),
            None => self.inner.stream(),
        };
        Stream {
            inner: Mutex::new(stream),
        }
    }

    fn empty_report(&self) -> Report {
        Report {
            inner: self.inner.empty_report(),
        }
    }

    /// This scanner with caller context on its evidence records.
    #[pyo3(signature = (service=None, tenant=None, request_id=None))]
    fn with_context(
        &self,
        service: Option<String>,
        tenant: Option<String>,
        request_id: Option<String>,
    ) -> PyResult<Scanner> {
        let context = scrubline::CallContext {
            service,
            tenant,
            request_id,
        };
        let inner = self.inner.with_context(context).map_err(to_py)?;
        Ok(Scanner { inner })
    }

    /// Whether calls are recorded in an evidence log.
    #[getter]
    fn has_evidence(&self) -> bool {
        self.inner.evidence().is_some()
    }

    /// Writes open evidence buckets and flushes the log.
    fn flush_evidence(&self, py: Python<'_>) -> PyResult<()> {
        match self.inner.evidence() {
            Some(log) => py.detach(|| log.flush()).map_err(to_py),
            None => Ok(()),
        }
    }

    /// Takes the queued lines of an in-memory evidence log.
    fn take_evidence(&self) -> Vec<String> {
        self.inner
            .evidence()
            .map(|log| log.take_lines())
            .unwrap_or_default()
    }

    /// `(seq, hash)` of the last evidence record written, if logging.
    #[getter]
    fn evidence_head(&self) -> Option<(u64, String)> {
        self.inner.evidence().map(|log| log.head())
    }
}

/// Chunked redaction: `feed` returns what is final so far, `finish` the rest.
/// Reversible tokens for one conversation (`scrubline::Vault`): shared,
/// thread-safe; `repr` shows counts, never values.
#[pyclass(frozen, module = "scrubline._native")]
struct Vault {
    inner: scrubline::Vault,
}

#[pymethods]
impl Vault {
    /// An empty vault; `format_json` is a `TokenFormat` (prefix, separator, suffix).
    #[new]
    #[pyo3(signature = (format_json=None))]
    fn new(format_json: Option<&str>) -> PyResult<Vault> {
        let inner = match format_json {
            None => scrubline::Vault::new(),
            Some(j) => {
                let format: scrubline::TokenFormat = serde_json::from_str(j).map_err(|e| {
                    ConfigError::new_err(format!("vault format: {}", scrubline_json_reason(&e)))
                })?;
                scrubline::Vault::with_format(format).map_err(to_py)?
            }
        };
        Ok(Vault { inner })
    }
    /// `text` with this vault's tokens replaced by their values.
    fn restore(&self, text: &str) -> String {
        self.inner.restore(text)
    }
    /// The token of `value` as `entity` (numbered if new).
    fn token(&self, entity: &str, value: &str) -> String {
        self.inner.token(entity, value)
    }
    fn restorer(&self) -> VaultRestorer {
        VaultRestorer {
            inner: Mutex::new(self.inner.restorer()),
        }
    }
    /// The vault encrypted under a 32-byte key.
    fn seal<'py>(&self, py: Python<'py>, key: &[u8]) -> PyResult<Bound<'py, PyBytes>> {
        let sealed = self.inner.seal(key).map_err(to_py)?;
        Ok(PyBytes::new(py, &sealed))
    }
    /// Opens a vault sealed under `key`.
    #[staticmethod]
    fn open(sealed: &[u8], key: &[u8]) -> PyResult<Vault> {
        let inner = scrubline::Vault::open(sealed, key).map_err(to_py)?;
        Ok(Vault { inner })
    }
    fn __len__(&self) -> usize {
        self.inner.len()
    }
    fn __repr__(&self) -> String {
        format!("Vault(values={})", self.inner.len())
    }
}

/// The reason of a serde error without the input it quotes.
fn scrubline_json_reason(e: &serde_json::Error) -> String {
    format!("invalid at line {} column {}", e.line(), e.column())
}

/// Restores a streamed answer chunk by chunk.
#[pyclass(frozen, module = "scrubline._native")]
struct VaultRestorer {
    inner: Mutex<scrubline::VaultRestorer>,
}

#[pymethods]
impl VaultRestorer {
    fn feed(&self, chunk: &str) -> String {
        self.inner
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .feed(chunk)
    }
    fn finish(&self) -> String {
        self.inner
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .finish()
    }
}

#[pyclass(frozen, module = "scrubline._native")]
struct Stream {
    inner: Mutex<scrubline::StreamRedactor>,
}

impl Stream {
    fn with<T: Send>(
        &self,
        py: Python<'_>,
        f: impl FnOnce(&mut scrubline::StreamRedactor) -> scrubline::Result<T> + Send,
    ) -> PyResult<T> {
        py.detach(|| {
            let mut guard = self.inner.lock().unwrap_or_else(|p| p.into_inner());
            f(&mut guard)
        })
        .map_err(to_py)
    }
}

#[pymethods]
impl Stream {
    fn feed_str(&self, py: Python<'_>, chunk: &Bound<'_, PyString>) -> PyResult<String> {
        let chunk: String = chunk.extract()?;
        self.with(py, |s| s.feed_str(&chunk))
    }
    fn feed_bytes(&self, py: Python<'_>, chunk: &[u8]) -> PyResult<Py<PyBytes>> {
        let out = self.with(py, |s| s.feed(chunk))?;
        Ok(PyBytes::new(py, &out).unbind())
    }
    fn finish_str(&self, py: Python<'_>) -> PyResult<String> {
        self.with(py, |s| s.finish_str())
    }
    fn finish_bytes(&self, py: Python<'_>) -> PyResult<Py<PyBytes>> {
        let out = self.with(py, |s| s.finish())?;
        Ok(PyBytes::new(py, &out).unbind())
    }
    fn take_findings(&self, py: Python<'_>) -> PyResult<Vec<Finding>> {
        Ok(findings(self.with(py, |s| Ok(s.take_findings()))?))
    }
    fn report(&self, py: Python<'_>) -> PyResult<Report> {
        let inner = self.with(py, |s| Ok(s.report().clone()))?;
        Ok(Report { inner })
    }
    #[getter]
    fn held_back(&self, py: Python<'_>) -> PyResult<usize> {
        self.with(py, |s| Ok(s.held_back()))
    }
}

/// Verifies evidence log files or directories in chain order; returns the
/// verification as JSON (`ok`, `records`, `head_hash`, `problem`, ...).
#[pyfunction]
#[pyo3(signature = (paths, prefix="evidence", key=None, allow_partial=false, expect_head=None))]
fn verify_evidence(
    py: Python<'_>,
    paths: Vec<std::path::PathBuf>,
    prefix: &str,
    key: Option<Vec<u8>>,
    allow_partial: bool,
    expect_head: Option<String>,
) -> PyResult<String> {
    use scrubline::evidence::verify::{VerifyOptions, verify_paths};
    let options = VerifyOptions {
        key,
        allow_partial,
        expect_head,
        ..VerifyOptions::default()
    };
    let (v, _) = py
        .detach(|| verify_paths(&paths, prefix, options))
        .map_err(to_py)?;
    Ok(serde_json::to_string(&v).expect("a verification serializes"))
}

/// The exception a core error of `code` becomes (for the test that every
/// code in `ERROR_CODES` maps to its class).
#[pyfunction]
fn _error_example(py: Python<'_>, code: &str) -> PyResult<Py<PyAny>> {
    let e = scrubline::Error::examples()
        .into_iter()
        .find(|e| e.code() == code)
        .ok_or_else(|| pyo3::exceptions::PyKeyError::new_err(code.to_string()))?;
    Ok(to_py(e).into_value(py).into_any())
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_class::<Scanner>()?;
    m.add_function(wrap_pyfunction!(verify_evidence, m)?)?;
    m.add_function(wrap_pyfunction!(_error_example, m)?)?;
    let codes = pyo3::types::PyDict::new(py);
    for (code, meaning) in scrubline::ERROR_CODES {
        codes.set_item(code, meaning)?;
    }
    m.add("ERROR_CODES", codes)?;
    m.add_class::<Stream>()?;
    m.add_class::<Vault>()?;
    m.add_class::<VaultRestorer>()?;
    m.add_class::<Finding>()?;
    m.add_class::<Report>()?;
    m.add_class::<Redacted>()?;
    m.add("ScrublineError", py.get_type::<ScrublineError>())?;
    m.add("RuleError", py.get_type::<RuleError>())?;
    m.add("ConfigError", py.get_type::<ConfigError>())?;
    m.add("InputTooLargeError", py.get_type::<InputTooLargeError>())?;
    m.add("InvalidUtf8Error", py.get_type::<InvalidUtf8Error>())?;
    m.add("EngineError", py.get_type::<EngineError>())?;
    m.add("StreamFinishedError", py.get_type::<StreamFinishedError>())?;
    m.add("ModelError", py.get_type::<ModelError>())?;
    m.add("EvidenceError", py.get_type::<EvidenceError>())?;
    m.add("BlockedError", py.get_type::<BlockedError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
