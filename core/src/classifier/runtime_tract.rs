//! tract (pure Rust, cargo feature `classifier-tract`) as the classifier's
//! runtime: the portable copy of the model (standard ONNX operators, int8
//! embeddings dequantized per lookup). Needs no shared library, so it runs
//! in WASM and wherever ONNX Runtime is not installed.

use tract_onnx::prelude::*;

use super::{Inputs, model_error};
use crate::error::{Error, Result};

/// The optimized plan; `run` starts a fresh state per call, so one plan
/// serves every thread.
pub(super) struct TractRuntime {
    plan: std::sync::Arc<TypedSimplePlan>,
}

impl TractRuntime {
    /// Parses and optimizes `model` for `[1, T]` inputs with `max_bytes`
    /// bytes per token, and checks that it runs.
    pub(super) fn load(model: &[u8], max_bytes: usize) -> Result<TractRuntime> {
        let fail = |e: TractError| model_error(format!("cannot load the portable model: {e}"));
        let mut graph = tract_onnx::onnx()
            .model_for_read(&mut &model[..])
            .map_err(fail)?;
        let tokens = graph.symbols.sym("tokens");
        let ids = |dims: TVec<TDim>| InferenceFact::dt_shape(i64::datum_type(), dims);
        graph = graph
            .with_input_fact(0, ids(tvec!(1.into(), tokens.to_dim())))
            .and_then(|g| g.with_input_fact(1, ids(tvec!(1.into(), tokens.to_dim()))))
            .and_then(|g| {
                g.with_input_fact(2, ids(tvec!(1.into(), tokens.to_dim(), max_bytes.into())))
            })
            .map_err(fail)?;
        let plan = graph
            .into_optimized()
            .and_then(|g| g.into_runnable())
            .map_err(fail)?;
        let runtime = TractRuntime { plan };
        runtime.run(Inputs {
            tokens: 1,
            words: vec![0],
            shapes: vec![0],
            bytes: vec![0; max_bytes],
            max_bytes,
        })?;
        Ok(runtime)
    }

    /// Logits `[tokens, labels]` for one window, row-major.
    pub(super) fn run(&self, i: Inputs) -> Result<(Vec<usize>, Vec<f32>)> {
        let fail = |e: TractError| Error::engine(format!("classifier inference: {e}"));
        let n = i.tokens;
        let tensor = |shape: &[usize], data: Vec<i64>| {
            tract_ndarray::ArrayD::from_shape_vec(shape, data)
                .map(|a| a.into_tvalue())
                .map_err(|e| Error::engine(format!("classifier inputs: {e}")))
        };
        let outputs = self
            .plan
            .run(tvec!(
                tensor(&[1, n], i.words)?,
                tensor(&[1, n], i.shapes)?,
                tensor(&[1, n, i.max_bytes], i.bytes)?,
            ))
            .map_err(fail)?;
        let logits = outputs[0].to_plain_array_view::<f32>().map_err(fail)?;
        Ok((logits.shape().to_vec(), logits.iter().copied().collect()))
    }
}
