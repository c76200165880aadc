//! The ONNX PII classifier: a word-level BiLSTM tagger for what patterns
//! cannot catch (person names, locations, organisations, street addresses,
//! dates of birth). Two runtimes, chosen by [`ClassifierOptions::runtime`]:
//!
//! - ONNX Runtime (cargo feature `classifier`, not on WASM) runs the int8
//!   model. The library is loaded at run time (`ort`'s `load-dynamic`) from
//!   [`ClassifierOptions::runtime_library`], else `$SCRUBLINE_ORT_LIB`,
//!   else the `onnxruntime` package of the active Python environment
//!   (`pip install onnxruntime==1.32.0`). The first library loaded serves
//!   the whole process.
//! - tract (cargo feature `classifier-tract`, pure Rust, also on WASM) runs
//!   the portable copy: the same int8 weights behind standard ONNX
//!   operators (`models/train/portable.py`).
//!
//! The models, their `config.json` and provenance live in
//! `models/pii-tagger/` and are embedded in the library; a model directory
//! can be given instead. Either way the SHA-256 of the file run must equal
//! the one `config.json` records, and it goes into every report.

mod features;
mod plausible;
#[cfg(classifier_ort)]
mod runtime_ort;
#[cfg(classifier_tract)]
mod runtime_tract;
mod segment;
pub(crate) use plausible::plausible;
pub(crate) use segment::{SEGMENT_MAX, segment_len};

use serde::Deserialize;
use sha2::{Digest, Sha256};

pub use features::FEATURES_VERSION;
use features::Token;

use crate::error::{Error, Result};
pub use crate::options::{ClassifierOptions, ClassifierRuntime};
use crate::report::ModelInfo;

#[cfg(classifier_ort)]
const EMBEDDED_MODEL: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/models/pii-tagger/pii-tagger.onnx"
));
#[cfg(classifier_tract)]
const EMBEDDED_PORTABLE_MODEL: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/models/pii-tagger/pii-tagger.portable.onnx"
));
const EMBEDDED_CONFIG: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/models/pii-tagger/config.json"
));

/// The model's sidecar `config.json` (the fields the runtime needs).
#[derive(Clone, Debug, Deserialize)]
struct ModelConfig {
    name: String,
    version: String,
    model_file: String,
    model_sha256: String,
    /// The portable copy (standard ONNX operators) that tract runs.
    #[serde(default)]
    portable_model_file: Option<String>,
    #[serde(default)]
    portable_model_sha256: Option<String>,
    features_version: u32,
    labels: Vec<String>,
    word_buckets: u64,
    hash_seed: u64,
    max_bytes: usize,
    window_tokens: usize,
    window_overlap: usize,
}

/// A classifier span: byte offsets, entity index into [`Classifier::entities`], confidence.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Span {
    pub start: usize,
    pub end: usize,
    pub entity: usize,
    pub confidence: f32,
}

/// A loaded tagger, shared by every scanning thread.
pub struct Classifier {
    config: ModelConfig,
    info: ModelInfo,
    runtime: Runtime,
    entities: Vec<String>,
    /// Per label: (entity index, is a `B-` label); `None` for `O`.
    label_entity: Vec<Option<(usize, bool)>>,
    thresholds: Vec<f32>,
}

/// The runtime that runs the model.
enum Runtime {
    #[cfg(classifier_ort)]
    Ort(runtime_ort::OrtRuntime),
    #[cfg(classifier_tract)]
    Tract(runtime_tract::TractRuntime),
}

/// One window's model inputs (`[1, tokens]`, `[1, tokens, max_bytes]`).
struct Inputs {
    tokens: usize,
    words: Vec<i64>,
    shapes: Vec<i64>,
    bytes: Vec<i64>,
    max_bytes: usize,
}

impl std::fmt::Debug for Classifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Classifier")
            .field("model", &self.info)
            .finish_non_exhaustive()
    }
}

impl Classifier {
    /// Loads the embedded model, or the one in `options.model_dir`, into
    /// the runtime `options.runtime` names. Errors (kind `Model`) name what
    /// is missing, corrupt or mismatched.
    pub fn load(options: &ClassifierOptions) -> Result<Classifier> {
        let portable = resolve_runtime(options.runtime)? == ClassifierRuntime::Tract;
        let config_text = match &options.model_dir {
            None => EMBEDDED_CONFIG.to_string(),
            Some(dir) => {
                let path = dir.join("config.json");
                std::fs::read_to_string(&path)
                    .map_err(|e| model_error(format!("cannot read {}: {e}", path.display())))?
            }
        };
        let config: ModelConfig = serde_json::from_str(&config_text)
            .map_err(|e| model_error(format!("invalid model config: {e}")))?;
        let (file, expected) = if portable {
            match (&config.portable_model_file, &config.portable_model_sha256) {
                (Some(f), Some(h)) => (f.clone(), h.clone()),
                _ => {
                    return Err(model_error(
                        "the model config names no portable model (portable_model_file, \
                         portable_model_sha256), which the tract runtime needs",
                    ));
                }
            }
        } else {
            (config.model_file.clone(), config.model_sha256.clone())
        };
        let model = match &options.model_dir {
            None => embedded_model(portable)?.to_vec(),
            Some(dir) => {
                let path = dir.join(&file);
                std::fs::read(&path)
                    .map_err(|e| model_error(format!("cannot read {}: {e}", path.display())))?
            }
        };
        let sha256 = hex::encode(Sha256::digest(&model));
        if sha256 != expected {
            return Err(model_error(format!(
                "model file {file} has SHA-256 {sha256}, but its config expects {expected}"
            )));
        }
        if config.features_version != FEATURES_VERSION {
            return Err(model_error(format!(
                "model expects features version {}, this build has {FEATURES_VERSION}",
                config.features_version
            )));
        }
        let mut entities: Vec<String> = Vec::new();
        let mut label_entity = Vec::new();
        for label in &config.labels {
            label_entity.push(match label.split_once('-') {
                Some((prefix, entity)) if prefix == "B" || prefix == "I" => {
                    let i = entities
                        .iter()
                        .position(|e| e == entity)
                        .unwrap_or_else(|| {
                            entities.push(entity.to_string());
                            entities.len() - 1
                        });
                    Some((i, prefix == "B"))
                }
                _ => None,
            });
        }
        for name in options.thresholds.keys() {
            if !entities.contains(name) {
                return Err(Error::config(format!(
                    "classifier threshold for unknown entity {name} (model has {})",
                    entities.join(", ")
                )));
            }
        }
        let thresholds = entities
            .iter()
            .map(|e| options.thresholds.get(e).copied().unwrap_or(0.5))
            .collect();
        let runtime = load_runtime(portable, model, &config, options)?;
        Ok(Classifier {
            info: ModelInfo {
                name: config.name.clone(),
                version: config.version.clone(),
                sha256,
            },
            config,
            runtime,
            entities,
            label_entity,
            thresholds,
        })
    }

    /// Name, version and SHA-256 of the model.
    pub fn info(&self) -> &ModelInfo {
        &self.info
    }

    /// Entity names the model reports, e.g. `PERSON`.
    pub fn entities(&self) -> &[String] {
        &self.entities
    }

    /// Logits for `tokens` of `text` (one model call), row-major `[tokens, labels]`.
    fn logits(&self, text: &str, tokens: &[Token]) -> Result<Vec<f32>> {
        let n = tokens.len();
        let max_bytes = self.config.max_bytes;
        let mut inputs = Inputs {
            tokens: n,
            words: Vec::with_capacity(n),
            shapes: Vec::with_capacity(n),
            bytes: Vec::with_capacity(n * max_bytes),
            max_bytes,
        };
        for t in tokens {
            let token = &text[t.start..t.end];
            inputs.words.push(features::word_id(
                token,
                self.config.hash_seed,
                self.config.word_buckets,
            ));
            inputs.shapes.push(features::shape(token));
            features::byte_ids(token, max_bytes, &mut inputs.bytes);
        }
        let (shape, data) = match &self.runtime {
            #[cfg(classifier_ort)]
            Runtime::Ort(r) => r.run(inputs)?,
            #[cfg(classifier_tract)]
            Runtime::Tract(r) => r.run(inputs)?,
        };
        let labels = self.config.labels.len();
        if shape != [1, n, labels] {
            return Err(Error::engine(format!(
                "classifier output has shape {shape:?}"
            )));
        }
        Ok(data)
    }

    /// Per-token logits for the whole text, windowed with overlap; returns
    /// the tokens and `[tokens, labels]` logits.
    pub(crate) fn token_logits(&self, text: &str) -> Result<(Vec<Token>, Vec<f32>)> {
        let tokens = features::tokenize(text);
        let labels = self.config.labels.len();
        let mut logits = vec![0.0; tokens.len() * labels];
        if tokens.is_empty() {
            return Ok((tokens, logits));
        }
        let (window, overlap) = (
            self.config
                .window_tokens
                .max(2 * self.config.window_overlap + 1),
            self.config.window_overlap,
        );
        let mut start = 0;
        loop {
            let end = (start + window).min(tokens.len());
            let part = self.logits(text, &tokens[start..end])?;
            // Keep each token's logits from the window where it is farthest
            // from a cut: skip half the overlap at inner edges.
            let keep_from = if start == 0 {
                start
            } else {
                start + overlap / 2
            };
            let keep_to = if end == tokens.len() {
                end
            } else {
                end - overlap / 2
            };
            for t in keep_from..keep_to {
                let src = (t - start) * labels;
                logits[t * labels..(t + 1) * labels].copy_from_slice(&part[src..src + labels]);
            }
            if end == tokens.len() {
                return Ok((tokens, logits));
            }
            start = end - overlap;
        }
    }

    /// Entity spans in `text` (byte offsets) at or above their thresholds.
    pub(crate) fn detect(&self, text: &str) -> Result<Vec<Span>> {
        let (tokens, logits) = self.token_logits(text)?;
        let labels = self.config.labels.len();
        let mut spans: Vec<Span> = Vec::new();
        let mut open: Option<(Span, usize)> = None; // span, tokens in it
        let close = |open: &mut Option<(Span, usize)>, spans: &mut Vec<Span>| {
            if let Some((mut span, count)) = open.take() {
                span.confidence /= count as f32;
                if span.confidence >= self.thresholds[span.entity] {
                    spans.push(span);
                }
            }
        };
        for (i, t) in tokens.iter().enumerate() {
            // No span crosses a line break (`DC 20500` / `Hi`).
            if open
                .as_ref()
                .is_some_and(|(s, _)| text[s.end..t.start].contains('\n'))
            {
                close(&mut open, &mut spans);
            }
            let row = &logits[i * labels..(i + 1) * labels];
            let (best, p) = softmax_argmax(row);
            match self.label_entity[best] {
                None => close(&mut open, &mut spans),
                Some((entity, begin)) => {
                    let continues =
                        !begin && open.as_ref().is_some_and(|(s, _)| s.entity == entity);
                    if continues {
                        let (span, count) = open.as_mut().expect("checked above");
                        span.end = t.end;
                        span.confidence += p;
                        *count += 1;
                    } else {
                        close(&mut open, &mut spans);
                        open = Some((
                            Span {
                                start: t.start,
                                end: t.end,
                                entity,
                                confidence: p,
                            },
                            1,
                        ));
                    }
                }
            }
        }
        close(&mut open, &mut spans);
        Ok(spans)
    }
}

fn model_error(message: impl Into<String>) -> Error {
    Error::from(crate::ErrorKind::Model {
        message: message.into(),
    })
}

/// The runtime `Auto` stands for in this build, or an error naming the
/// cargo feature a requested one needs.
fn resolve_runtime(runtime: ClassifierRuntime) -> Result<ClassifierRuntime> {
    let ort = cfg!(classifier_ort);
    match runtime {
        ClassifierRuntime::Auto if ort => Ok(ClassifierRuntime::OnnxRuntime),
        ClassifierRuntime::Auto => Ok(ClassifierRuntime::Tract),
        ClassifierRuntime::OnnxRuntime if !ort => Err(Error::config(
            "classifier runtime onnxruntime: this build has no ONNX Runtime support \
             (cargo feature `classifier`, not on WASM); use runtime tract",
        )),
        ClassifierRuntime::Tract if !cfg!(classifier_tract) => Err(Error::config(
            "classifier runtime tract: this build has no tract support \
             (cargo feature `classifier-tract`)",
        )),
        other => Ok(other),
    }
}

/// The embedded model for the runtime (`portable` for tract), if compiled in.
fn embedded_model(portable: bool) -> Result<&'static [u8]> {
    #[cfg(classifier_tract)]
    if portable {
        return Ok(EMBEDDED_PORTABLE_MODEL);
    }
    #[cfg(classifier_ort)]
    if !portable {
        return Ok(EMBEDDED_MODEL);
    }
    Err(not_compiled())
}

fn not_compiled() -> Error {
    Error::config("the classifier runtime asked for is not compiled into this build")
}

fn load_runtime(
    portable: bool,
    model: Vec<u8>,
    config: &ModelConfig,
    options: &ClassifierOptions,
) -> Result<Runtime> {
    let _ = (&model, config, options);
    #[cfg(classifier_tract)]
    if portable {
        return runtime_tract::TractRuntime::load(&model, config.max_bytes).map(Runtime::Tract);
    }
    #[cfg(classifier_ort)]
    if !portable {
        return runtime_ort::OrtRuntime::load(model, options.runtime_library.as_deref())
            .map(Runtime::Ort);
    }
    Err(not_compiled())
}

/// Index and softmax probability of the largest logit.
fn softmax_argmax(row: &[f32]) -> (usize, f32) {
    let (best, max) =
        row.iter()
            .copied()
            .enumerate()
            .fold(
                (0, f32::NEG_INFINITY),
                |acc, (i, v)| if v > acc.1 { (i, v) } else { acc },
            );
    let sum: f32 = row.iter().map(|v| (v - max).exp()).sum();
    (best, 1.0 / sum)
}

/// Character spans of tokens, and `[tokens, labels]` logits.
pub type TokenLogits = (Vec<(usize, usize)>, Vec<f32>);

#[doc(hidden)]
/// Tokens (char spans) and logits, for the parity test against Python.
pub fn debug_token_logits(c: &Classifier, text: &str) -> Result<TokenLogits> {
    let (tokens, logits) = c.token_logits(text)?;
    Ok((
        tokens.iter().map(|t| (t.char_start, t.char_end)).collect(),
        logits,
    ))
}
