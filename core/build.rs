//! Sets `cfg(hyperscan_backend)` when the `hyperscan` feature is on and the
//! target has Hyperscan/Vectorscan (x86_64 Linux); elsewhere the feature is
//! accepted and does nothing, so default builds work on every target.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(hyperscan_backend)");
    let feature = std::env::var_os("CARGO_FEATURE_HYPERSCAN").is_some();
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    if feature && os == "linux" && arch == "x86_64" {
        println!("cargo::rustc-cfg=hyperscan_backend");
    }
}
