//! ONNX Runtime that cannot be loaded is a clear error (own process: the
//! runtime library is loaded once per process).
#![cfg(all(feature = "classifier", not(target_family = "wasm")))]

use scrubline::classifier::{Classifier, ClassifierOptions};

#[test]
fn a_missing_runtime_library_is_a_model_error() {
    let e = Classifier::load(&ClassifierOptions {
        runtime_library: Some("/nonexistent/libonnxruntime.so.1".into()),
        ..Default::default()
    })
    .unwrap_err();
    assert_eq!(e.code(), "model");
    assert!(
        e.to_string().contains("/nonexistent/libonnxruntime.so.1"),
        "{e}"
    );
}
