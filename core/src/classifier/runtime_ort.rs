//! ONNX Runtime (`ort`, loaded at run time) as the classifier's runtime:
//! the int8 model with ONNX Runtime's quantized LSTM. One session per
//! concurrently scanning thread, pooled.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use ort::session::Session;
use ort::session::builder::GraphOptimizationLevel;
use ort::value::Tensor;

use super::{Inputs, model_error};
use crate::error::{Error, Result};

static ENVIRONMENT: OnceLock<std::result::Result<ort::environment::Environment, String>> =
    OnceLock::new();

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
        .map_err(|e| {
            model_error(format!(
                "ONNX Runtime not found (cannot run {} to look for the onnxruntime package: {e}): \
                 pip install onnxruntime==1.32.0, or set SCRUBLINE_ORT_LIB",
                python.display()
            ))
        })?;
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
    found.pop().ok_or_else(|| {
        model_error(format!(
            "ONNX Runtime not found: no libonnxruntime in {}",
            dir.display()
        ))
    })
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
                    "cannot load ONNX Runtime from {}: {e} (onnxruntime 1.22 or later is needed)",
                    path.display()
                )
            })?
            .with_name("scrubline")
            .build()
            .map_err(|e| format!("cannot start ONNX Runtime: {e}"))
    });
    env.as_ref().map_err(|e| model_error(e.clone()))
}

/// A model loaded into ONNX Runtime.
pub(super) struct OrtRuntime {
    model: Vec<u8>,
    sessions: Mutex<Vec<Session>>,
}

impl OrtRuntime {
    /// Loads ONNX Runtime (once per process) and checks that `model` runs.
    pub(super) fn load(model: Vec<u8>, library: Option<&Path>) -> Result<OrtRuntime> {
        environment(library)?;
        let runtime = OrtRuntime {
            model,
            sessions: Mutex::new(Vec::new()),
        };
        // Fail at load, not at the first scan, if the model does not run.
        let session = runtime.session()?;
        runtime.put_back(session);
        Ok(runtime)
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

    /// Logits `[tokens, labels]` for one window, row-major.
    pub(super) fn run(&self, inputs: Inputs) -> Result<(Vec<usize>, Vec<f32>)> {
        let mut session = self.session()?;
        let result = run(&mut session, inputs);
        self.put_back(session);
        result
    }
}

fn run(session: &mut Session, i: Inputs) -> Result<(Vec<usize>, Vec<f32>)> {
    let fail = |e: ort::Error| Error::engine(format!("classifier inference: {e}"));
    let n = i.tokens;
    let inputs = ort::inputs![
        "word_ids" => Tensor::from_array(([1usize, n], i.words)).map_err(fail)?,
        "shape_ids" => Tensor::from_array(([1usize, n], i.shapes)).map_err(fail)?,
        "byte_ids" => Tensor::from_array(([1usize, n, i.max_bytes], i.bytes)).map_err(fail)?,
    ];
    let outputs = session.run(inputs).map_err(fail)?;
    let (shape, data) = outputs["logits"]
        .try_extract_tensor::<f32>()
        .map_err(fail)?;
    Ok((shape.iter().map(|&d| d as usize).collect(), data.to_vec()))
}
