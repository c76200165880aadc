//! Sets `cfg(hyperscan_backend)` when the `hyperscan` feature is on and the
//! target has Hyperscan/Vectorscan (x86_64 Linux), and `cfg(classifier_model)`
//! when the `classifier` feature is on outside WASM; elsewhere the features
//! are accepted and do nothing, so the same features build on every target.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(hyperscan_backend)");
    println!("cargo::rustc-check-cfg=cfg(classifier_model)");
    let feature = std::env::var_os("CARGO_FEATURE_HYPERSCAN").is_some();
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    if feature && os == "linux" && arch == "x86_64" {
        println!("cargo::rustc-cfg=hyperscan_backend");
    }
    // The ONNX classifier (ort) runs wherever ONNX Runtime loads, not on WASM.
    let family = std::env::var("CARGO_CFG_TARGET_FAMILY").unwrap_or_default();
    if std::env::var_os("CARGO_FEATURE_CLASSIFIER").is_some()
        && !family.split(',').any(|f| f == "wasm")
    {
        println!("cargo::rustc-cfg=classifier_model");
    }
}
