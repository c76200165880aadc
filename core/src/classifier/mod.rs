//! The ONNX PII classifier (cargo feature `classifier`): a word-level
//! BiLSTM tagger for what patterns cannot catch (person names, locations,
//! organisations, street addresses, dates of birth), run through `ort`.
//!
//! The model, its `config.json` and its provenance live in
//! `models/pii-tagger/` and are embedded in the library; a model directory
//! can be given instead. Either way the model file's SHA-256 must equal the
//! one its `config.json` records, and it goes into every report.
//!
//! ONNX Runtime itself is loaded at run time (`ort`'s `load-dynamic`) from
//! [`ClassifierOptions::runtime_library`], else `$SCRUBLINE_ORT_LIB`, else
//! the `onnxruntime` package of the active Python environment
//! (`pip install onnxruntime==1.32.0`). The first library loaded serves the
//! whole process.

mod features;
mod plausible;
mod segment;
pub(crate) use plausible::plausible;
pub(crate) use segment::{SEGMENT_MAX, segment_len};

use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use ort::session::Session;
use ort::session::builder::GraphOptimizationLevel;
use ort::value::Tensor;
use serde::Deserialize;
use sha2::{Digest, Sha256};

pub use features::FEATURES_VERSION;
use features::Token;

use crate::error::{Error, Result};
pub use crate::options::ClassifierOptions;
use crate::report::ModelInfo;

const EMBEDDED_MODEL: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/models/pii-tagger/pii-tagger.onnx"
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

/// A loaded tagger. Sessions are pooled: one per concurrently scanning thread.
pub struct Classifier {
    config: ModelConfig,
    info: ModelInfo,
    model: Vec<u8>,
    entities: Vec<String>,
    /// Per label: (entity index, is a `B-` label); `None` for `O`.
    label_entity: Vec<Option<(usize, bool)>>,
    thresholds: Vec<f32>,
    sessions: Mutex<Vec<Session>>,
}

impl std::fmt::Debug for Classifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Classifier")
            .field("model", &self.info)
            .finish_non_exhaustive()
    }
}

static ENVIRONMENT: OnceLock<std::result::Result<ort::environment::Environment, String>> =
    OnceLock::new();

fn model_error(message: impl Into<String>) -> Error {
    Error::from(crate::ErrorKind::Model {
        message: message.into(),
    })
}

/// Finds `libonnxruntime.so` (see the module docs).
fn runtime_library(explicit: Option<&Path>) -> Result<PathBuf> {
    if let Some(path) = explicit {
        return Ok(path.to_path_buf());
    }
    if let Some(path) = std::env::var_os("SCRUBLINE_ORT_LIB") {
        return Ok(PathBuf::from(path));
    }
    let python = std::env::var_os("VIRTUAL_ENV")
        .map(|v| PathBuf::from(v).join("bin/python"))
        .filter(|p| p.exists())
        .unwrap_or_else(|| PathBuf::from("python3"));
    let out = std::process::Command::new(&python)
        .args([
            "-c",
            "import onnxruntime, os; print(os.path.join(os.path.dirname(onnxruntime.__file__), 'capi'))",
        ])
        .output()
        .map_err(|e| model_error(format!("cannot run {} to find onnxruntime: {e}", python.display())))?;
    if !out.status.success() {
        return Err(model_error(
            "ONNX Runtime not found: pip install onnxruntime==1.32.0, or set SCRUBLINE_ORT_LIB",
        ));
    }
    let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    let mut found: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| model_error(format!("cannot read {}: {e}", dir.display())))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("libonnxruntime.so") || n == "libonnxruntime.dylib")
        })
        .collect();
    found.sort();
    found
        .pop()
        .ok_or_else(|| model_error(format!("no libonnxruntime in {}", dir.display())))
}

fn environment(library: Option<&Path>) -> Result<&'static ort::environment::Environment> {
    let env = ENVIRONMENT.get_or_init(|| {
        // Keep the message alone: `model_error` below adds the prefix again.
        let path = runtime_library(library).map_err(|e| match e.kind() {
            crate::ErrorKind::Model { message } => message.clone(),
            _ => e.to_string(),
        })?;
        if !path.exists() {
            return Err(format!(
                "ONNX Runtime library {} does not exist; point runtime_library or \
                 SCRUBLINE_ORT_LIB at libonnxruntime, or pip install onnxruntime==1.32.0",
                path.display()
            ));
        }
        ort::init_from(&path)
            .map_err(|e| {
                format!(
                    "cannot load ONNX Runtime from {}: {e} (onnxruntime 1.31 or later is needed)",
                    path.display()
                )
            })?
            .with_name("scrubline")
            .build()
            .map_err(|e| format!("cannot start ONNX Runtime: {e}"))
    });
    env.as_ref().map_err(|e| model_error(e.clone()))
}

impl Classifier {
    /// Loads the embedded model, or the one in `options.model_dir`.
    /// Errors (kind `Model`) name what is missing, corrupt or mismatched.
    pub fn load(options: &ClassifierOptions) -> Result<Classifier> {
        let (config_text, model) = match &options.model_dir {
            None => (EMBEDDED_CONFIG.to_string(), EMBEDDED_MODEL.to_vec()),
            Some(dir) => {
                let config_path = dir.join("config.json");
                let text = std::fs::read_to_string(&config_path).map_err(|e| {
                    model_error(format!("cannot read {}: {e}", config_path.display()))
                })?;
                let config: ModelConfig = serde_json::from_str(&text)
                    .map_err(|e| model_error(format!("invalid {}: {e}", config_path.display())))?;
                let model_path = dir.join(&config.model_file);
                let model = std::fs::read(&model_path).map_err(|e| {
                    model_error(format!("cannot read {}: {e}", model_path.display()))
                })?;
                (text, model)
            }
        };
        let config: ModelConfig = serde_json::from_str(&config_text)
            .map_err(|e| model_error(format!("invalid model config: {e}")))?;
        let sha256 = hex::encode(Sha256::digest(&model));
        if sha256 != config.model_sha256 {
            return Err(model_error(format!(
                "model file {} has SHA-256 {sha256}, but its config expects {}",
                config.model_file, config.model_sha256
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
        let classifier = Classifier {
            info: ModelInfo {
                name: config.name.clone(),
                version: config.version.clone(),
                sha256,
            },
            config,
            model,
            entities,
            label_entity,
            thresholds,
            sessions: Mutex::new(Vec::new()),
        };
        environment(options.runtime_library.as_deref())?;
        // Fail at load, not at the first scan, if the model does not run.
        let session = classifier.session()?;
        classifier.put_back(session);
        Ok(classifier)
    }

    /// Name, version and SHA-256 of the model.
    pub fn info(&self) -> &ModelInfo {
        &self.info
    }

    /// Entity names the model reports, e.g. `PERSON`.
    pub fn entities(&self) -> &[String] {
        &self.entities
    }

    fn session(&self) -> Result<Session> {
        if let Some(s) = self
            .sessions
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .pop()
        {
            return Ok(s);
        }
        let env = environment(None)?;
        let fail = |e: ort::Error| model_error(format!("cannot load the model: {e}"));
        Session::builder(env)
            .map_err(fail)?
            .with_optimization_level(GraphOptimizationLevel::All)
            .map_err(|e| fail(e.into()))?
            .with_intra_threads(1)
            .map_err(|e| fail(e.into()))?
            .commit_from_memory(&self.model)
            .map_err(fail)
    }

    fn put_back(&self, session: Session) {
        self.sessions
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(session);
    }

    /// Logits for `tokens` of `text` (one model call), row-major `[tokens, labels]`.
    fn logits(&self, session: &mut Session, text: &str, tokens: &[Token]) -> Result<Vec<f32>> {
        let n = tokens.len();
        let (mut words, mut shapes, mut bytes) = (
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n * self.config.max_bytes),
        );
        for t in tokens {
            let token = &text[t.start..t.end];
            words.push(features::word_id(
                token,
                self.config.hash_seed,
                self.config.word_buckets,
            ));
            shapes.push(features::shape(token));
            features::byte_ids(token, self.config.max_bytes, &mut bytes);
        }
        let fail = |e: ort::Error| Error::engine(format!("classifier inference: {e}"));
        let inputs = ort::inputs![
            "word_ids" => Tensor::from_array(([1usize, n], words)).map_err(fail)?,
            "shape_ids" => Tensor::from_array(([1usize, n], shapes)).map_err(fail)?,
            "byte_ids" => Tensor::from_array(([1usize, n, self.config.max_bytes], bytes)).map_err(fail)?,
        ];
        let outputs = session.run(inputs).map_err(fail)?;
        let (shape, data) = outputs["logits"]
            .try_extract_tensor::<f32>()
            .map_err(fail)?;
        let labels = self.config.labels.len();
        if shape.len() != 3 || shape[1] as usize != n || shape[2] as usize != labels {
            return Err(Error::engine(format!(
                "classifier output has shape {shape:?}"
            )));
        }
        Ok(data.to_vec())
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
        let mut session = self.session()?;
        let mut start = 0;
        let result = loop {
            let end = (start + window).min(tokens.len());
            let part = match self.logits(&mut session, text, &tokens[start..end]) {
                Ok(p) => p,
                Err(e) => break Err(e),
            };
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
                break Ok(());
            }
            start = end - overlap;
        };
        self.put_back(session);
        result.map(|()| (tokens, logits))
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
